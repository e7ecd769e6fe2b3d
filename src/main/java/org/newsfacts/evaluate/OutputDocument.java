package org.newsfacts.evaluate;

/** A {@code documents.jsonl} record: one input file and the repaired text all offsets point into. */
public record OutputDocument(String doc, String status, String error, String lang, String text) {

    public boolean ok() {
        return status == null || "ok".equalsIgnoreCase(status);
    }

    public String textOrEmpty() {
        return text == null ? "" : text;
    }
}
