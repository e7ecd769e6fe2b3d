package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Words that state a place by themselves (榜首 = first), reported only when asked for. */
class WordRanksTest {
    private static final WordRanks WORD_RANKS = new WordRanks(Numerals.LEXICON);
    /** dev2 38 (2025). */
    private static final String TOP_OF_THE_TABLE = "其中,中国大陆以24个集群位居榜首,美国紧随其后拥有22个";

    @Test
    void aWordRankIsThePlaceItNames() {
        List<Figure> figures = new ArrayList<>();
        WORD_RANKS.addTo(TOP_OF_THE_TABLE, figures);
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.surface()).isEqualTo("榜首");
            assertThat(f.unit()).isEqualTo(FigureUnits.RANK);
            assertThat(f.value()).isEqualByComparingTo("1");
        });
    }

    @Test
    void aWordRankAFigureAlreadyCoversIsLeftAlone() {
        int at = TOP_OF_THE_TABLE.indexOf("榜首");
        Figure read = new Figure(at, at + 2, "榜首", java.math.BigDecimal.ONE, FigureUnits.RANK, null);
        List<Figure> figures = new ArrayList<>(List.of(read));
        WORD_RANKS.addTo(TOP_OF_THE_TABLE, figures);
        assertThat(figures).containsExactly(read);
    }
}
