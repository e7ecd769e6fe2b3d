package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Numeral;

import java.math.BigDecimal;

/**
 * What one of the figure decision's readings makes of a numeral, before its qualifier is read: the figure's span
 * (which may take in more than the numeral: 第一、二位's 位, a:b's b), value and unit, and where the words that
 * belong to it end ({@code extentEnd}), after which a qualifier may stand (以上, or so). The readings return it
 * and {@link FigureExtractor} emits it, so each reading is tested on what it reads, not on what was emitted.
 */
record FigureReading(int start, int end, BigDecimal value, String unit, int extentEnd) {

    /** The numeral as written, its value in {@code unit}. */
    static FigureReading of(Numeral x, String unit) {
        return new FigureReading(x.start(), x.end(), x.value(), unit, x.end());
    }

    /**
     * The numeral's written precision carried into this reading's units (a fraction read as a percentage, a
     * density per million, an area in m²); where the figure adds to the numeral (cents after dollars) the
     * figure is as precise as its last non-zero place.
     */
    BigDecimal step(Numeral x) {
        if (x.value().signum() == 0 || x.step().signum() == 0) {
            return x.step();
        }
        try {
            return x.step().multiply(value.divide(x.value()));
        } catch (ArithmeticException inexact) {
            BigDecimal stripped = value.stripTrailingZeros();
            return BigDecimal.ONE.scaleByPowerOfTen(-stripped.scale());
        }
    }
}
