package org.newsfacts.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A cluster, person or organisation named in a document: one line of {@code mentions.jsonl}, and what the result
 * cache keeps of it. Offsets are in the document's text;
 * {@code start} and {@code end} are ints, not a {@code text.Span}: they are the file's own two fields.
 */
@JsonPropertyOrder({"doc", "type", "id", "surface", "start", "end", "title"})
public record MentionRecord(String doc, String type, String id, String surface, int start, int end, String title) {
}
