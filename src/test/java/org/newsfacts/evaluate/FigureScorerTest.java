package org.newsfacts.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.text.Span;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.evaluate.Fixture.category;
import static org.newsfacts.evaluate.Fixture.goldFigure;
import static org.newsfacts.evaluate.Seeds.TAKUNGPAO;
import static org.newsfacts.evaluate.Seeds.at;

/**
 * 大公報 (000) with seven of its gold figures, copied from the real gold, and predictions placed at the
 * real offsets: 2292 and 3775 right, 9% read as 0.09 (wrong value), 近16.9萬 without its qualifier, 逾2400
 * right, the optional 百強 taken, the year 2017 taken as a count (false hit), 24 not taken.
 */
class FigureScorerTest {

    private static final String TEXT = Seeds.repaired(TAKUNGPAO);

    private static final List<Map<String, Object>> GOLD = List.of(
            goldFigure("2292", "專利申請的密度為每百萬人2292個", 2292, "per_million", null, false),
            goldFigure("3775", "科學論文發表的密度為每百萬人3775篇", 3775, "per_million", null, false),
            goldFigure("9%", "「深圳─香港─廣州」佔9%和首爾", 9, "%", null, false),
            goldFigure("百強", "百強集群共吸引了近16.9萬筆風險資本交易", 100, "count", null, true),
            goldFigure("16.9萬", "百強集群共吸引了近16.9萬筆", 169000, "count", "approx", false),
            goldFigure("24", "中國擁24集群全球最多", 24, "count", null, false),
            goldFigure("2400", "中大現有逾2400個獲授權專利", 2400, "count", "over", false));

    @TempDir
    Path root;

    private Fixture scenario(boolean withOptional) {
        Fixture fixture = new Fixture(root).document(TAKUNGPAO, TEXT)
                .goldDoc(TAKUNGPAO, Map.of("figures", GOLD))
                .figure(TAKUNGPAO, TEXT, at(TEXT, "每百萬人2292個", "2292"), 2292.0, "per_million", null)
                .figure(TAKUNGPAO, TEXT, at(TEXT, "每百萬人3775篇", "3775"), 3775, "per_million", null)
                .figure(TAKUNGPAO, TEXT, at(TEXT, "佔9%和首爾", "9%"), 0.09, "%", null)
                .figure(TAKUNGPAO, TEXT, at(TEXT, "近16.9萬筆", "16.9萬"), 169000, "count", null)
                .figure(TAKUNGPAO, TEXT, at(TEXT, "逾2400個", "2400"), 2400, "count", "over")
                .figure(TAKUNGPAO, TEXT, at(TEXT, "排行榜於2017年創設", "2017"), 2017, "count", null);
        return withOptional
                ? fixture.figure(TAKUNGPAO, TEXT, at(TEXT, "百強集群共吸引", "百強"), 100, "count", null)
                : fixture;
    }

    @Test
    void precisionRecallAndF1FollowFromTheMatchedFigures() {
        CategoryResult figures = category(scenario(true).evaluate(), FigureScorer.CATEGORY);

        assertEquals(4, figures.truePositives());
        assertEquals(2, figures.falsePositives());
        assertEquals(2, figures.falseNegatives());
        assertEquals(4.0 / 6, figures.precision(), 1e-9);
        assertEquals(4.0 / 6, figures.recall(), 1e-9);
        assertEquals(4.0 / 6, figures.f1(), 1e-9);
    }

    @Test
    void qualifierAccuracyIsMeasuredOverMatchedPairs() {
        CategoryResult figures = category(scenario(true).evaluate(), FigureScorer.CATEGORY);

        assertEquals(new Accuracy(3, 4), figures.accuracies().get(FigureScorer.QUALIFIER));
    }

    @Test
    void optionalGoldFigureCountsNeitherWay() {
        CategoryResult taken = category(scenario(true).evaluate(), FigureScorer.CATEGORY);
        CategoryResult left = category(new Fixture(root.resolve("left")).document(TAKUNGPAO, TEXT)
                .goldDoc(TAKUNGPAO, Map.of("figures", GOLD)).produced(OutputRun.FIGURES).evaluate(),
                FigureScorer.CATEGORY);
        CategoryResult leftWithTheRest = category(scenario(false).evaluate(), FigureScorer.CATEGORY);

        assertEquals(1, taken.notes().get(FigureScorer.OPTIONAL_MATCHED));
        assertEquals(List.of(taken.truePositives(), taken.falsePositives(), taken.falseNegatives()),
                List.of(leftWithTheRest.truePositives(), leftWithTheRest.falsePositives(),
                        leftWithTheRest.falseNegatives()));
        assertEquals(6, left.falseNegatives(), "an optional figure nobody took is not a miss");
    }

    @Test
    void missesNameTheDocumentSurfaceContextAndWhatStoodThere() {
        List<Miss> misses = category(scenario(true).evaluate(), FigureScorer.CATEGORY).misses();

        assertEquals(List.of(
                new Miss(TAKUNGPAO, "9%", "「深圳─香港─廣州」佔9%和首爾", "9 %", "extracted here as 0.09 %"),
                new Miss(TAKUNGPAO, "24", "中國擁24集群全球最多", "24 count", "not extracted")), misses);
    }

    @Test
    void falseHitsShowASnippetTheValueAndTheUnit() {
        List<FalseHit> falseHits = category(scenario(true).evaluate(), FigureScorer.CATEGORY).falseHits();

        assertEquals(2, falseHits.size());
        FalseHit wrongValue = falseHits.get(0);
        assertEquals("0.09", wrongValue.value());
        assertEquals("gold here is 9 %", wrongValue.note());
        FalseHit year = falseHits.get(1);
        assertEquals(TAKUNGPAO, year.doc());
        assertEquals("2017", year.surface());
        assertEquals("2017", year.value());
        assertEquals("count", year.unit());
        assertTrue(year.snippet().contains("排行榜於[2017]年創設"), year.snippet());
        assertTrue(year.snippet().length() <= 2 * Snippets.RADIUS + "[2017]".length(), year.snippet());
    }

    @Test
    void eachGoldFigureMatchesOnePredictionOnly() {
        Span span = at(TEXT, "每百萬人2292個", "2292");
        CategoryResult figures = category(new Fixture(root).document(TAKUNGPAO, TEXT)
                .goldDoc(TAKUNGPAO, Map.of("figures", GOLD.subList(0, 1)))
                .figure(TAKUNGPAO, TEXT, span, 2292, "per_million", null)
                .figure(TAKUNGPAO, TEXT, new Span(span.start(), span.end() + 1), 2292, "per_million", null)
                .evaluate(), FigureScorer.CATEGORY);

        assertEquals(1, figures.truePositives());
        assertEquals(1, figures.falsePositives());
    }

    @Test
    void predictionOnAnotherPlaceWithTheRightValueDoesNotMatch() {
        // 24 stands twice in 000 (headline and body); gold here has only the headline.
        CategoryResult figures = category(new Fixture(root).document(TAKUNGPAO, TEXT)
                .goldDoc(TAKUNGPAO, Map.of("figures", List.of(GOLD.get(5))))
                .figure(TAKUNGPAO, TEXT, at(TEXT, "中國，有24個", "24"), 24, "count", null)
                .evaluate(), FigureScorer.CATEGORY);

        assertEquals(0, figures.truePositives());
        assertEquals(1, figures.falsePositives());
        assertEquals(1, figures.falseNegatives());
    }
}
