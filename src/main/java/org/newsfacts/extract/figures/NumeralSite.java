package org.newsfacts.extract.figures;

import java.util.List;
import org.newsfacts.extract.number.Numeral;

/**
 * One numeral of a text where the figure decision stands: the text around it, the word lists, the text's
 * other numerals and which of them a reading has already explained.
 *
 * @param i the index of the numeral in {@code nums}
 */
record NumeralSite(FigureText text, FigureLexicon lex, List<Numeral> nums, boolean[] used, int i) {

    Numeral x() {
        return nums.get(i);
    }

    /** The numeral after this one, or null. */
    Numeral next() {
        return i + 1 < nums.size() ? nums.get(i + 1) : null;
    }

    /** Marks numeral {@code j} as explained by this one's reading (the other parts of a date or a phone number). */
    void consume(int j) {
        used[j] = true;
    }
}
