package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** A fraction in words as the share it states, in percent. */
class FractionShareTest {

    private static FigureReading read(String text, String written) {
        return FractionShare.read(Numerals.text(text), Numerals.numeral(text, written));
    }

    @Test
    void aCantoneseFractionIsAShare() {
        // 001 (數碼港): 三分一, a third, as Hong Kong writes it.
        FigureReading third = read("個加速器；三分一園區企業創辦人來自 26 個國家", "三分一");

        assertThat(third.unit()).isEqualTo(FigureUnits.PERCENT);
        assertThat(third.value()).isBetween(new BigDecimal("33.33"), new BigDecimal("33.34"));
    }

    @Test
    void aFractionWithZhiIsAShare() {
        // dev2 18 (科技日報, 2024).
        FigureReading fifth = read("两者合计几乎占据了全球专利申请量的五分之一,凸显了这些集群在全球创新体", "五分之一");

        assertThat(fifth.value()).isEqualByComparingTo(new BigDecimal("20"));
    }
}
