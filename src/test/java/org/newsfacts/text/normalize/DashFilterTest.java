package org.newsfacts.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashFilterTest {
    private final DashFilter dashes = new DashFilter();

    @Test
    void aRunOfDashesBetweenTwoNamesBecomesOneHyphenMappedToTheWholeRun() {
        Normalized n = dashes.filter("深圳──香港");
        assertThat(n.text()).isEqualTo("深圳-香港");
        assertThat(n.sourceStart(2)).isEqualTo(2);
        assertThat(n.sourceEnd(2)).isEqualTo(4);
        assertThat(n.sourceStart(3)).as("the character after the run").isEqualTo(4);
    }

    @Test
    void theFigureDashJoinsWordsLikeTheOthers() {
        assertThat(dashes.filter("Shenzhen‒Hong Kong").text()).isEqualTo("Shenzhen-Hong Kong");
    }

    @Test
    void aClauseDashBesideASpaceIsLeftAsWritten() {
        assertThat(dashes.filter("the ranking — published on Tuesday — shows").text())
                .isEqualTo("the ranking — published on Tuesday — shows");
    }

    @Test
    void theFullWidthHyphenMinusIsAHyphenEvenBesideASpace() {
        assertThat(dashes.filter("增長 －3%").text()).isEqualTo("增長 -3%");
    }

    @Test
    void everyDashBecomesAHyphenWhereverItStandsOneForOne() {
        assertThat(DashFilter.everyDash().apply("the ranking — published ─ shows 深圳──香港"))
                .isEqualTo("the ranking - published - shows 深圳--香港");
    }
}
