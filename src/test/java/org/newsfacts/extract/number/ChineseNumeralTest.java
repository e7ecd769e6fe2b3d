package org.newsfacts.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.extract.number.Numerals.assertValue;
import static org.newsfacts.extract.number.Numerals.only;
import static org.newsfacts.extract.number.Numerals.texts;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Chinese numerals, alone and mixed with digits. */
class ChineseNumeralTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "二十四, 24",
        "兩, 2",
        "廿三, 23",
        "一千零五, 1005",
        "四百五, 450",
        "一万三, 13000",
        "百三, 130",
        "十六點九萬, 169000",
        "百億, 10000000000",
        "四億五千六百四十二萬零一十五, 456420015",
        "4.78萬億, 4780000000000",
        "壹佰伍拾, 150",
        "半百, 50"
    })
    void readsChineseNumerals(String text, String value) {
        assertValue(value, only(text, text));
    }

    @Test
    void readsDigitsWithChineseScales() {
        assertValue("169000", only("百強集群共吸引了近16.9萬筆風險資本交易", "16.9萬"));
        assertValue("120000000000", only("风险投资交易量(超1200亿美元)", "1200亿"));
        assertValue("34000", only("3万4000", "3万4000"));
    }

    @Test
    void readsAnAmountThatPdfSpacesBreakApart() {
        Numeral n = only("總投資額高達 25 億 9,700 萬港元", "25 億 9,700 萬");
        assertValue("2597000000", n);
    }

    @Test
    void doesNotJoinAnAmountToAYearAcrossASpace() {
        assertEquals(List.of("100亿", "2025"), texts("投资100亿 2025年"));
    }

    @Test
    void marksTheLowerBoundOfYuAndDuo() {
        Numeral n = only("香港初創企業從千餘家躍升至近4700家", "千餘");
        assertValue("1000", n);
        assertTrue(n.has(Numeral.OVER));
        assertValue("100000", only("十多万", "十多万"));
    }

    @Test
    void marksHedgesThatHaveNoValue() {
        assertTrue(only("數十項創科資助計劃全面鋪開", "數十").has(Numeral.HEDGE));
        assertTrue(only("二三十个百分点", "二三十个百分点").has(Numeral.HEDGE));
    }

    @Test
    void readsNoNumberInAReduplication() {
        assertTrue(texts("两两").isEmpty());
    }

    @Test
    void readsDigitStringsDigitByDigit() {
        Numeral year = only("二〇二五年", "二〇二五");
        assertValue("2025", year);
        assertTrue(year.has(Numeral.DIGIT_STRING));
    }

    @Test
    void readsAFormalNumeralOnlyNextToAnotherNumeral() {
        assertValue("460", only("肆佰陸拾", "肆佰陸拾"));
        assertTrue(texts("登陆部队已经上岸").isEmpty());
        assertTrue(texts("这是我的队伍").isEmpty());
    }

    @Test
    void skipsIdiomsItIsGiven() {
        NumeralScanner withIdioms = NumeralScanner.withIdioms(List.of("一切", "四川"));
        assertTrue(withIdioms.scan("作好一切战斗准备").isEmpty());
        assertEquals(1, withIdioms.scan("这不是四川这是五").size());
        assertFalse(Numerals.PLAIN.scan("作好一切战斗准备").isEmpty());
    }

    @Test
    void marksASingleCharacterNumeral() {
        assertTrue(only("中大有四所獲國家授牌的全國重點實驗室", "四").has(Numeral.SINGLE_HAN));
        assertFalse(only("二十四", "二十四").has(Numeral.SINGLE_HAN));
    }

    @Test
    void readsNegativeChineseNumbers() {
        assertValue("-32", only("负三十二", "负三十二"));
    }
}
