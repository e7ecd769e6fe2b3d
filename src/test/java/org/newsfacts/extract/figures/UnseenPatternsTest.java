package org.newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.extract.figures.Figures.assertFigure;
import static org.newsfacts.extract.figures.Figures.one;
import static org.newsfacts.extract.figures.Figures.surfaces;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Patterns of ordinary news text that the seed articles do not contain. */
class UnseenPatternsTest {

    @Test
    void aChineseTimeOfDayIsNotAFigure() {
        assertEquals(List.of(), surfaces("比賽於晚上8點半結束"));
        assertEquals(List.of(), surfaces("會議將於下午3時舉行"));
    }

    @Test
    void anEnglishTimeOfDayIsNotAFigure() {
        assertEquals(List.of("2.5 million"), surfaces("On March 3, 2025, at 3:30pm, the minister said 2.5 million residents would benefit."));
    }

    @Test
    void aVerbBeforeUpToMakesNoUpperBound() {
        assertEquals(null, one("unemployment edged up to 3.7 per cent", "3.7 per cent").qualifier());
        assertEquals(Qualifier.UNDER, one("up to 500 people attended", "500").qualifier());
    }

    @Test
    void anOrdinalJoinedToARankIsARank() {
        assertEquals(List.of("third", "first", "fifth"),
                surfaces("The city ranked third globally and first in Asia, up from fifth place last year."));
    }

    @Test
    void listLabelsAreNotFigures() {
        assertEquals(List.of(), surfaces("1. 深圳\n10. 北京\n"));
    }

    @Test
    void numbersThatNameThingsAreNotFigures() {
        assertEquals(List.of("2.1 million"), surfaces("Table 3 shows iPhone 16 sales of 2.1 million units."));
    }

    @Test
    void aBigScaleWithoutDigitIsANumber() {
        assertFigure(one("十余年來累計投資逾萬億元", "萬億元"), "1000000000000", FigureUnits.HKD, Qualifier.OVER);
    }

    @Test
    void aCurrencyCodeMayTouchTheAmount() {
        assertFigure(one("a loss of Rmb1.2bn", "Rmb1.2bn"), "1200000000", FigureUnits.CNY, null);
    }

    @Test
    void aChineseCurrencyWordMayComeFirst() {
        assertFigure(one("營收約合美元170億", "美元170億"), "17000000000", FigureUnits.USD, Qualifier.APPROX);
    }

    @Test
    void exceededIsALowerBound() {
        assertEquals(Qualifier.OVER, one("R&D spending exceeded 6 per cent of GDP", "6 per cent").qualifier());
    }

    @Test
    void aRangeOfYearsInEnglishIsNotAFigure() {
        assertEquals(List.of("5%"), surfaces("The 2019-20 season saw a 5% stake sold"));
    }

    @Test
    void aBracketedNumberAfterANameGoesOnAListOfCounts() {
        // Círculo JPES, 2023 (circulojpes.com/asia-with-tokyo-yokohama-at-the-forefront-leads-in-number-of-global-
        // innovation-centers).
        String text = "By country, China has the most innovation poles in the top 100 list, with 24, followed by the "
                + "United States (21) and Germany (9), while Japan, India, South Korea and Canada have four each.";
        assertFigure(one(text, "21"), "21", FigureUnits.COUNT, null);
        assertFigure(one(text, "9"), "9", FigureUnits.COUNT, null);
    }

    @Test
    void aCutOffBetweenTheCountAndTheBracketedListDoesNotEndIt() {
        // Allegropat (allegropat.com/tokyo-yokohama-rank-top-inventive), WIPO's 2017 cluster ranking: "top-100" is a
        // cut-off; the count the list goes on is "four or more clusters".
        String text = "Seven countries feature four or more clusters in the top-100: the United States (31), Germany (12), "
                + "Japan (8), China (7), France (5), Canada (4), and the Republic of Korea (4).";
        assertFigure(one(text, "31"), "31", FigureUnits.COUNT, null);
        assertFigure(one(text, "12"), "12", FigureUnits.COUNT, null);
    }
}
