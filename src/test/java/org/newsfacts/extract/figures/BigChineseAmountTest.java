package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** A Chinese numeral with a scale word and no counter: an amount of money, or a count. */
class BigChineseAmountTest {
    private static final BigChineseAmount AMOUNTS = new BigChineseAmount(Numerals.LEXICON);
    /** 003 (河套): the government's fund, named by its size. */
    private static final String FUND = "百億基金扶持新興創科產業";

    private static FigureReading read(String text, String written, String localCurrency) {
        return AMOUNTS.read(Numerals.text(text), Numerals.numeral(text, written), localCurrency);
    }

    @Test
    void beforeAMoneyNounItIsMoneyInTheLocalCurrency() {
        FigureReading fund = read(FUND, "百億", FigureContext.HONG_KONG.yuanCurrency());

        assertThat(fund.unit()).isEqualTo("HKD");
        assertThat(fund.value()).isEqualByComparingTo(new BigDecimal("10000000000"));
    }

    @Test
    void anOrderOfMagnitudeOfAnAmountIsMoney() {
        // 003 (河套).
        assertThat(read("特區政府持續加碼創科投入，推出百億級重磅扶持舉措", "百億級", "HKD").unit()).isEqualTo("HKD");
    }

    @Test
    void withNoLocalCurrencyItIsACount() {
        assertThat(read(FUND, "百億", null).unit()).isEqualTo(FigureUnits.COUNT);
    }

    @Test
    void aSmallChineseNumeralWithNoCounterIsNoFigure() {
        // 001 (數碼港): 五 of 五年間 is read with its counter, never alone.
        assertThat(read("在過去五年間專利申請的密度為每百萬人", "五", "HKD")).isNull();
    }
}
