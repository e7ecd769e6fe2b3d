package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** 第N: a place, or an item of a series where a counter follows it. */
class ChineseOrdinalTest {
    private static final ChineseOrdinal ORDINALS = new ChineseOrdinal(Numerals.LEXICON);

    private static FigureReading read(String text, String written) {
        return ORDINALS.read(Numerals.text(text), Numerals.numeral(text, written));
    }

    @Test
    void aRankCounterBelongsToThePlace() {
        // 002 (中通社, 2025).
        String text = "与此同时,“澳门-珠海”集群排名从2024年第100位升至第98位,粤港澳三";
        FigureReading place = read(text, "第98");

        assertThat(text.substring(place.start(), place.end())).isEqualTo("第98位");
        assertThat(place.value()).isEqualByComparingTo(new BigDecimal("98"));
        assertThat(place.unit()).isEqualTo(FigureUnits.RANK);
    }

    @Test
    void anOrdinalWithNoCounterIsAPlace() {
        // 000 (大公報).
        String text = "集群排名升至全球第一，本地多間大";
        FigureReading place = read(text, "第一");

        assertThat(text.substring(place.start(), place.end())).isEqualTo("第一");
    }

    @Test
    void aCounterMakesItAnItemOfASeries() {
        // 004 (明報): the third of the index's core indicators, not a third place.
        assertThat(read("不過今年WIPO增加了第三個核心指標，即風險資本", "第三")).isNull();
    }

    @Test
    void aYearCounterMakesItTheNthYear() {
        // dev2 17 (新華社, 2024): 连续第二年, the second year running.
        assertThat(read("中国的全球百强科技创新集群数量连续第二年位居世界第一", "第二")).isNull();
    }
}
