package org.newsfacts.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * A number stating a quantity: one line of {@code figures.jsonl}, and what the result cache keeps of it, so a
 * field added here is written and cached alike. Offsets are in the document's text;
 * {@code start} and {@code end} are ints, not a {@code text.Span}: they are the file's own two fields.
 */
@JsonPropertyOrder({"doc", "surface", "value", "unit", "qualifier", "start", "end"})
public record FigureRecord(String doc, String surface, BigDecimal value, String unit, String qualifier, int start,
                           int end) {
}
