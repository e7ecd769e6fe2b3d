package org.newsfacts.extract.mentions;

import org.newsfacts.text.normalize.DashFilter;

/**
 * A further folding of matching-view text for gazetteer look-ups: letters in lower case, every dash (and a
 * slash between two names) a hyphen, and no spaces beside a hyphen, so "圣何塞 — 旧金山", "聖何塞─三藩市" and "San Jose - San Francisco" meet
 * their entries whatever the spacing. Keeps the map back to the text it folded.
 */
public final class FoldedText {

    private final String folded;
    private final int[] source;

    private FoldedText(String folded, int[] source) {
        this.folded = folded;
        this.source = source;
    }

    public static FoldedText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] source = new int[text.length()];
        int n = text.length();
        // End of the whitespace run being folded, found once per run: looking ahead from every space of a
        // run would take time growing with the square of its length.
        int runEnd = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (i >= runEnd) {
                    runEnd = i + 1;
                    while (runEnd < n && isSpace(text.charAt(runEnd))) {
                        runEnd++;
                    }
                }
                if (runEnd < n && DashFilter.isDash(text.charAt(runEnd)) || (out.length() > 0 && out.charAt(out.length() - 1) == '-')) {
                    continue;
                }
                c = ' ';
            } else if (DashFilter.isDash(c) || c == '/' && joinsNames(text, i)) {
                // A slash between two names joins them as a dash does: "Tokyo/Yokohama STC", "Shenzhen/Hong
                // Kong/Guangzhou" (zayntechnologies.com/1455701-2, 2024), "東京/橫濱", "三藩市/聖荷西"
                // (master-insight.com/article/21625, 2020).
                c = '-';
            } else {
                c = Character.toLowerCase(c);
            }
            source[out.length()] = i;
            out.append(c);
        }
        return new FoldedText(out.toString(), java.util.Arrays.copyOf(source, out.length()));
    }

    /** The folded form of a lexicon phrase (already in matching form). */
    public static String key(String phrase) {
        return of(phrase).folded;
    }

    /** The slash at {@code i} stands between two letters (a name on each side, no space, no digit). */
    private static boolean joinsNames(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }

    public String text() {
        return folded;
    }

    /** Position in the unfolded text of the folded character at {@code index}. */
    public int sourceOf(int index) {
        return source[index];
    }

    /** End (exclusive) in the unfolded text of a folded span ending at {@code end}. */
    public int sourceEnd(int end) {
        return source[end - 1] + 1;
    }
}
