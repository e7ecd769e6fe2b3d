package org.newsfacts.extract.number;

import org.newsfacts.text.normalize.DashFilter;

/** The character folding the grammar reads through, for callers that match words around numerals. */
public final class Folding {

    private Folding() {
    }

    /**
     * Full-width ASCII to ASCII, ideographic and no-break spaces to ' ', dash and minus forms to '-',
     * curly apostrophes to '\'', ASCII upper case to lower case.
     */
    public static char foldLower(char c) {
        char f = NumeralChars.fold(c);
        if (f >= 'A' && f <= 'Z') {
            return (char) (f + 32);
        }
        if (DashFilter.isDash(f)) {
            return '-';
        }
        if (f == '\u2018' || f == '\u2019') {
            return '\'';
        }
        return f;
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
