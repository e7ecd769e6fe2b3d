package org.newsfacts.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.evaluate.Fixture.category;
import static org.newsfacts.evaluate.Fixture.record;
import static org.newsfacts.evaluate.Seeds.HKCNA;
import static org.newsfacts.evaluate.Seeds.at;

/** 香港新闻网 (002, Simplified) with its three gold clusters and two of its gold people. */
class MentionScorerTest {

    private static final String TEXT = Seeds.repaired(HKCNA);

    @TempDir
    Path root;

    private Report evaluate() {
        return new Fixture(root).document(HKCNA, TEXT)
                .goldDoc(HKCNA, Map.of(
                        "clusters", List.of(
                                record("id", "Shenzhen–Hong Kong–Guangzhou", "surface", List.of("港深广", "深圳-香港-广州")),
                                record("id", "Tokyo–Yokohama", "surface", List.of("东京-横滨")),
                                record("id", "Macao–Zhuhai", "surface", List.of("澳门-珠海"))),
                        "people", List.of(
                                record("name", "周一鸣", "title", "香港新任警务处处长"),
                                record("name", "李家超", "title", null))))
                .mention(HKCNA, "cluster", "Shenzhen-Hong Kong-Guangzhou", TEXT,
                        at(TEXT, "“深圳-香港-广州”科技集群首次超越", "深圳-香港-广州"))
                .mention(HKCNA, "cluster", "Shenzhen-Hong Kong-Guangzhou", TEXT,
                        at(TEXT, "“深圳-香港-广州”科技集群站上", "深圳-香港-广州"))
                .mention(HKCNA, "cluster", "Tokyo–Yokohama", TEXT, at(TEXT, "超越日本“东京-横滨”", "东京-横滨"))
                .mention(HKCNA, "cluster", "Singapore", TEXT, at(TEXT, "在新加坡、伦敦设立", "新加坡"))
                .mention(HKCNA, "person", "周一鳴", TEXT, at(TEXT, "处长周一鸣今天履新", "周一鸣"))
                .mention(HKCNA, "person", "李家超", TEXT, at(TEXT, "题:特首办谈李家超", "李家超"))
                .mention(HKCNA, "org", "世界知识产权组织", TEXT, at(TEXT, "在世界知识产权组织(WIPO)最新", "世界知识产权组织"))
                .evaluate();
    }

    @Test
    void clustersAreScoredAsSetsOfIdsPerDocumentWhateverTheDash() {
        CategoryResult clusters = category(evaluate(), MentionScorer.CLUSTERS);

        assertEquals(List.of(2, 1, 1),
                List.of(clusters.truePositives(), clusters.falsePositives(), clusters.falseNegatives()));
        assertEquals("Macao–Zhuhai", clusters.misses().get(0).surface());
    }

    @Test
    void clusterFalseHitShowsWhereItWasFirstMentioned() {
        FalseHit singapore = category(evaluate(), MentionScorer.CLUSTERS).falseHits().get(0);

        assertEquals("Singapore", singapore.surface());
        assertTrue(singapore.snippet().contains("[新加坡]"), singapore.snippet());
    }

    @Test
    void peopleMatchWhicheverScriptTheNameIsWrittenIn() {
        CategoryResult people = category(evaluate(), MentionScorer.PEOPLE);

        assertEquals(1.0, people.precision());
        assertEquals(1.0, people.recall());
    }
}
