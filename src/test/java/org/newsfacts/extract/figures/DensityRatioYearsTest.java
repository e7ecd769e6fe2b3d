package org.newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.extract.figures.Figures.assertFigure;
import static org.newsfacts.extract.figures.Figures.one;
import static org.newsfacts.extract.figures.Figures.surfaces;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Densities, ratios and durations. */
class DensityRatioYearsTest {

    @Test
    void perMillionBeforeTheNumber() {
        assertEquals(List.of("2292"), surfaces("專利申請的密度為每百萬人2292個"));
        assertFigure(one("專利申請的密度為每百萬人2292個", "2292"), "2292", FigureUnits.PER_MILLION, null);
    }

    @Test
    void perMillionAcrossALineBreak() {
        assertFigure(one("在過去五年間專利申請的密度為每百萬人\n\n2,292 個", "2,292"), "2292", FigureUnits.PER_MILLION, null);
    }

    @Test
    void perMillionAfterTheNumber() {
        assertFigure(one("a density of 2,292 per million people", "2,292"), "2292", FigureUnits.PER_MILLION, null);
    }

    @Test
    void perHundredThousandIsConvertedToPerMillion() {
        assertFigure(one("每十萬人有35宗", "35"), "350", FigureUnits.PER_MILLION, null);
    }

    @Test
    void aRatioIsTheSecondOverTheFirst() {
        assertFigure(one("引資比率達到 1:9。", "1:9"), "9", FigureUnits.RATIO, null);
        assertFigure(one("現場1：1展示月面機械人", "1：1"), "1", FigureUnits.RATIO, null);
    }

    @Test
    void aTimeOfDayIsNotARatio() {
        assertEquals(List.of(), surfaces("2025-09-18 14:01:17"));
    }

    @Test
    void durationsAreInYears() {
        assertFigure(one("過去5年，深港穗集群排名一直位居第二", "5年"), "5", FigureUnits.YEARS, null);
        assertFigure(one("香港歌手李國祥去世 終年60歲", "60歲"), "60", FigureUnits.YEARS, null);
        assertFigure(one("After five years in second place", "five years"), "5", FigureUnits.YEARS, null);
    }

    @Test
    void jinBeforeADurationMeansRecentNotNearly() {
        assertFigure(one("近五年專利申請數目高踞全港院校之首", "五年"), "5", FigureUnits.YEARS, null);
    }

    @Test
    void aMultipleIsARatio() {
        assertFigure(one("營收增長3倍", "3倍"), "3", FigureUnits.RATIO, null);
    }
}
