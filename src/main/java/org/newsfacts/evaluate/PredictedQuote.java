package org.newsfacts.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A {@code quotes.jsonl} record. */
public record PredictedQuote(String doc, String speaker, @JsonProperty("speaker_title") String speakerTitle,
                             String kind, String text, Integer start, Integer end) {
}
