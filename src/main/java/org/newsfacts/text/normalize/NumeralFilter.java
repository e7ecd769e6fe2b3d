package org.newsfacts.text.normalize;

/**
 * What only numerals need on top of {@link WidthFilter}: the thin, narrow no-break and figure spaces that
 * typesetters put between digit groups (1 234 567) read as a space, and the minus sign − as {@code -}. It is
 * its own step, not part of the width or dash folding, because elsewhere those spaces are not word gaps
 * worth joining, and because of all dashes only the minus sign is a sign: an en dash between two numbers is
 * a range (2020–2024), which the grammar must still see as written.
 */
public final class NumeralFilter extends CharMapFilter {
    @Override
    public char map(char c) {
        return switch (c) {
            case '\u202F', '\u2009', '\u2007' -> ' ';
            case '\u2212' -> '-';
            default -> c;
        };
    }
}
