package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Index scores: after "score of", or compared with such a score in the same sentence. */
class ScoreReaderTest {
    private static final ScoreReader SCORES = new ScoreReader(Numerals.LEXICON);
    /** dev2 24 (Free Malaysia Today, 2024). */
    private static final String LOWER_SCORE = "However, the World Intellectual Property Organization report gives Malaysia a "
            + "slightly lower score of 40.5 compared with last year's 40.9.";

    @Test
    void aNumberAfterScoreOfIsAScore() {
        assertThat(SCORES.isScore(Numerals.text(LOWER_SCORE), Numerals.numeral(LOWER_SCORE, "40.5"), null)).isTrue();
    }

    @Test
    void aNumberComparedWithAScoreIsAScore() {
        Figure first = Figures.one(LOWER_SCORE, "40.5");
        assertThat(SCORES.isScore(Numerals.text(LOWER_SCORE), Numerals.numeral(LOWER_SCORE, "40.9"), first)).isTrue();
    }

    @Test
    void aNumberWithNoScoreBeforeItIsNone() {
        assertThat(SCORES.isScore(Numerals.text(LOWER_SCORE), Numerals.numeral(LOWER_SCORE, "40.9"), null)).isFalse();
    }
}
