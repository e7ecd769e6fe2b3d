package org.newsfacts.evaluate;

import org.newsfacts.text.normalize.DashFilter;
import org.newsfacts.text.normalize.ScriptConverter;
import org.newsfacts.text.normalize.WidthFilter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The form in which gold text and extracted text are compared. The gold annotators copied text "as it
 * reads", so differences that do not change what it says must not decide a match: whitespace and line
 * breaks (dropped), Traditional vs Simplified script (folded to Simplified), full-width vs half-width
 * forms, the many dashes Hong Kong papers put between city names, the many quotation marks, and letter case.
 *
 * <p>Folding works one {@code char} at a time, so that every folded character can be traced back to
 * the original offset it came from (see {@link NormalizedText}).
 */
public final class MatchText {

    private static final String DOUBLE_QUOTES = "\"“”„‟「」『』﹁﹂﹃﹄〝〞＂";
    private static final String SINGLE_QUOTES = "'‘’‚‛＇";
    /** Name separators: 馬爾科．阿萊曼 is also written with these (the full-width ． folds to "." by width). */
    private static final String NAME_DOTS = "·・‧•∙";

    /**
     * Pairs that OpenCC keeps apart because each is also correct Simplified in some words, but that news
     * texts in the two scripts use for the same word (扮演著 / 扮演着, 乾淨 / 干净).
     */
    private static final Map<Character, Character> SCRIPT_VARIANTS = Map.of('著', '着', '乾', '干');

    private static final Map<Character, String> SIMPLIFIED = new ConcurrentHashMap<>();

    private MatchText() {
    }

    /** The matching form of a whole string. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            appendFolded(text.charAt(i), out);
        }
        return out.toString();
    }

    /** Appends the matching form of one character (nothing for whitespace, possibly several chars). */
    static void appendFolded(char c, StringBuilder out) {
        if (isIgnorable(c)) {
            return;
        }
        char folded = WidthFilter.fold(c);
        if (DashFilter.isDash(folded)) {
            out.append('-');
        } else if (DOUBLE_QUOTES.indexOf(folded) >= 0) {
            out.append('"');
        } else if (SINGLE_QUOTES.indexOf(folded) >= 0) {
            out.append('\'');
        } else if (NAME_DOTS.indexOf(folded) >= 0) {
            out.append('.');
        } else if (Character.UnicodeScript.of(folded) == Character.UnicodeScript.HAN) {
            out.append(simplified(folded));
        } else {
            out.append(Character.toLowerCase(folded));
        }
    }

    private static boolean isIgnorable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private static String simplified(char han) {
        return SIMPLIFIED.computeIfAbsent(han, c -> {
            String converted = ScriptConverter.shared().toSimplified(String.valueOf(c));
            String one = converted == null || converted.isEmpty() ? String.valueOf(c) : converted;
            if (one.length() == 1 && SCRIPT_VARIANTS.containsKey(one.charAt(0))) {
                return String.valueOf(SCRIPT_VARIANTS.get(one.charAt(0)));
            }
            return one;
        });
    }
}
