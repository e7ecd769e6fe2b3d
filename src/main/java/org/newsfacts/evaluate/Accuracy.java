package org.newsfacts.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How often an attribute was right over the pairs it was checked on. */
public record Accuracy(int correct, int total) {

    /** Null where nothing was checked: no measurement, not a zero. */
    @JsonProperty("value")
    public Double value() {
        return total == 0 ? null : (double) correct / total;
    }
}
