package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.number.Numeral;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole number alone in brackets: a count after the noun it counts, or after a name on a list of counts. */
class CountInBracketsTest {
    private static final CountInBrackets COUNTS = new CountInBrackets(Numerals.LEXICON);
    /** Círculo JPES, 2023 (circulojpes.com), as UnseenPatternsTest reads it whole. */
    private static final String LIST = "By country, China has the most innovation poles in the top 100 list, with 24, "
            + "followed by the United States (21) and Germany (9), while Japan, India, South Korea and Canada have four each.";

    /** Whether {@code written} is a count, the figures of the text before it read as the extractor reads them. */
    private static boolean holds(String text, String written) {
        Numeral x = Numerals.numeral(text, written);
        List<Figure> before = Figures.in(text).stream().filter(f -> f.end() <= x.start()).toList();
        return COUNTS.holds(Numerals.text(text), x, before);
    }

    @Test
    void aNumberInBracketsAfterTheNounItCountsIsACount() {
        // dev2 14 (National Law Review, 2023).
        assertThat(holds("In 2023, China has the most Science & Technology (S&T) clusters (24) ranked among the top "
                + "100, overtaking the United States", "24")).isTrue();
    }

    @Test
    void aNumberInBracketsAfterANameOnAListOfCountsIsACount() {
        assertThat(holds(LIST, "21")).isTrue();
        assertThat(holds(LIST, "9")).isTrue();
    }

    @Test
    void afterANameWithNothingCountedBeforeItIsNoCount() {
        // The same words, but the sentence's 24 not read: a name in brackets with a number is then a place or a code.
        Numeral x = Numerals.numeral(LIST, "21");
        assertThat(COUNTS.holds(Numerals.text(LIST), x, List.of())).isFalse();
    }

    @Test
    void aNumberNotInBracketsIsNone() {
        assertThat(holds(LIST, "24")).isFalse();
    }
}
