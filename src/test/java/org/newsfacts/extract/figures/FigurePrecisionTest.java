package org.newsfacts.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.extract.figures.Figures.one;

import org.junit.jupiter.api.Test;

/** A figure carries how precisely its number was written, in the figure's own units. */
class FigurePrecisionTest {

    @Test
    void aCountScaledBy萬IsPreciseToItsLastDigitAtThatScale() {
        assertThat(one("2023年間，百強集群共吸引了近16.9萬筆風險投資交易", "16.9萬").step())
                .isEqualByComparingTo("1000");
    }

    @Test
    void aShareKeepsTheDecimalItWasWrittenWith() {
        assertThat(one("深圳-香港-广州凭借9.0%的PCT全球份额(全球最高)", "9.0%").step()).isEqualByComparingTo("0.1");
    }

    @Test
    void moneyIsPreciseInItsCurrency() {
        assertThat(one("總投資額高達25億9,700萬港元", "25億9,700萬港元").step()).isEqualByComparingTo("10000");
    }

    @Test
    void aFractionReadAsAShareIsExact() {
        assertThat(one("两者合计几乎占据了全球专利申请量的五分之一,凸显了这些集群", "五分之一").step()).isZero();
    }
}
