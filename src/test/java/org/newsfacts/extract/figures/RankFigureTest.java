package org.newsfacts.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.extract.figures.Figures.assertFigure;
import static org.newsfacts.extract.figures.Figures.in;
import static org.newsfacts.extract.figures.Figures.one;
import static org.newsfacts.extract.figures.Figures.surfaces;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranks: 第N, 第N位, distributed 第, English ordinals in rank contexts, table columns. */
class RankFigureTest {

    @Test
    void diNIsARank() {
        assertFigure(one("「深圳─香港─廣州」集群排名全球第一，打破過去五年蟬聯第二紀錄", "第一"), "1", FigureUnits.RANK, null);
    }

    @Test
    void weiBelongsToTheRank() {
        assertFigure(one("「深圳-香港-廣州」創新集群榮登全球第一位", "第一位"), "1", FigureUnits.RANK, null);
        assertEquals(List.of("第100位", "第98位"), surfaces("集群排名从2024年第100位升至第98位"));
    }

    @Test
    void diCarriesOverToTheNextNumber() {
        List<Figure> f = in("內地與香港管理的風投與私募基金規模在亞洲分別穩佔第一、二位");
        assertEquals(List.of("第一", "二位"), f.stream().map(Figure::surface).toList());
        assertFigure(f.get(1), "2", FigureUnits.RANK, null);
    }

    @Test
    void diBeforeACounterIsAnItemOfASeriesNotARank() {
        assertEquals(List.of(), surfaces("今年WIPO增加了第三個核心指標"));
        assertEquals(List.of(), surfaces("第二期工程"));
    }

    @Test
    void englishSuffixOrdinalsAreRanks() {
        assertFigure(one("Beijing (4th) and Shanghai–Suzhou (6th)", "4th"), "4", FigureUnits.RANK, null);
        assertFigure(one("placing it 56th among 133 surveyed regions", "56th"), "56", FigureUnits.RANK, null);
    }

    @Test
    void fromOneRankToAnother() {
        assertEquals(List.of("21st", "eighth"), surfaces("London in the UK leapt from 21st to eighth."));
    }

    @Test
    void anOrdinalWordIsARankOnlyInARankingContext() {
        assertFigure(one("After five years in second place, the cluster", "second"), "2", FigureUnits.RANK, null);
        assertFigure(one("with San Jose–San Francisco in third.", "third"), "3", FigureUnits.RANK, null);
        assertEquals(List.of(), surfaces("The first was the signing of a memorandum."));
    }

    @Test
    void anOrdinalBeforeANameIsPartOfTheName() {
        assertEquals(List.of(), surfaces("Beijing's 14th Five-Year Plan supports Hong Kong"));
    }

    @Test
    void bareNumbersUnderARankHeaderAreRanks() {
        List<Figure> f = in("2025年全球10大創新集群\n\n排名\n\n1\n 8\n 10\n\n深圳─香港─廣州");
        assertEquals(List.of("10大", "1", "8", "10"), f.stream().map(Figure::surface).toList());
        assertFigure(f.get(3), "10", FigureUnits.RANK, null);
    }

    @Test
    void numberOneAfterNoIsARank() {
        assertFigure(one("It ranked No. 1 in Asia", "1"), "1", FigureUnits.RANK, null);
    }

    @Test
    void aNumberWordAfterNumberAndBeforeSpotIsARank() {
        // dev2 26 (羊城晚報 English, 2026).
        assertFigure(one("Yin Hejun stated that the Shenzhen-Hong Kong-Guangzhou cluster has jumped to the number one spot "
                + "in the Top 100 Global Innovation Clusters ranking.", "one"), "1", FigureUnits.RANK, null);
    }

    @Test
    void wordRanksAreReportedOnlyWhenAskedFor() {
        String text = "深港穗集群躍升榜首";
        assertEquals(List.of(), surfaces(text));
        List<Figure> f = Figures.EXTRACTOR.withWordRanks(true).extract(text, FigureContext.HONG_KONG);
        assertEquals(1, f.size());
        assertFigure(f.get(0), "1", FigureUnits.RANK, null);
    }
}
