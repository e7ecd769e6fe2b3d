package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Numeral;

import java.math.BigDecimal;
import java.util.List;

/**
 * The column of a ranking table flattened into text: bare numbers under a rank header of ranks.tsv (排名 1 8 10,
 * "Rank 1 2 3"). The header stands before the first number only; each next one is a place because the one
 * before it was and only blanks lie between, which is why this reading remembers the last numeral it read and
 * is made afresh for each text.
 */
final class ColumnRank {
    private final FigureLexicon lex;
    /** Index of the last numeral read as a rank in the column, or -1. */
    private int last = -1;

    ColumnRank(FigureLexicon lex) {
        this.lex = lex;
    }

    /** The numeral {@code i} of {@code nums} as a place in a rank column, or null; call in text order. */
    FigureReading read(FigureText t, List<Numeral> nums, int i) {
        Numeral x = nums.get(i);
        if (x.has(Numeral.GROUPED) || x.has(Numeral.DECIMAL) || x.has(Numeral.SCALED) || x.value().signum() <= 0
                || x.value().compareTo(BigDecimal.valueOf(1000)) > 0) {
            return null;
        }
        boolean continues = last == i - 1 && i > 0 && t.blank(nums.get(i - 1).end(), x.start());
        boolean header = !continues && lex.rankHeaders.longestEndingAt(t.s, t.skipWhitespaceBack(x.start())) != null;
        if (!continues && !header) {
            return null;
        }
        last = i;
        return FigureReading.of(x, FigureUnits.RANK);
    }
}
