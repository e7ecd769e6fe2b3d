package org.newsfacts.reconcile;

import java.math.BigDecimal;

/**
 * A range of numbers a claim allows. A null bound is unbounded (−∞ or +∞); an open bound excludes its end
 * ("over 60" excludes 60 itself). Rounding bounds are closed: 9% allows 8.5 and 9.5, as either can be
 * printed 9 depending on the rounding rule.
 */
public record Interval(BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {

    public static final Interval ALL = new Interval(null, false, null, false);

    public static Interval exact(BigDecimal value) {
        return new Interval(value, true, value, true);
    }

    public static Interval closed(BigDecimal low, BigDecimal high) {
        return new Interval(low, true, high, true);
    }

    /** Strictly above {@code value}. */
    public static Interval above(BigDecimal value) {
        return new Interval(value, false, null, false);
    }

    /** Strictly below {@code value}. */
    public static Interval below(BigDecimal value) {
        return new Interval(null, false, value, false);
    }

    public boolean boundedBelow() {
        return low != null;
    }

    public boolean boundedAbove() {
        return high != null;
    }

    public boolean bounded() {
        return low != null && high != null;
    }

    /** No number lies in it: the bounds cross, or meet at an excluded point. */
    public boolean isEmpty() {
        if (low == null || high == null) {
            return false;
        }
        int order = low.compareTo(high);
        return order > 0 || (order == 0 && !(lowClosed && highClosed));
    }

    public boolean isExact() {
        return bounded() && lowClosed && highClosed && low.compareTo(high) == 0;
    }

    /** The numbers both allow; may be {@link #isEmpty() empty}. */
    public Interval intersect(Interval other) {
        BigDecimal newLow;
        boolean newLowClosed;
        if (low == null) {
            newLow = other.low;
            newLowClosed = other.lowClosed;
        } else if (other.low == null) {
            newLow = low;
            newLowClosed = lowClosed;
        } else {
            int order = low.compareTo(other.low);
            newLow = order >= 0 ? low : other.low;
            newLowClosed = order > 0 ? lowClosed : order < 0 ? other.lowClosed : lowClosed && other.lowClosed;
        }
        BigDecimal newHigh;
        boolean newHighClosed;
        if (high == null) {
            newHigh = other.high;
            newHighClosed = other.highClosed;
        } else if (other.high == null) {
            newHigh = high;
            newHighClosed = highClosed;
        } else {
            int order = high.compareTo(other.high);
            newHigh = order <= 0 ? high : other.high;
            newHighClosed = order < 0 ? highClosed : order > 0 ? other.highClosed : highClosed && other.highClosed;
        }
        return new Interval(newLow, newLowClosed, newHigh, newHighClosed);
    }

    public boolean overlaps(Interval other) {
        return !intersect(other).isEmpty();
    }
}
