package org.newsfacts.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.extract.number.Numerals.assertValue;
import static org.newsfacts.extract.number.Numerals.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Percentages in all their spellings, and fractions. */
class PercentAndFractionTest {

    @ParameterizedTest(name = "{1} in {0} = {2}%")
    @CsvSource({
        "專利使用率高達三成, 三成, 30",
        "首期入駐率9成, 9成, 90",
        "三成半, 三成半, 35",
        "七成 六, 七成 六, 76",
        "百分之十五, 百分之十五, 15",
        "千分之２．４, 千分之２．４, 0.24",
        "佔全球總量的2.4%, 2.4%, 2.4",
        "九折, 九折, 90",
        "75折, 75折, 75",
        "a preferential rate of 5 per cent, 5 per cent, 5",
        "240 percent, 240 percent, 240",
        "IP revenues amounted to just 0.1%, 0.1%, 0.1"
    })
    void readsPercentages(String sentence, String text, String value) {
        Numeral n = only(sentence, text);
        assertEquals(NumeralForm.PERCENT, n.form());
        assertValue(value, n);
    }

    @Test
    void readsPercentagePointsAsPercent() {
        Numeral n = only("出口增长2.4个百分点", "2.4个百分点");
        assertEquals(NumeralForm.PERCENT, n.form());
        assertTrue(n.has(Numeral.POINTS));
        assertValue("2.4", n);
        assertTrue(only("up 1.5 percentage points", "1.5 percentage points").has(Numeral.POINTS));
    }

    @Test
    void keepsTheBareNumberInsideAPercentage() {
        Numeral n = only("百分之五十五点五七九", "百分之五十五点五七九");
        assertEquals("五十五点五七九", n.numberText("百分之五十五点五七九"));
        assertEquals(0, n.number().compareTo(new java.math.BigDecimal("55.579")));
    }

    @Test
    void readsChineseFractions() {
        Numeral n = only("三分之一", "三分之一");
        assertEquals(NumeralForm.FRACTION, n.form());
        assertValue("0.33333333333333333333", n);
    }

    @Test
    void readsTheHongKongShortFraction() {
        Numeral n = only("三分一園區企業創辦人來自 26 個國家", "三分一");
        assertEquals(NumeralForm.FRACTION, n.form());
        assertTrue(n.has(Numeral.HAN_FRACTION));
    }

    @Test
    void aDenominatorWithALeadingDigitMakesAFractionNotAPercentage() {
        assertEquals(NumeralForm.FRACTION, only("一百分之二", "一百分之二").form());
        assertEquals(NumeralForm.PERCENT, only("百分之二", "百分之二").form());
    }

    @Test
    void readsEnglishFractions() {
        assertValue("0.66666666666666666667", only("two thirds", "two thirds"));
        assertValue("100.75", only("one hundred and three quarters", "one hundred and three quarters"));
        assertValue("1500000", only("one million and a half", "one million and a half"));
    }

    @Test
    void readsNoPercentageInWordsBuiltOnZhe() {
        assertTrue(Numerals.PLAIN.scan("折合2.48亿美元").stream().noneMatch(n -> n.form() == NumeralForm.PERCENT));
    }
}
