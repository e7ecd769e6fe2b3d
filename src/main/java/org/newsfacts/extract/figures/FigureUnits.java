package org.newsfacts.extract.figures;

import java.util.Set;

/** The units of gold/FORMAT.md. Money in other currencies is reported with its ISO code. */
public final class FigureUnits {

    public static final String PERCENT = "%";
    public static final String COUNT = "count";
    public static final String RANK = "rank";
    public static final String PER_MILLION = "per_million";
    public static final String HKD = "HKD";
    public static final String USD = "USD";
    public static final String CNY = "CNY";
    public static final String RATIO = "ratio";
    public static final String M2 = "m2";
    public static final String YEARS = "years";
    /** An index score (a GII score of 40.5): FORMAT-addendum.md's unit for gii_score. */
    public static final String SCORE = "score";

    /**
     * The units FORMAT.md and FORMAT-addendum.md name; a figure in another currency (EUR, JPY) has its ISO code
     * instead.
     */
    public static final Set<String> FORMAT_UNITS =
            Set.of(PERCENT, COUNT, RANK, PER_MILLION, HKD, USD, CNY, RATIO, M2, YEARS, SCORE);

    private FigureUnits() {
    }

    /** Whether the unit is an ISO 4217 currency code (three capital letters). */
    public static boolean isCurrency(String unit) {
        return unit.length() == 3 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
