package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.pipeline.Extractors;
import org.newsfacts.text.AnalyzedText;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim's edition, stated years and cut-off, each a field the period resolver decides, on sentences of the
 * development articles and dev2; and the period string written from them.
 */
class ClaimTimeTest {
    private static final Extractors EXTRACTORS = Extractors.load(Fixtures.MODELS);

    private static List<Claim> claims(String text, LocalDate published) {
        AnalyzedText analyzed = Fixtures.analyzer().analyze(text);
        return EXTRACTORS.extractAnalyzed("test.txt", "0".repeat(64), analyzed,
                new DocumentMetadata(null, null, published)).claims();
    }

    private static Claim claim(List<Claim> claims, String surface, String metric) {
        return claims.stream().filter(c -> c.surface().equals(surface) && c.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + metric + " claim of '" + surface + "' among "
                        + claims.stream().map(c -> c.metric() + " " + c.surface()).toList()));
    }

    @Test
    void aPlaceInTheEditionTheArticleNamesHasThatEditionAndNothingElse() {
        // corpus 000 (大公報).
        Claim first = claim(claims("公布《2025年全球創新指數》百強創新集群，「深圳─香港─廣州」集群排名全球第一，打破過去五年蟬聯第二紀錄。",
                null), "第一", "rank");
        assertThat(first.time()).isEqualTo(new ClaimTime("2025", null, null));
        assertThat(first.period()).isNull();
    }

    @Test
    void aStreakThatEndedGivesThePreviousPlaceTheYearsItSpansAndNoSingleEdition() {
        // corpus 000: 過去五年 in a 2025 report is 2020–2024.
        Claim second = claim(claims("公布《2025年全球創新指數》百強創新集群，「深圳─香港─廣州」集群排名全球第一，打破過去五年蟬聯第二紀錄。",
                null), "第二", "rank_previous");
        assertThat(second.time()).isEqualTo(new ClaimTime(null, "2020-2024", null));
        assertThat(second.period()).isEqualTo("2020-2024");
    }

    @Test
    void aCountInATopNHasItsArticlesEditionAndTheCutOffAsFieldsOfTheirOwn() {
        // dev2 15 (深圳新聞網, 28 August 2024).
        Claim three = claim(claims("在十大科技集群中,有七個位于亞洲,三個位于美國。", LocalDate.of(2024, 8, 28)),
                "三個", "clusters_in_top_n");
        assertThat(three.time()).isEqualTo(new ClaimTime("2024", null, "top10"));
        assertThat(three.period()).isEqualTo("top10");
    }

    @Test
    void aYearRangeTheSentenceStatesIsTheFiguresYearsBesideItsEdition() {
        // corpus 000: the venture capital deals of 2019–2023 in the 2025 edition.
        Claim share = claim(claims("2019年至2023年間，百強集群共吸引了近16.9萬筆風險資本交易，其中「聖何塞─三藩市」佔6.9%、紐約市佔4.5%和倫敦佔4.4%，遙遙領先。",
                LocalDate.of(2025, 9, 2)), "6.9%", "vc_share");
        assertThat(share.time()).isEqualTo(new ClaimTime("2025", "2019-2023", null));
        assertThat(share.period()).isEqualTo("2019-2023");
    }

    @Test
    void aYearPhraseAloneDatesAFigureNoEditionHolds() {
        // corpus 004: Hong Kong's IP receipts are no value of the index's edition, only of the year 2022.
        Claim receipts = claim(claims("In 2022, Hong Kong's IP revenues — from licensing and exports — amounted to just 0.1% "
                + "of its total trade in goods and services, placing it 56th among 133 surveyed regions worldwide.",
                LocalDate.of(2025, 9, 2)), "0.1%", "ip_receipts_share");
        assertThat(receipts.time()).isEqualTo(new ClaimTime(null, "2022", null));
        assertThat(receipts.period()).isEqualTo("2022");
    }

    @Test
    void aCountAfterAPreviousEditionCueHasTheEditionBefore() {
        // dev2 06 (香港中通社, 28 September 2023).
        List<Claim> claims = claims("特別值得一提的是,中國現擁有24個全球頂級科技集群,比去年的21個有所增加,成為擁有最多科技集群的國家。",
                LocalDate.of(2023, 9, 28));
        assertThat(claim(claims, "24", "clusters_in_top100").time()).isEqualTo(new ClaimTime("2023", null, null));
        assertThat(claim(claims, "21", "clusters_in_top100").time()).isEqualTo(new ClaimTime("2022", null, null));
        assertThat(claim(claims, "21", "clusters_in_top100").period()).isEqualTo("2022");
    }

    @Test
    void aMetricNotTiedToAnEditionHasNone() {
        // corpus 003: a park's occupancy is no value of the index.
        Claim occupancy = claim(claims("河套香港園區正式開園，首期入駐率約90%，二期擴容七成。", LocalDate.of(2025, 9, 2)),
                "90%", "occupancy_rate");
        assertThat(occupancy.time()).isEqualTo(ClaimTime.NONE);
    }

    @Test
    void thePeriodShowsTheEditionOnlyWhenItIsOlderThanTheOneReported() {
        ClaimTime top10 = new ClaimTime("2024", null, "top10");
        assertThat(top10.period("2024")).isEqualTo("top10");
        assertThat(top10.period("2025")).isEqualTo("2024 top10");
        assertThat(new ClaimTime("2024", null, null).period("2025")).isEqualTo("2024");
        assertThat(new ClaimTime("2025", null, null).period("2025")).isNull();
    }

    @Test
    void thePeriodIsTheStatedYearsWhateverTheEdition() {
        ClaimTime years = new ClaimTime("2024", "2019-2023", null);
        assertThat(years.period("2024")).isEqualTo("2019-2023");
        assertThat(years.period("2025")).isEqualTo("2019-2023");
    }

    @Test
    void aPeriodStringKnownAloneIsReadIntoTheSameParts() {
        // A gold claim or a reference row has only the string (corpus/gold, dev2 gold: "2024 top10", "top15").
        assertThat(ClaimTime.read("2024 top10")).isEqualTo(new ClaimTime("2024", null, "top10"));
        assertThat(ClaimTime.read("top15")).isEqualTo(new ClaimTime(null, null, "top15"));
        assertThat(ClaimTime.read("2019-2023")).isEqualTo(new ClaimTime(null, "2019-2023", null));
        assertThat(ClaimTime.read(null)).isEqualTo(ClaimTime.NONE);
    }

    @Test
    void thePartBeforeTheCutOffIsWhatThePeriodShows() {
        ClaimTime top10 = new ClaimTime("2024", null, "top10");
        assertThat(top10.when("2024 top10")).isEqualTo("2024");
        assertThat(top10.when("top10")).isNull();
        assertThat(top10.topN()).isEqualTo(10);
    }
}
