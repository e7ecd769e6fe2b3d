package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.number.Numeral;

import static org.assertj.core.api.Assertions.assertThat;

/** English ordinals and rank prefixes that state a place, and those that are dates or names. */
class EnglishRankTest {
    private static final EnglishRank RANKS = new EnglishRank(Numerals.LEXICON);
    /** dev2 26 (羊城晚报, 2025). */
    private static final String CORRIDOR = "On March 5th, at the \"Ministers' Corridor\" during the fourth session of the 14th "
            + "National People's Congress (NPC), Minister of Science and Technology Yin Hejun stated that the "
            + "Shenzhen-Hong Kong-Guangzhou cluster has jumped to the number one spot in the Top 100 Global Innovation "
            + "Clusters ranking.";

    private static boolean isRank(String text, String written) {
        return RANKS.isRank(Numerals.text(text), Numerals.numeral(text, written), null);
    }

    @Test
    void anOrdinalBeforeAPlaceWordIsAPlace() {
        // dev2 23 (The Star, 2024).
        assertThat(isRank("PUTRAJAYA: Malaysia has climbed to 33rd place out of 133 countries in the 2024 Global Innovation "
                + "Index (GII) with an overall score of 40.5.", "33rd")).isTrue();
    }

    @Test
    void anOrdinalNextToAMonthIsADay() {
        assertThat(isRank(CORRIDOR, "5th")).isFalse();
    }

    @Test
    void anOrdinalBeforeACapitalisedWordIsPartOfAName() {
        assertThat(isRank(CORRIDOR, "14th")).isFalse();
    }

    @Test
    void anOrdinalInBracketsBeforeTheNextItemOfAListIsAPlace() {
        // China Daily Asia, 2025: the capitalised word after "(5th)," names the next cluster, not what 5th numbers.
        assertThat(isRank("Other leading clusters in the top 10 include Seoul (5th), New York City (7th) and "
                + "Boston-Cambridge (9th).", "5th")).isTrue();
    }

    @Test
    void aNumberWordAfterARankPrefixIsPrefixed() {
        Numeral one = Numerals.numeral(CORRIDOR, "one");
        assertThat(RANKS.prefixed(Numerals.text(CORRIDOR), one)).isTrue();
    }
}
