package org.newsfacts.evaluate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one pairing of gold items with predictions: the best-scoring admissible pair is taken first,
 * then the best among what is left, and so on. Ties go to the earlier gold item, then the earlier prediction.
 */
public final class GreedyMatcher {

    /** An admissible pair; a higher score is a better pair. */
    public record Candidate(int gold, int predicted, long score) {
    }

    /** For each gold item the prediction it got (or -1), and for each prediction its gold item (or -1). */
    public record Assignment(int[] goldToPredicted, int[] predictedToGold) {
        public boolean goldMatched(int gold) {
            return goldToPredicted[gold] >= 0;
        }

        public boolean predictedMatched(int predicted) {
            return predictedToGold[predicted] >= 0;
        }
    }

    private GreedyMatcher() {
    }

    public static Assignment match(int goldCount, int predictedCount, List<Candidate> candidates) {
        int[] goldToPredicted = new int[goldCount];
        int[] predictedToGold = new int[predictedCount];
        Arrays.fill(goldToPredicted, -1);
        Arrays.fill(predictedToGold, -1);
        candidates.stream()
                .sorted(Comparator.comparingLong(Candidate::score).reversed()
                        .thenComparingInt(Candidate::gold)
                        .thenComparingInt(Candidate::predicted))
                .forEachOrdered(pair -> {
                    if (goldToPredicted[pair.gold()] < 0 && predictedToGold[pair.predicted()] < 0) {
                        goldToPredicted[pair.gold()] = pair.predicted();
                        predictedToGold[pair.predicted()] = pair.gold();
                    }
                });
        return new Assignment(goldToPredicted, predictedToGold);
    }
}
