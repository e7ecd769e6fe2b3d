package org.newsfacts.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The score of one category (figures, quotes, …) over one scope. Precision, recall and F1 are null
 * where they are 0/0, and a category whose file the run did not write is {@link Status#NOT_PRODUCED}
 * with no numbers at all (counts null too), so that neither reads as a measured zero.
 */
public record CategoryResult(String category, Status status, String detail, Integer truePositives,
                             Integer falsePositives, Integer falseNegatives, Map<String, Accuracy> accuracies,
                             Map<String, Integer> notes, List<Miss> misses, List<FalseHit> falseHits) {

    public enum Status { SCORED, NOT_PRODUCED, NO_GOLD }

    /** The metric names every scored category has; attribute accuracies come on top. */
    public static final List<String> COUNT_METRICS = List.of("precision", "recall", "f1");

    public CategoryResult {
        // Insertion order is kept: it is the order the printed table shows.
        accuracies = Collections.unmodifiableMap(new LinkedHashMap<>(accuracies));
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        misses = List.copyOf(misses);
        falseHits = List.copyOf(falseHits);
    }

    public static CategoryResult notScored(String category, Status status, String detail) {
        return new CategoryResult(category, status, detail, null, null, null, Map.of(), Map.of(), List.of(), List.of());
    }

    public boolean scored() {
        return status == Status.SCORED;
    }

    @JsonProperty("precision")
    public Double precision() {
        return scored() && truePositives + falsePositives > 0
                ? (double) truePositives / (truePositives + falsePositives) : null;
    }

    @JsonProperty("recall")
    public Double recall() {
        return scored() && truePositives + falseNegatives > 0
                ? (double) truePositives / (truePositives + falseNegatives) : null;
    }

    @JsonProperty("f1")
    public Double f1() {
        if (!scored() || truePositives + falsePositives + falseNegatives == 0) {
            return null;
        }
        return 2.0 * truePositives / (2 * truePositives + falsePositives + falseNegatives);
    }

    /** A metric by name ({@code f1}, {@code precision}, {@code recall} or an attribute), where it has a value. */
    public Optional<Double> metric(String name) {
        return Optional.ofNullable(switch (name) {
            case "precision" -> precision();
            case "recall" -> recall();
            case "f1" -> f1();
            default -> accuracies.containsKey(name) ? accuracies.get(name).value() : null;
        });
    }
}
