package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Folding;
import org.newsfacts.extract.number.Numeral;
import org.newsfacts.extract.number.NumeralForm;

import java.util.List;

/**
 * The first number of a range of percentages is a percentage too, though only the second carries the sign:
 * 5-20%, 5至10%, "3–5%". Without this reading the 5 would be a bare count.
 */
final class PercentRange {
    private PercentRange() {
    }

    /** The numeral {@code i} of {@code nums} as a percentage when a range joiner and a percentage follow it, or null. */
    static FigureReading read(FigureText t, List<Numeral> nums, int i) {
        Numeral x = nums.get(i);
        if (i + 1 >= nums.size() || x.end() >= t.n) {
            return null;
        }
        char joiner = Folding.foldLower(t.s.charAt(x.end()));
        Numeral y = nums.get(i + 1);
        if ((NotAFigure.RANGE_JOINERS.indexOf(joiner) < 0 && joiner != '–') || y.start() != x.end() + 1
                || y.form() != NumeralForm.PERCENT) {
            return null;
        }
        return FigureReading.of(x, FigureUnits.PERCENT);
    }
}
