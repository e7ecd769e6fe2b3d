package org.newsfacts.text.normalize;

import java.util.List;

/**
 * Traditional → Simplified script, through the one {@link ScriptConverter}. The matching view's form
 * ({@link #ScriptFilter(ScriptConverter)}) converts runs of Han characters word by word on OpenCC's
 * segmentation (so a phrase table entry applies); a word converted to the same length maps character by
 * character, one of another length as a whole. The character form ({@link #perCharacter}) converts each Han
 * character alone: for the evaluator, which looks for a gold snippet inside a whole text, the snippet and the
 * text must fold alike, and a word segmentation of a snippet cut mid-phrase need not agree with the whole
 * text's. Any other code point is copied, a surrogate pair mapped as one character, since nothing may point
 * inside it.
 */
public final class ScriptFilter implements CharFilter {
    private final ScriptConverter converter;
    private final boolean perCharacter;

    public ScriptFilter(ScriptConverter converter) {
        this(converter, false);
    }

    private ScriptFilter(ScriptConverter converter, boolean perCharacter) {
        this.converter = converter;
        this.perCharacter = perCharacter;
    }

    /** Each Han character converted on its own, no phrase table. */
    public static ScriptFilter perCharacter(ScriptConverter converter) {
        return new ScriptFilter(converter, true);
    }

    @Override
    public Normalized filter(String input, Runnable checkpoint) {
        Normalized.Builder out = new Normalized.Builder(input.length());
        int n = input.length();
        int i = 0;
        while (i < n) {
            checkpoint.run();
            int cp = input.codePointAt(i);
            if (perCharacter) {
                char c = input.charAt(i);
                out.append(CharClass.isHan(c) ? converter.toSimplified(c) : String.valueOf(c), i, i + 1);
                i++;
            } else if (CharClass.isHan(cp)) {
                i = appendHanRun(input, i, out);
            } else {
                int width = Character.charCount(cp);
                out.append(input.substring(i, i + width), i, i + width);
                i += width;
            }
        }
        return out.build();
    }

    private int appendHanRun(String text, int from, Normalized.Builder out) {
        int end = from;
        while (end < text.length() && CharClass.isHan(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        int at = from;
        for (String word : converter.words(text.substring(from, end))) {
            String simplified = converter.toSimplified(word);
            if (simplified.length() == word.length()) {
                for (int k = 0; k < word.length(); k++) {
                    out.append(simplified.charAt(k), at + k, at + k + 1);
                }
            } else {
                out.append(simplified, at, at + word.length());
            }
            at += word.length();
        }
        return end;
    }
}
