package org.newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.extract.figures.Figures.assertFigure;
import static org.newsfacts.extract.figures.Figures.in;
import static org.newsfacts.extract.figures.Figures.one;
import static org.newsfacts.extract.figures.Figures.surfaces;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Shares: %, 成, 百分之, fractions, percentage points. */
class PercentFigureTest {

    @Test
    void percentSign() {
        assertFigure(one("北京，佔全球總量的4%、「上海─蘇州」", "4%"), "4", FigureUnits.PERCENT, null);
    }

    @Test
    void chengIsTenths() {
        assertFigure(one("專利使用率高達三成，培育獨角獸企業", "三成"), "30", FigureUnits.PERCENT, null);
        assertFigure(one("首期入駐率9成", "9成"), "90", FigureUnits.PERCENT, null);
    }

    @Test
    void aThirdWithoutZhi() {
        assertFigure(one("三分一園區企業創辦人來自 26 個國家及地區", "三分一"), "33.3333333333", FigureUnits.PERCENT, null);
    }

    @Test
    void aThirdWithZhi() {
        assertFigure(one("三分之一的企業", "三分之一"), "33.3333333333", FigureUnits.PERCENT, null);
    }

    @Test
    void baifenzhi() {
        assertFigure(one("增長百分之十五", "百分之十五"), "15", FigureUnits.PERCENT, null);
    }

    @Test
    void percentagePointsAreInPercent() {
        assertFigure(one("失业率上升0.5个百分点", "0.5个百分点", FigureContext.MAINLAND), "0.5", FigureUnits.PERCENT, null);
    }

    @Test
    void englishPerCent() {
        assertFigure(one("growth of 15 per cent a year", "15 per cent"), "15", FigureUnits.PERCENT, null);
    }

    @Test
    void theFirstNumberOfAPercentRangeIsAPercentage() {
        List<Figure> f = in("增长5-10%");
        assertEquals(List.of("5", "10%"), f.stream().map(Figure::surface).toList());
        assertTrue(f.stream().allMatch(x -> x.unit().equals(FigureUnits.PERCENT)));
    }

    @Test
    void anEnglishFractionIsAShareOnlyBeforeOf() {
        assertFigure(one("a third of the clusters", "a third"), "33.3333333333", FigureUnits.PERCENT, null);
        assertEquals(List.of(), surfaces("This year, a third metric was added"));
    }
}
