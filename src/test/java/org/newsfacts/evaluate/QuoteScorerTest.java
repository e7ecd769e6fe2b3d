package org.newsfacts.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.evaluate.Fixture.category;
import static org.newsfacts.evaluate.Fixture.goldQuote;
import static org.newsfacts.evaluate.Seeds.TAKUNGPAO;

/**
 * 大公報 (000) with three of its gold quotes. Extracted: 陳家昌's statement, longer than the gold stretch
 * and in Simplified script; 張志成's with the wrong kind; 孫東's headline given to the wrong speaker.
 */
class QuoteScorerTest {

    @TempDir
    Path root;

    private CategoryResult quotes() {
        return category(new Fixture(root).document(TAKUNGPAO, Seeds.repaired(TAKUNGPAO))
                .goldDoc(TAKUNGPAO, Map.of("quotes", List.of(
                        goldQuote("陳家昌", "indirect", "中央政府全力支持香港加快建設國際創新科技中心"),
                        goldQuote("張志成", "indirect", "是次排名充分體現粵港澳大灣區科技集群在全球的代表性"),
                        goldQuote("孫東", "direct", "繼續強化科研等工作"))))
                .quote(TAKUNGPAO, "陈家昌", "indirect", "中央政府全力支持香港加快建设国际创新科技\n中心，参与粤港澳大湾区河套深港科技创新合作区")
                .quote(TAKUNGPAO, "張志成", "direct", "是次排名充分體現粵港澳大灣區科技集群在全球的代表性")
                .quote(TAKUNGPAO, "特區政府", "direct", "繼續強化科研等工作")
                .evaluate(), QuoteScorer.CATEGORY);
    }

    @Test
    void quoteCountsWhenItCoversTheGoldStretchAndHasTheGoldSpeaker() {
        CategoryResult quotes = quotes();

        assertEquals(List.of(2, 1, 1), List.of(quotes.truePositives(), quotes.falsePositives(), quotes.falseNegatives()));
        assertEquals(2.0 / 3, quotes.f1(), 1e-9);
    }

    @Test
    void kindIsAnAttributeAccuracyOverMatchedQuotes() {
        assertEquals(new Accuracy(1, 2), quotes().accuracies().get(QuoteScorer.KIND));
    }

    @Test
    void quoteGivenToAnotherSpeakerIsAFalseHitAndItsGoldAMiss() {
        CategoryResult quotes = quotes();

        assertEquals("特區政府", quotes.falseHits().get(0).surface());
        assertEquals(new Miss(TAKUNGPAO, "孫東", "繼續強化科研等工作", "direct", "covered by a quote attributed to 特區政府"),
                quotes.misses().get(0));
    }
}
