package org.newsfacts.evaluate;

import java.util.List;

/** Scores one category of output against gold over a scope, always in the {@link CategoryResult} shape. */
public interface CategoryScorer {

    String category();

    /** The attribute accuracies this category reports besides precision, recall and F1. */
    List<String> attributes();

    CategoryResult score(EvaluationScope scope);
}
