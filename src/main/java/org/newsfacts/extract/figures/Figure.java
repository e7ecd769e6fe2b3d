package org.newsfacts.extract.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number that states a quantity, as found in a text.
 *
 * @param start     offset of the surface in the text given to the extractor (Java chars)
 * @param end       end of the surface, exclusive
 * @param surface   the text between start and end (the qualifier is not part of it)
 * @param value     the quantity in base units: 169000 for 16.9萬, 90 for 九成, 4 for 第4
 * @param unit      one of {@link FigureUnits}, or an ISO currency code
 * @param qualifier approx / over / under, or null for an exact figure
 * @param step      how precisely the figure was written: one unit of its last written digit, in the units of
 *                  {@code value} (1,000 for 16.9萬, 0.1 for 9.0%, 10 for 九成, 0 for a fraction stated exactly);
 *                  null where the figure was not read by the number grammar (a table cell rebuilt by the binder)
 */
public record Figure(int start, int end, String surface, BigDecimal value, String unit, Qualifier qualifier,
                     BigDecimal step) {

    /** A figure whose written precision is not known. */
    public Figure(int start, int end, String surface, BigDecimal value, String unit, Qualifier qualifier) {
        this(start, end, surface, value, unit, qualifier, null);
    }

    public Figure {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        // A plain decimal: no exponent, no trailing zeros (1.2E+9 would print badly in JSON).
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    /** The qualifier as written in figures.jsonl: "approx", "over", "under" or null. */
    public String qualifierCode() {
        return qualifier == null ? null : qualifier.code();
    }
}
