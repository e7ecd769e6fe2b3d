package org.newsfacts.extract.figures;

import org.newsfacts.text.Span;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number that states a quantity, as found in a text.
 *
 * @param span      where the surface is in the text given to the extractor (Java chars, end exclusive)
 * @param surface   the text between start and end (the qualifier is not part of it)
 * @param value     the quantity in base units: 169000 for 16.9萬, 90 for 九成, 4 for 第4
 * @param unit      one of {@link FigureUnits}, or an ISO currency code
 * @param qualifier approx / over / under, or null for an exact figure
 * @param step      how precisely the figure was written: one unit of its last written digit, in the units of
 *                  {@code value} (1,000 for 16.9萬, 0.1 for 9.0%, 10 for 九成, 0 for a fraction stated exactly);
 *                  null where the figure was not read by the number grammar (a table cell rebuilt by the binder)
 */
public record Figure(Span span, String surface, BigDecimal value, String unit, Qualifier qualifier,
                     BigDecimal step) {

    public Figure(int start, int end, String surface, BigDecimal value, String unit, Qualifier qualifier,
                  BigDecimal step) {
        this(new Span(start, end), surface, value, unit, qualifier, step);
    }

    /** A figure whose written precision is not known. */
    public Figure(int start, int end, String surface, BigDecimal value, String unit, Qualifier qualifier) {
        this(start, end, surface, value, unit, qualifier, null);
    }

    public Figure {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        // A plain decimal: no exponent, no trailing zeros (1.2E+9 would print badly in JSON).
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** The qualifier as written in figures.jsonl: "approx", "over", "under" or null. */
    public String qualifierCode() {
        return qualifier == null ? null : qualifier.code();
    }
}
