package org.newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.extract.figures.Figures.assertFigure;
import static org.newsfacts.extract.figures.Figures.one;
import static org.newsfacts.extract.figures.Figures.surfaces;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Patterns of the dev2 news (tune half) that the seed articles do not contain, one behaviour each. */
class Dev2PatternsTest {

    @Test
    void aNumberedListUnderARankingHeadingGivesRanks() {
        String text = "2024年版科技集群15强领域\n\n1. 东京-横滨(日本京滨)\n\n2. 深圳 - 香港 - 广州(中国)\n\n3. 北京(中国)\n";
        assertEquals(List.of("15强", "1", "2", "3"), surfaces(text));
        assertFigure(one(text, "2"), "2", FigureUnits.RANK, null);
    }

    @Test
    void aNumberedListOfReasonsStaysAnEnumeration() {
        assertEquals(List.of(), surfaces("主要得益于其多方面优势的综合作用:\n\n1.多元化的产业基础\n\n2.顶尖的高等教育资源\n\n"
                + "3.完善的交通网络\n"));
    }

    @Test
    void aNumberAfterScoreOfIsAScore() {
        assertFigure(one("with an overall score of 40.5, a significant improvement", "40.5"), "40.5",
                FigureUnits.SCORE, null);
    }

    @Test
    void aNumberComparedWithAScoreIsAScore() {
        assertFigure(one("the report gives Malaysia a slightly lower score of 40.5 compared with last year's 40.9.",
                "40.9"), "40.9", FigureUnits.SCORE, null);
    }

    @Test
    void aDensityMarkerBeforeTheVerbMakesADensity() {
        String text = "深圳—香港—廣州集群在過去五年中,平均每100萬居民提交了2291份PCT申請,發表了3092篇科學文章。";
        assertEquals(FigureUnits.PER_MILLION, one(text, "2291").unit());
    }

    @Test
    void aNumberCoordinatedWithADensityIsADensityToo() {
        String text = "深圳—香港—廣州集群在過去五年中,平均每100萬居民提交了2291份PCT申請,發表了3092篇科學文章。";
        assertEquals(FigureUnits.PER_MILLION, one(text, "3092").unit());
    }

    @Test
    void aCountOfNamesInBracketsAfterAPlaceIsItsRank() {
        assertFigure(one("宁波(93名)、宁德(99名)首次上榜", "93名"), "93", FigureUnits.RANK, null);
    }

    @Test
    void namesAfterARankingOpeningTheClauseArePlaces() {
        assertFigure(one("最近几年,中国的排名稳定地从15名左右提升至跨入前10的门槛上", "15名"), "15", FigureUnits.RANK,
                Qualifier.APPROX);
    }

    @Test
    void aHeadCountIsStillACount() {
        assertEquals(FigureUnits.COUNT, one("活動吸引了300名嘉賓出席", "300").unit());
    }

    @Test
    void footnoteMarkersAreNotFigures() {
        assertEquals(List.of("10.32%"), surfaces("首尔(韩国)集群占比10.32% [8][9]"));
    }

    @Test
    void imageFileNamesAreNotFigures() {
        assertEquals(List.of(), surfaces("来源 : 南方日报 微信截图_20250904164916.jpg"));
    }

    @Test
    void doubleDigitGrowthIsNoCount() {
        assertEquals(List.of(), surfaces("中國研發經費投入連續多年保持兩位數增長"));
    }

    @Test
    void anOrdinalWordAfterACopulaClosingTheClauseIsARank() {
        assertFigure(one("Seoul in South Korea was third, overtaking Beijing, which fell to fourth.", "third"), "3",
                FigureUnits.RANK, null);
        assertFigure(one("Singapore is fifth in 2018's Global Innovation Index", "fifth"), "5", FigureUnits.RANK, null);
    }

    @Test
    void anOrdinalWordAfterACopulaBeforeAVerbIsAnAdverb() {
        assertEquals(List.of(), surfaces("The Global Innovation Index was first launched in 2007."));
    }

    @Test
    void aNumberInBracketsAfterTheNounItCountsIsACount() {
        assertFigure(one("China has the most Science & Technology (S&T) clusters (24) ranked among the top 100",
                "24"), "24", FigureUnits.COUNT, null);
        assertFigure(one("China, for a second consecutive year, led with the most clusters (26) in the top 100",
                "26"), "26", FigureUnits.COUNT, null);
    }
}
