package org.newsfacts.evaluate;

/** A {@code mentions.jsonl} record. */
public record PredictedMention(String doc, String type, String id, String surface, Integer start, Integer end) {

    /** The canonical id, or the surface where a stage left the id out. */
    public String name() {
        return id == null || id.isBlank() ? surface : id;
    }
}
