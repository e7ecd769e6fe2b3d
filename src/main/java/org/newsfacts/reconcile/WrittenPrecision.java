package org.newsfacts.reconcile;

import org.newsfacts.text.normalize.CaseFilter;

import org.newsfacts.extract.figures.FigureUnits;
import org.newsfacts.text.normalize.WidthFilter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How precisely a figure was written, for a claim that does not carry the number grammar's own reading
 * ({@code Claim.step}: a table cell, a reference row, an older claims file), read from its surface: the size of one unit in the last digit written,
 * in the claim's base units. 9% → 1 (so 8.5–9.5), 2.4% → 0.1, 16.9萬 → 1000 (168,500–169,500), 2.48億美元 →
 * 1,000,000, 九成 → 10 (85–95%). Counts and ranks written in full (117,542, 79家, 第4) are exact: they cannot
 * be fractional, and a reporter who writes every digit has not rounded.
 */
final class WrittenPrecision {

    /** Units whose values are whole things: exact unless a magnitude word (萬, million) scales them. */
    private static final Set<String> WHOLE_UNITS = Set.of(FigureUnits.COUNT, FigureUnits.RANK);

    /** A number as written with digits: 117,542 or 16.9 or 2,292. */
    private static final Pattern DIGITS = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?");

    /** Words that scale the number before them, so the number is rounded at that scale. */
    private static final Pattern MAGNITUDE = Pattern.compile(
            "^\\s*(萬億|万亿|百萬|百万|千萬|千万|萬|万|億|亿|千|兆|成|trillion|billion|million|thousand|bn|tn|mn|k)",
            Pattern.CASE_INSENSITIVE);

    /** A surface in number words (九成, 百億, 三千萬, seven) is rounded only if it has a multiplier word. */
    private static final Pattern WORD_MULTIPLIER = Pattern.compile(
            "成|千|萬|万|億|亿|兆|thousand|million|billion|trillion", Pattern.CASE_INSENSITIVE);

    private WrittenPrecision() {
    }

    /**
     * One unit of the last written digit, in base units; zero when the value is exact as written.
     *
     * @param surface the figure as written, or null where the binder could not give it (then the value's own
     *                decimals are taken, as if every digit had been written)
     */
    static BigDecimal step(String surface, BigDecimal value, String unit) {
        boolean whole = WHOLE_UNITS.contains(unit);
        if (surface == null || surface.isBlank()) {
            return fractionStep(value).orElse(whole ? BigDecimal.ZERO : BigDecimal.ONE);
        }
        // Full-width digits and separators (９，２９２．５) as ASCII, so they parse like any other.
        String folded = WidthFilter.fold(surface);
        Matcher digits = DIGITS.matcher(folded);
        String lastGroup = null;
        int lastEnd = -1;
        int groups = 0;
        while (digits.find()) {
            lastGroup = digits.group();
            lastEnd = digits.end();
            groups++;
        }
        if (lastGroup == null) {
            return wordStep(folded, value, whole);
        }
        BigDecimal written = new BigDecimal(lastGroup.replace(",", ""));
        int decimals = Math.max(0, written.scale());
        BigDecimal scale = groups == 1 ? powerOfTenRatio(value, written) : null;
        if (scale == null) {
            scale = magnitudeAfter(folded.substring(lastEnd));
        }
        if (whole && scale.compareTo(BigDecimal.ONE) == 0 && decimals == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.ONE.movePointLeft(decimals).multiply(scale);
    }

    /**
     * Half of the step the number grammar recorded ({@code Claim.step}); a count's or rank's step of one (117,542,
     * 第4, written in full) is none: a whole thing cannot be fractional, and every digit was written.
     */
    static BigDecimal halfStep(BigDecimal step, BigDecimal value, String unit) {
        if (WHOLE_UNITS.contains(unit) && step.compareTo(BigDecimal.ONE) == 0) {
            return BigDecimal.ZERO;
        }
        if (step.signum() == 0) {
            // Exact as written, but a fraction (三分一) is held rounded: 33.3333333333 stands for 33.33333333325–35.
            return fractionStep(value).orElse(BigDecimal.ZERO).divide(BigDecimal.valueOf(2));
        }
        return step.divide(BigDecimal.valueOf(2));
    }

    /** Half a step either side: the rounding range of the written figure. */
    static BigDecimal halfStep(String surface, BigDecimal value, String unit) {
        return step(surface, value, unit).divide(BigDecimal.valueOf(2));
    }

    /** 九成 → 10; 三分一 (33.33) → 0.01; 百億 → 10^10; seven, 第四 → exact (or 1 for a measure). */
    private static BigDecimal wordStep(String surface, BigDecimal value, boolean whole) {
        var fraction = fractionStep(value);
        if (fraction.isPresent()) {
            return fraction.get();
        }
        if (WORD_MULTIPLIER.matcher(surface).find()) {
            return BigDecimal.ONE.movePointRight(trailingZeros(value));
        }
        return whole ? BigDecimal.ZERO : BigDecimal.ONE;
    }

    private static Optional<BigDecimal> fractionStep(BigDecimal value) {
        int scale = value.stripTrailingZeros().scale();
        return scale > 0 ? Optional.of(BigDecimal.ONE.movePointLeft(scale)) : Optional.empty();
    }

    private static int trailingZeros(BigDecimal value) {
        BigInteger integer = value.abs().toBigInteger();
        if (integer.signum() == 0) {
            return 0;
        }
        int zeros = 0;
        while (integer.mod(BigInteger.TEN).signum() == 0) {
            integer = integer.divide(BigInteger.TEN);
            zeros++;
        }
        return zeros;
    }

    /**
     * value / written when it is 1, 10, 100…: the scale a magnitude word applied (16.9萬 → 10^4, 9成 → 10,
     * 12% → 1). Null when it is not a power of ten, e.g. a ratio 1:9 stored as 9.
     */
    private static BigDecimal powerOfTenRatio(BigDecimal value, BigDecimal written) {
        if (written.signum() == 0) {
            return null;
        }
        BigDecimal ratio;
        try {
            ratio = value.abs().divide(written, MathContext.DECIMAL64).stripTrailingZeros();
        } catch (ArithmeticException e) {
            return null;
        }
        boolean powerOfTen = ratio.unscaledValue().equals(BigInteger.ONE) && ratio.scale() <= 0;
        return powerOfTen ? ratio.setScale(0) : null;
    }

    private static BigDecimal magnitudeAfter(String rest) {
        Matcher m = MAGNITUDE.matcher(rest);
        if (!m.find()) {
            return BigDecimal.ONE;
        }
        return switch (CaseFilter.lower(m.group(1))) {
            case "成" -> BigDecimal.TEN;
            case "千", "thousand", "k" -> BigDecimal.ONE.movePointRight(3);
            case "萬", "万" -> BigDecimal.ONE.movePointRight(4);
            case "百萬", "百万", "million", "mn" -> BigDecimal.ONE.movePointRight(6);
            case "千萬", "千万" -> BigDecimal.ONE.movePointRight(7);
            case "億", "亿" -> BigDecimal.ONE.movePointRight(8);
            case "billion", "bn" -> BigDecimal.ONE.movePointRight(9);
            case "萬億", "万亿", "兆", "trillion", "tn" -> BigDecimal.ONE.movePointRight(12);
            default -> BigDecimal.ONE;
        };
    }
}
