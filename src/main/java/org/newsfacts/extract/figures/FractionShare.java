package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Numeral;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A fraction written in words is a share, stated as a percentage: 三分之一 = 33.3%, "a third of" = 33.3%. A slash
 * form (3/4, 9/11) is a date, a score or a code far more often than a share, and an English fraction word not
 * followed by "of" is an order ("a third metric"), so neither is read.
 */
final class FractionShare {
    private static final MathContext DIVISION = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FractionShare() {
    }

    /** The fraction {@code x} as a percentage, or null where it is no share. */
    static FigureReading read(FigureText t, Numeral x) {
        if (x.has(Numeral.SLASH) || x.value().signum() <= 0 || x.value().compareTo(BigDecimal.ONE) > 0) {
            return null;
        }
        if (x.has(Numeral.FRACTION_WORD) && !t.nextWordIs(x.end(), "of")) {
            return null; // "a third metric" is an order, "a third of" a share
        }
        if (!x.has(Numeral.HAN_FRACTION) && !x.has(Numeral.FRACTION_WORD)) {
            return null;
        }
        return new FigureReading(x.start(), x.end(), x.value().multiply(HUNDRED).round(DIVISION),
                FigureUnits.PERCENT, x.end());
    }
}
