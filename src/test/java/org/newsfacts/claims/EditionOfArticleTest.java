package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which edition of the index an article reports, from its wording and its date (dev2 sentences). */
class EditionOfArticleTest {
    private static final ClaimBinder BINDER = new ClaimBinder(ClaimLexicon.load(Fixtures.MODELS));

    @Test
    void theIndexNamedWithAYearIsTheEdition() {
        String text = Cue.lower("Malaysia has moved up three spots to 33rd in the Global Innovation Index (GII) 2024.");
        assertThat(BINDER.editionOf(text, LocalDate.of(2025, 1, 5))).isEqualTo("2024");
    }

    @Test
    void anArticleDatedBeforeTheReleaseMonthReportsTheYearBefore() {
        // dev2 26 (羊城晚报, 2026-03-06) names no edition; the 2025 ranking is the latest it can report.
        String text = "粤港澳大湾区国际科技创新中心建设成效显著";
        assertThat(BINDER.editionOf(text, LocalDate.of(2026, 3, 6))).isEqualTo("2025");
        assertThat(BINDER.editionOf(text, LocalDate.of(2025, 9, 16))).isEqualTo("2025");
    }

    @Test
    void withoutNameOrDateTheMostNamedYearIsTheEdition() {
        String text = Cue.lower("In 2022, India has added one more city - Chennai. In 2021 it had four; 2022 saw five.");
        assertThat(BINDER.editionOf(text, null)).isEqualTo("2022");
    }
}
