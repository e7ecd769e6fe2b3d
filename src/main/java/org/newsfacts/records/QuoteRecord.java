package org.newsfacts.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A statement attributed to a person or office: one line of {@code quotes.jsonl}, one row of {@code quotes.csv}
 * (the same columns in the same order), and what the result cache keeps of it. Offsets are in the document's text;
 * {@code start} and {@code end} are ints, not a {@code text.Span}: they are the file's own two fields.
 */
@JsonPropertyOrder({"doc", "speaker", "speaker_title", "kind", "text", "start", "end"})
public record QuoteRecord(String doc, String speaker, String speakerTitle, String kind, String text, int start,
                          int end) {
}
