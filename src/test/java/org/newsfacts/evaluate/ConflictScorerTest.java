package org.newsfacts.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.evaluate.Fixture.category;
import static org.newsfacts.evaluate.Fixture.record;
import static org.newsfacts.evaluate.Seeds.HKCNA;
import static org.newsfacts.evaluate.Seeds.MINGPAO;
import static org.newsfacts.evaluate.Seeds.TAKUNGPAO;

/**
 * The corpus gold's one conflict (world PCT share: 9% in 000, 12% twice in 002) and two of its agreements.
 * The run finds the conflict, and wrongly flags the publication share after misreading 002's 2.4% as 2.3%.
 */
class ConflictScorerTest {

    private static final String SHG = "Shenzhen–Hong Kong–Guangzhou";

    @TempDir
    Path root;

    private static Map<String, Object> goldValue(String doc, Object value) {
        return record("doc", doc, "value", value);
    }

    @SafeVarargs
    private static Map<String, Object> producedGroup(String subject, String metric, Map<String, Object>... values) {
        return record("subject", subject, "metric", metric, "period", null, "claims", List.of(),
                "values", List.of(values), "explanation", "test");
    }

    private static Map<String, Object> producedValue(String doc, Object value, String unit) {
        return record("doc", doc, "value", value, "unit", unit, "qualifier", null);
    }

    private CategoryResult conflicts(String doc002) {
        return category(new Fixture(root).document(TAKUNGPAO, "").goldDoc(TAKUNGPAO, Map.of())
                .corpus(List.of(record("subject", SHG, "metric", "pct_share", "values", List.of(
                                goldValue(TAKUNGPAO, 9), goldValue(HKCNA, 12), goldValue(HKCNA, 12)))),
                        List.of(record("subject", SHG, "metric", "pub_share", "values", List.of(
                                        goldValue(TAKUNGPAO, 2.4), goldValue(HKCNA, 2.4))),
                                record("subject", "China", "metric", "clusters_in_top100", "values", List.of(
                                        goldValue(TAKUNGPAO, 24), goldValue(MINGPAO, 24)))))
                .conflicts(List.of(
                        producedGroup("Shenzhen-Hong Kong-Guangzhou", "pct_share",
                                producedValue(TAKUNGPAO, 9, "%"), producedValue(doc002, 12.0, "%")),
                        producedGroup(SHG, "pub_share",
                                producedValue(TAKUNGPAO, 2.4, "%"), producedValue(doc002, 2.3, "%"))))
                .evaluate(), ConflictScorer.CATEGORY);
    }

    @Test
    void goldConflictIsFoundWhenAProducedGroupListsEveryGoldValue() {
        CategoryResult conflicts = conflicts(HKCNA);

        assertEquals(1, conflicts.truePositives());
        assertEquals(1.0, conflicts.recall());
    }

    @Test
    void conflictOnAGoldAgreementIsAFalseHitAndLowersAgreementAccuracy() {
        CategoryResult conflicts = conflicts(HKCNA);

        assertEquals(new Accuracy(1, 2), conflicts.accuracies().get(ConflictScorer.AGREEMENTS));
        assertEquals("flags a gold agreement", conflicts.falseHits().get(0).note());
        assertEquals(0.5, conflicts.precision());
    }

    @Test
    void valuesReadFromACopyOfAnArticleCountForTheArticle() {
        assertEquals(1, conflicts("002_7c878330511f077d.html").truePositives());
    }
}
