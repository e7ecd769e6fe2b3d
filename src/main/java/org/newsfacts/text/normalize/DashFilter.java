package org.newsfacts.text.normalize;

/**
 * Dashes unified: a run of dashes between two words becomes one {@code -} (深圳─香港, 深圳——香港 and
 * Shenzhen–Hong Kong all read 深圳-香港), so a gazetteer entry matches however the paper set it; a dash beside a
 * space is a clause dash and is left as written, but for the full-width hyphen-minus, which is a hyphen.
 */
public final class DashFilter implements CharFilter {
    /**
     * Every character the project reads as a dash: box-drawing light and heavy horizontals (Hong Kong papers
     * set them between cluster names), em, en, horizontal bar, hyphen, non-breaking hyphen, figure dash,
     * minus, small and full-width hyphen-minus, and the ASCII one. The one list; any code that asks "is this
     * a dash" asks it.
     */
    public static final String DASHES = "─━—–―‐‑‒−﹣－-";

    public static boolean isDash(int cp) {
        return DASHES.indexOf(cp) >= 0;
    }

    /**
     * Every dash made {@code -} wherever it stands, one character for one: the form for a caller that compares
     * short strings rather than reading a sentence (a word next to a numeral, a gold annotator's copy against
     * the paper's), where a clause dash and a joining dash need not be told apart.
     */
    public static CharMapFilter everyDash() {
        return EVERY_DASH;
    }

    private static final CharMapFilter EVERY_DASH = new CharMapFilter() {
        @Override
        public char map(char c) {
            return isDash(c) ? '-' : c;
        }
    };

    @Override
    public Normalized filter(String input, Runnable checkpoint) {
        Normalized.Builder out = new Normalized.Builder(input.length());
        int n = input.length();
        int i = 0;
        while (i < n) {
            checkpoint.run();
            char c = input.charAt(i);
            if (!isDash(c)) {
                out.append(c, i, i + 1);
                i++;
                continue;
            }
            int end = i;
            while (end < n && isDash(input.charAt(end))) {
                end++;
            }
            boolean betweenWords = i > 0 && end < n
                    && isWordChar(input.codePointBefore(i)) && isWordChar(input.codePointAt(end));
            if (betweenWords) {
                out.append('-', i, end);
            } else {
                for (int k = i; k < end; k++) {
                    out.append(input.charAt(k) == '－' ? '-' : input.charAt(k), k, k + 1);
                }
            }
            i = end;
        }
        return out.build();
    }

    /** What may stand on either side of a joining dash: a word, or the bracket or quote that closes one. */
    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || CharClass.isHan(cp) || cp == '」' || cp == '“' || cp == '”'
                || cp == '「' || cp == ')' || cp == '）' || cp == '(' || cp == '（';
    }
}
