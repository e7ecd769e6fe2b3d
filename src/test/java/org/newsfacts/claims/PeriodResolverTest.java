package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.figures.Figure;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** When a figure holds: this edition or an earlier one, and which year (sentences from the development articles and dev2). */
class PeriodResolverTest {
    private static final PeriodResolver PERIODS = new PeriodResolver(Articles.LEXICON, new SubjectResolver(Articles.LEXICON));

    private static PeriodResolver.Timed timed(String text, LocalDate published, String figure, String metric, String subject) {
        BindContext cx = Articles.context(text, published);
        Figure f = Articles.figure(cx, figure);
        var sentence = Articles.sentence(cx, f);
        return PERIODS.timed(cx, f, sentence, metric, subject);
    }

    @Test
    void theFirstPlaceOfAFromToPairIsTheEditionBefores() {
        String text = "The change lifted the rankings of several US clusters, while London in the UK leapt from 21st to eighth.";
        assertThat(timed(text, LocalDate.of(2025, 9, 2), "21st", "rank", "London"))
                .isEqualTo(new PeriodResolver.Timed("rank_previous", new ClaimTime("2024", null, null), true));
        assertThat(timed(text, LocalDate.of(2025, 9, 2), "eighth", "rank", "London"))
                .isEqualTo(new PeriodResolver.Timed("rank", new ClaimTime("2025", null, null), false));
    }

    @Test
    void aStreakOfPastYearsDatesThePlaceBeforeThisEdition() {
        assertThat(timed("過去5年，深港穗集群排名一直位居第二，今年力壓東京-橫濱集群稱冠。", LocalDate.of(2025, 9, 2), "第二", "rank",
                "Shenzhen–Hong Kong–Guangzhou")).isEqualTo(new PeriodResolver.Timed("rank_previous", new ClaimTime(null, "2020-2024", null), true));
    }

    @Test
    void aYearAfterThePlaceIsThatEditions() {
        assertThat(timed("India was in the 46th position in 2021 and 81st in 2015.", LocalDate.of(2022, 9, 30), "81st",
                "gii_rank", "India")).isEqualTo(new PeriodResolver.Timed("gii_rank_previous", new ClaimTime("2015", null, null), true));
    }

    @Test
    void aCountAfterLastYearIsTheEditionBefores() {
        assertThat(timed("特別值得一提的是,中國現擁有24個全球頂級科技集群,比去年的21個有所增加。", LocalDate.of(2023, 9, 28), "21",
                "clusters_in_top100", "China")).isEqualTo(new PeriodResolver.Timed("clusters_in_top100", new ClaimTime("2022", null, null), true));
    }

    @Test
    void thePastValueOfAFromToPairThatIsNoPlaceMakesNoClaim() {
        assertThat(timed("十年間，香港初創企業從千餘家躍升至近4700家。", LocalDate.of(2025, 9, 2), "千余", "startups", "Hong Kong"))
                .isNull();
    }

    @Test
    void aStatedYearRangeBeforeTheFigureIsItsPeriod() {
        assertThat(timed("2019年至2023年間，百強集群共吸引了近16.9萬筆風險資本交易，其中「聖何塞─三藩市」佔6.9%。",
                LocalDate.of(2025, 9, 2), "6.9%", "vc_share", "San Jose–San Francisco").time()).isEqualTo(new ClaimTime("2025", "2019-2023", null));
    }

    @Test
    void aPlaceAfterAFromWordAndBeforeAToWordIsTheEarlierOneEvenWhenItMovedIntoACutoff() {
        assertThat(timed("最近几年,中国的排名稳定地从15名左右提升至跨入前10的门槛上。", LocalDate.of(2023, 9, 28), "15名",
                "gii_rank", "China").metric()).isEqualTo("gii_rank_previous");
    }

    @Test
    void lastYearOpeningTheSentenceDatesItsPlaceToTheEditionBefore() {
        assertThat(timed("去年,中国央媒还报道了中国排名达到第11位的新闻。", LocalDate.of(2023, 9, 28), "第11位", "gii_rank", "China"))
                .isEqualTo(new PeriodResolver.Timed("gii_rank_previous", new ClaimTime("2022", null, null), true));
    }

    @Test
    void thisYearAfterAnEarlierYearBringsThePlaceBackToTheReportedEdition() {
        // 江苏贸促 2022.
        assertThat(timed("其中,南京在全球“科技集群”排名中上升势头强劲,从2020年第21位、2021年第18位,跃升至今年的第13位。",
                LocalDate.of(2022, 9, 26), "第13位", "rank", "Nanjing"))
                .isEqualTo(new PeriodResolver.Timed("rank", new ClaimTime("2022", null, null), false));
    }
}
