package org.newsfacts.text;

import java.util.List;

/**
 * Makes the {@link MatchingView} of a repaired text: Simplified script, full-width digits, letters and
 * punctuation folded to ASCII, every dash between words made {@code -}, every quotation mark made one of
 * “ ” or '. Each step keeps the map back to the repaired text, so extractors match one spelling of a name
 * or figure and still report where the article wrote it.
 */
public final class MatchingViewBuilder {
    private static final String DASHES = "─—–―‐‑−－﹣━-";
    private static final String OPENING_QUOTES = "“「『〝﹁﹃";
    private static final String CLOSING_QUOTES = "”」』〞﹂﹄";
    private static final String SINGLE_QUOTES = "‘’‛＇";

    private final ScriptConverter converter;

    public MatchingViewBuilder(ScriptConverter converter) {
        this.converter = converter;
    }

    public MatchingView build(String repaired) {
        MatchingView.Builder view = new MatchingView.Builder(repaired.length());
        int n = repaired.length();
        int i = 0;
        while (i < n) {
            TimeLimit.check();
            int cp = repaired.codePointAt(i);
            if (CharClass.isHan(cp)) {
                i = appendHanRun(repaired, i, view);
            } else if (DASHES.indexOf(cp) >= 0) {
                i = appendDashRun(repaired, i, view);
            } else {
                int width = Character.charCount(cp);
                appendFolded(cp, repaired, i, i + width, view);
                i += width;
            }
        }
        return view.build();
    }

    private int appendHanRun(String text, int from, MatchingView.Builder view) {
        int end = from;
        while (end < text.length() && CharClass.isHan(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        List<String> words = converter.words(text.substring(from, end));
        int at = from;
        for (String word : words) {
            String simplified = converter.toSimplified(word);
            if (simplified.length() == word.length()) {
                for (int k = 0; k < word.length(); k++) {
                    view.append(simplified.charAt(k), at + k, at + k + 1);
                }
            } else {
                view.append(simplified, at, at + word.length());
            }
            at += word.length();
        }
        return end;
    }

    /** A run of dashes between two words becomes one hyphen; a dash beside a space is left as written. */
    private static int appendDashRun(String text, int from, MatchingView.Builder view) {
        int end = from;
        while (end < text.length() && DASHES.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        boolean betweenWords = from > 0 && end < text.length()
                && isWordChar(text.codePointBefore(from)) && isWordChar(text.codePointAt(end));
        if (betweenWords) {
            view.append('-', from, end);
        } else {
            for (int k = from; k < end; k++) {
                view.append(text.charAt(k) == '－' ? '-' : text.charAt(k), k, k + 1);
            }
        }
        return end;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || CharClass.isHan(cp) || cp == '」' || cp == '“' || cp == '”'
                || cp == '「' || cp == ')' || cp == '）' || cp == '(' || cp == '（';
    }

    private static void appendFolded(int cp, String text, int from, int to, MatchingView.Builder view) {
        if (OPENING_QUOTES.indexOf(cp) >= 0) {
            view.append('“', from, to);
        } else if (CLOSING_QUOTES.indexOf(cp) >= 0) {
            view.append('”', from, to);
        } else if (SINGLE_QUOTES.indexOf(cp) >= 0) {
            view.append('\'', from, to);
        } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
            view.append((char) (cp - 0xFEE0), from, to);
        } else if (cp == 0x3000 || cp == 0x00A0) {
            view.append(' ', from, to);
        } else if (cp == '︰') {
            view.append(':', from, to);
        } else {
            view.append(text.substring(from, to), from, to);
        }
    }
}
