package org.newsfacts.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.extract.number.Numerals.assertValue;
import static org.newsfacts.extract.number.Numerals.only;
import static org.newsfacts.extract.number.Numerals.texts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English number words and ordinals. */
class EnglishNumeralTest {

    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "led by China with 24, the US with 22 and Germany with seven | seven | 7",
        "Twenty-one clusters | Twenty-one | 21",
        "one hundred and five | one hundred and five | 105",
        "fifty - two | fifty - two | 52",
        "The top 100 clusters are spread across 33 economies | 33 | 33",
        "exports fell to 2.48 billion | 2.48 billion | 2480000000",
        "three hundred and two dozens | three hundred and two dozens | 324",
        "two hundred point zero three | two hundred point zero three | 200.03",
        "ninety - five hundred | ninety - five hundred | 9500"
    })
    void readsCardinals(String sentence, String text, String value) {
        Numeral n = only(sentence, text);
        assertEquals(NumeralForm.CARDINAL, n.form());
        assertValue(value, n);
    }

    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "London in the UK leapt from 21st to eighth | 21st | 21",
        "London in the UK leapt from 21st to eighth | eighth | 8",
        "Beijing (4th) and Shanghai–Suzhou (6th) | 4th | 4",
        "twenty-first | twenty-first | 21",
        "one hundred twenty fifth | one hundred twenty fifth | 125"
    })
    void readsOrdinals(String sentence, String text, String value) {
        Numeral n = only(sentence, text);
        assertEquals(NumeralForm.ORDINAL, n.form());
        assertValue(value, n);
    }

    @Test
    void readsNoNumberInThePronounOne() {
        assertTrue(texts("The one you mentioned is invalid").isEmpty());
        assertEquals(1, texts("Let's try one last time").size());
    }

    @Test
    void readsNoNumberInAOrAnAlone() {
        assertTrue(texts("an event and a deal").isEmpty());
    }

    @Test
    void readsMinusAndNegative() {
        assertValue("-5", only("The answer is minus 5", "minus 5"));
        assertValue("-1", only("The answer is negative one", "negative one"));
    }

    @Test
    void readsOverAsAFractionOnlyAtTheEndOfASentence() {
        assertEquals(NumeralForm.FRACTION, only("2000 over 3", "2000 over 3").form());
        assertEquals(2, texts("I want to earn $2000 over 3 years").size());
    }
}
