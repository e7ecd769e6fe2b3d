package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A second place that shares the 第 of the first: 第一、二位. */
class DistributedRankTest {
    private static final DistributedRank RANKS = new DistributedRank(Numerals.LEXICON);

    private static FigureReading read(String text, String written) {
        return RANKS.read(Numerals.text(text), Numerals.all(text), Numerals.index(text, written));
    }

    @Test
    void theSecondNumberSharesTheFirstsOrdinalAndTakesTheRankCounter() {
        // 001 (數碼港): two places in one 第.
        String text = "港管理的風投與私募基金規模在亞洲分別穩佔第一、二位，「深圳-香港-廣州」";
        FigureReading second = read(text, "二");

        assertThat(second.unit()).isEqualTo(FigureUnits.RANK);
        assertThat(text.substring(second.start(), second.end())).isEqualTo("二位");
    }

    @Test
    void aNumberAfterACardinalSharesNoOrdinal() {
        // dev2 02 (中國新聞網, 2022): 日本1個、中國2個 are counts listed, not places.
        assertThat(read("有4個位於東亞,其中日本1個、中國2個、韓國1個,第五個在美國。", "2")).isNull();
    }

    @Test
    void theFirstNumeralOfATextHasNoOrdinalBeforeIt() {
        assertThat(read("二位", "二")).isNull();
    }
}
