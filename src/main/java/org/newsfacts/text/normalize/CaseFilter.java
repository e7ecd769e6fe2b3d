package org.newsfacts.text.normalize;

/**
 * Letters in lower case, one {@code char} at a time (GDP → gdp, Hong Kong → hong kong), so English words match
 * however a headline or a table capitalised them. Not {@link String#toLowerCase}: that one may change the
 * length (İ becomes two characters), and every offset after it would move.
 */
public final class CaseFilter extends CharMapFilter {
    private static final CaseFilter LOWER = new CaseFilter();

    /** A lexicon word or a slice of text in lower case, for comparing with a folded lexicon. */
    public static String lower(String s) {
        return LOWER.apply(s);
    }

    @Override
    public char map(char c) {
        return Character.toLowerCase(c);
    }
}
