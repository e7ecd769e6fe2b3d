package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.figures.Figure;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim record made once binding has decided (a sentence from corpus article 004). */
class ClaimFactoryTest {
    private static final String QUOTED = "數碼港主席陳細明表示︰「數碼港匯聚超過2,200間企業。」";

    @Test
    void aClaimCarriesTheFigureAndItsSentenceInTheArticlesOwnWords() {
        BindContext cx = Articles.context(QUOTED, LocalDate.of(2025, 9, 2));
        Figure f = Articles.figure(cx, "2,200");
        Claim c = ClaimFactory.claim(cx, f, "Cyberport", "companies", ClaimTime.NONE, null, Binding.CLAUSE, 0.9);
        assertThat(QUOTED.substring(c.start(), c.end())).isEqualTo(c.surface());
        assertThat(c.surface()).startsWith("2,200");
        assertThat(c.sentence()).contains("數碼港匯聚超過2,200間企業");
        assertThat(c.binding()).isEqualTo("same_clause");
    }

    @Test
    void aFigureInsideAQuoteIsSaidByItsSpeaker() {
        BindContext cx = Articles.context(QUOTED, LocalDate.of(2025, 9, 2));
        Claim c = ClaimFactory.claim(cx, Articles.figure(cx, "2,200"), "Cyberport", "companies", ClaimTime.NONE, null,
                Binding.CLAUSE, 0.9);
        assertThat(c.saidBy()).isEqualTo("陳細明");
    }

    @Test
    void confidenceIsClampedToOneAndKeptToTwoDecimals() {
        BindContext cx = Articles.context(QUOTED, LocalDate.of(2025, 9, 2));
        Figure f = Articles.figure(cx, "2,200");
        assertThat(ClaimFactory.claim(cx, f, "Cyberport", "companies", ClaimTime.NONE, null, Binding.CLAUSE, 0.9 - 0.2 - 0.15)
                .confidence()).isEqualTo(0.55);
        assertThat(ClaimFactory.claim(cx, f, "Cyberport", "companies", ClaimTime.NONE, null, Binding.CLAUSE, -0.3).confidence())
                .isEqualTo(0.0);
    }
}
