package org.newsfacts.extract.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which later speaker names are short forms of an earlier full one. */
class ShortFormTest {

    @Test
    void aSurnameAloneIsTheShortFormOfAnEnglishFullName() {
        // The Daily Updates 2022: "Daren Tang … said", later "Tang said".
        assertThat(QuoteExtractor.isShortFormOf("Tang", "Daren Tang")).isTrue();
    }

    @Test
    void partOfAWordIsNoShortForm() {
        assertThat(QuoteExtractor.isShortFormOf("an", "Daren Tan")).isFalse();
        assertThat(QuoteExtractor.isShortFormOf("Tang", "Datang")).isFalse();
    }

    @Test
    void aTransliteratedSurnameIsTheShortFormOfTheFullTransliteration() {
        // 科技日报 2024 writes 卡斯滕·芬克, 联合早报 2025 writes 芬克 after the title.
        assertThat(QuoteExtractor.isShortFormOf("芬克", "卡斯滕·芬克")).isTrue();
    }

    @Test
    void anOfficeWithoutItsPlaceIsTheShortFormInEitherScript() {
        assertThat(QuoteExtractor.isShortFormOf("特区政府发言人", "香港特區政府發言人")).isTrue();
    }
}
