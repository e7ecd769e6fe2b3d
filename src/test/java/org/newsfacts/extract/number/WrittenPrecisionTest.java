package org.newsfacts.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * How precisely a number was written ({@link Numeral#step()}): one unit of its last written digit, in the units
 * of its value. The reconciler turns it into the rounding range of a figure (16.9萬 stands for 168,500–169,500).
 */
class WrittenPrecisionTest {

    private static BigDecimal step(String sentence, String numeral) {
        return Numerals.only(sentence, numeral).step();
    }

    @Test
    void aPercentageIsPreciseToItsLastDecimal() {
        assertThat(step("深圳-香港-广州凭借9.0%的PCT全球份额(全球最", "9.0%")).isEqualByComparingTo("0.1");
        assertThat(step("纽约市(美国)集群占比6.769%,伦敦(英国)集群占比5.66%", "6.769%")).isEqualByComparingTo("0.001");
    }

    @Test
    void aWholePercentageIsPreciseToOnePoint() {
        assertThat(step("共同占据了全球专利申请和风险投资活动的约70%,彰显了", "70%")).isEqualByComparingTo("1");
    }

    @Test
    void digitsBeforeAChineseScaleArePreciseToTheirLastDigitAtThatScale() {
        assertThat(step("2023年間，百強集群共吸引了近16.9萬筆風險投資", "16.9萬")).isEqualByComparingTo("1000");
        assertThat(step("风险投资交易量(超1200亿美元)", "1200亿")).isEqualByComparingTo("100000000");
    }

    @Test
    void aSecondGroupOfDigitsSetsThePrecisionOfAMixedNumber() {
        assertThat(step("總投資額高達25億9,700萬港元", "25億9,700萬")).isEqualByComparingTo("10000");
    }

    @Test
    void aNumberInChineseWordsIsPreciseToItsLastNonZeroPlace() {
        assertThat(step("100億港元創科產業引導基金，即百億港元基金", "百億")).isEqualByComparingTo("1e10");
        assertThat(step("今年被列為高創新、高收入的前十名國家依序為:瑞士、瑞典", "十")).isEqualByComparingTo("10");
    }

    @Test
    void tenthsArePreciseToTenPoints() {
        assertThat(step("整體樓面面積較原規劃擴容七成", "七成")).isEqualByComparingTo("10");
    }

    @Test
    void digitsBeforeAnEnglishScaleArePreciseAtThatScale() {
        assertThat(step("To date, Guangdong has allocated over 600 million yuan in provincial funds",
                "600 million")).isEqualByComparingTo("1000000");
    }

    @Test
    void aCountWrittenInFullIsPreciseToOne() {
        assertThat(step("每百萬人2303個", "2303")).isEqualByComparingTo("1");
    }

    @Test
    void aFractionStatesItsValueExactly() {
        assertThat(step("两者合计几乎占据了全球专利申请量的五分之一,凸显了", "五分之一")).isZero();
    }
}
