package org.newsfacts.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects a category's counts, attribute checks and listings while a scorer walks the documents. */
final class CategoryTally {

    private final String category;
    private int truePositives;
    private final List<Miss> misses = new ArrayList<>();
    private final List<FalseHit> falseHits = new ArrayList<>();
    private final Map<String, int[]> attributes = new LinkedHashMap<>();
    private final Map<String, Integer> notes = new LinkedHashMap<>();

    /** Attributes are declared up front so that a category with no matches still reports them, as n/a. */
    CategoryTally(String category, List<String> attributeNames) {
        this.category = category;
        attributeNames.forEach(name -> attributes.put(name, new int[2]));
    }

    void truePositive() {
        truePositives++;
    }

    void miss(Miss miss) {
        misses.add(miss);
    }

    void falseHit(FalseHit falseHit) {
        falseHits.add(falseHit);
    }

    void attribute(String name, boolean correct) {
        int[] counts = attributes.get(name);
        if (counts == null) {
            throw new IllegalArgumentException(category + " has no attribute " + name);
        }
        counts[0] += correct ? 1 : 0;
        counts[1]++;
    }

    void note(String what) {
        notes.merge(what, 1, Integer::sum);
    }

    CategoryResult result() {
        Map<String, Accuracy> accuracies = new LinkedHashMap<>();
        attributes.forEach((name, counts) -> accuracies.put(name, new Accuracy(counts[0], counts[1])));
        return new CategoryResult(category, CategoryResult.Status.SCORED, null, truePositives, falseHits.size(),
                misses.size(), accuracies, notes, misses, falseHits);
    }
}
