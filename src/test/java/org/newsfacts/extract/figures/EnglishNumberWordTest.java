package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** An English number word: a count from two up, a place after a rank prefix. */
class EnglishNumberWordTest {
    private static final EnglishNumberWord WORDS = new EnglishNumberWord(Numerals.LEXICON,
            new EnglishRank(Numerals.LEXICON));

    private static FigureReading read(String text, String written) {
        return WORDS.read(Numerals.text(text), Numerals.numeral(text, written));
    }

    @Test
    void aNumberWordFromTwoUpIsACount() {
        // dev2 11 (Arete News, 2023).
        FigureReading nine = read("Germany, with nine clusters, is the nation with the third most", "nine");

        assertThat(nine.unit()).isEqualTo(FigureUnits.COUNT);
        assertThat(nine.value()).isEqualByComparingTo(new BigDecimal("9"));
    }

    @Test
    void oneIsNoCount() {
        // dev2 21 (Focus Taiwan, 2024): "one of", a member of a set.
        assertThat(read("As one of the three science parks in Taiwan, the Hsinchu Science Park houses", "one"))
                .isNull();
    }

    @Test
    void aNumberWordAfterARankPrefixBeforeAPlaceWordIsAPlace() {
        // dev2 26 (羊城晚報 PEARL, 2025).
        FigureReading first = read("the Shenzhen-Hong Kong-Guangzhou cluster has jumped to the number one spot in the "
                + "Top 100", "one");

        assertThat(first.unit()).isEqualTo(FigureUnits.RANK);
        assertThat(first.value()).isEqualByComparingTo(BigDecimal.ONE);
    }
}
