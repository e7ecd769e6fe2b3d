package org.newsfacts.extract.number;

import org.newsfacts.text.normalize.CaseFilter;
import org.newsfacts.text.normalize.CharMapFilter;
import org.newsfacts.text.normalize.DashFilter;
import org.newsfacts.text.normalize.QuoteFilter;

/** The character folding the grammar reads through, for callers that match words around numerals. */
public final class Folding {

    /**
     * The grammar's own folding, then every dash as {@code -} (a word beside a numeral is compared, not read
     * as a sentence, so a clause dash need not be told from a joining one), quotation marks and apostrophes
     * in the matching view's form, and lower case: the chain's steps, composed into one table.
     */
    private static final CharMapFilter WORDS = CharMapFilter.chain(NumeralChars.FOLDING, DashFilter.everyDash(),
            new QuoteFilter(), new CaseFilter());

    private Folding() {
    }

    /** {@link #WORDS} of one character. */
    public static char foldLower(char c) {
        return WORDS.map(c);
    }

    public static boolean isHan(char c) {
        return NumeralChars.isHan(c);
    }

    public static boolean isAsciiLetter(char c) {
        return NumeralChars.isLetterRaw(c);
    }

    public static boolean isDigit(char c) {
        return NumeralChars.isDigitRaw(c);
    }
}
