package org.newsfacts.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a gold value and an extracted value are compared. */
public final class NumericValues {

    private NumericValues() {
    }

    /**
     * Equal as numbers, so {@code 9}, {@code 9.0} and {@code 9E0} are one value. A gold value written
     * with two or more decimals is a rounded repeating fraction (三分一 is {@code 33.33}), so an extracted
     * value with more decimals matches it when it rounds to it; with fewer decimals in gold (9%) no
     * rounding is allowed, or 9.4 would pass for 9.
     */
    public static boolean same(BigDecimal gold, BigDecimal predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        if (gold.compareTo(predicted) == 0) {
            return true;
        }
        int goldDecimals = Math.max(0, gold.stripTrailingZeros().scale());
        int predictedDecimals = Math.max(0, predicted.stripTrailingZeros().scale());
        return goldDecimals >= 2 && predictedDecimals > goldDecimals
                && predicted.setScale(goldDecimals, RoundingMode.HALF_UP).compareTo(gold) == 0;
    }

    /** A value as a person would write it: no exponent, no trailing zeros. */
    public static String format(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
