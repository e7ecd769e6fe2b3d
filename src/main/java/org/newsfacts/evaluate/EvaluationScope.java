package org.newsfacts.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One set of documents scored together: the primary documents, or a single copy of an article.
 * Corpus-level gold (conflicts) belongs to the primary scope only; the gold's speaker aliases to every scope.
 */
public record EvaluationScope(String name, List<ScoredDocument> documents, OutputRun run,
                              Optional<CorpusGold> corpus, SpeakerAliases speakers) {

    /** Records grouped by the output document they name; records without a doc are dropped. */
    public static <T> Map<String, List<T>> byDoc(List<T> records, Function<T, String> docOf) {
        Map<String, List<T>> grouped = new HashMap<>();
        for (T record : records) {
            String doc = docOf.apply(record);
            if (doc != null) {
                grouped.computeIfAbsent(doc, d -> new ArrayList<>()).add(record);
            }
        }
        return grouped;
    }
}
