package org.newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.extract.figures.Figures.assertFigure;
import static org.newsfacts.extract.figures.Figures.one;
import static org.newsfacts.extract.figures.Figures.surfaces;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts: digits and Chinese numerals with or without a counter word. */
class CountFigureTest {

    @Test
    void digitsBeforeAnyWordAreACount() {
        assertFigure(one("中國擁24集群全球最多", "24"), "24", FigureUnits.COUNT, null);
    }

    @Test
    void theSurfaceOfDigitsLeavesTheCounterOut() {
        assertEquals(List.of("2,200", "5", "7"),
                surfaces("數碼港匯聚超過 2,200 間企業，包括 5 間上市公司及 7 間獨角獸企業"));
    }

    @Test
    void aOneCharacterChineseNumeralTakesItsCounterIntoTheSurface() {
        assertFigure(one("中大有四所獲國家授牌的全國重點實驗室", "四所"), "4", FigureUnits.COUNT, null);
        assertFigure(one("首三座大樓、包括兩座濕實驗室大樓", "兩座"), "2", FigureUnits.COUNT, null);
    }

    @Test
    void aLongerChineseNumeralLeavesItsCounterOut() {
        assertFigure(one("香港初創企業從千餘家躍升", "千餘"), "1000", FigureUnits.COUNT, Qualifier.OVER);
    }

    @Test
    void aScaledChineseNumeralIsACountWithoutACounter() {
        assertFigure(one("香港人口七百五十萬", "七百五十萬"), "7500000", FigureUnits.COUNT, null);
    }

    @Test
    void aChineseNumeralWithoutCounterIsNotAFigure() {
        assertEquals(List.of("6.9%"), surfaces("「聖何塞─三藩市」佔6.9%"));
        assertEquals(List.of(), surfaces("過去一年，香港創科最振奮人心的突破"));
    }

    @Test
    void daAndQiangNameATopGroup() {
        assertFigure(one("科技成果轉化中心四大孵化平台", "四大"), "4", FigureUnits.COUNT, null);
        assertFigure(one("2025年全球10大創新集群", "10大"), "10", FigureUnits.COUNT, null);
        assertFigure(one("世界百強創新集群排名", "百強"), "100", FigureUnits.COUNT, null);
    }

    @Test
    void aCutOffKeepsQian() {
        assertFigure(one("科學論文發表量前三甲的集群", "前三甲"), "3", FigureUnits.COUNT, null);
    }

    @Test
    void oneWithACounterIsNotAFigure() {
        assertEquals(List.of("兩座"), surfaces("包括兩座濕實驗室大樓及一座人才公寓將落成"));
    }

    @Test
    void tableCellsWithSeparatorsAreCounts() {
        assertEquals(List.of("117,542", "135,129", "50,813"), surfaces("PCT提交的國際\n專利申請量\n\n117,542\n135,129\n\n50,813"));
    }

    @Test
    void englishNumberWordsAreCounts() {
        assertFigure(one("led by China with 24, the US with 22 and Germany with seven.", "seven"), "7",
                FigureUnits.COUNT, null);
        assertFigure(one("Among the top ten, China accounts for three", "three"), "3", FigureUnits.COUNT, null);
    }

    @Test
    void anEnglishScaleIsPartOfTheCount() {
        assertFigure(one("Exports rose to 2.48 billion units", "2.48 billion"), "2480000000", FigureUnits.COUNT, null);
    }

    @Test
    void anAreaIsInSquareMetres() {
        assertFigure(one("整體樓面面積較原規劃擴容七成，超200萬平方米的創科空間", "200萬平方米"), "2000000",
                FigureUnits.M2, Qualifier.OVER);
        assertFigure(one("a site of 500 square feet", "500 square feet"), "46.4515200", FigureUnits.M2, null);
    }
}
