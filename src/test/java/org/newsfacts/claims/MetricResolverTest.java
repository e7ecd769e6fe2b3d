package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which metric a figure states, read from the phrases beside it (sentences from the development articles and dev2). */
class MetricResolverTest {
    private static final MetricResolver METRICS = new MetricResolver(Articles.LEXICON);
    private static final LocalDate SEPTEMBER_2025 = LocalDate.of(2025, 9, 2);

    private static List<String> metrics(String text, String figure) {
        BindContext cx = Articles.context(text, SEPTEMBER_2025);
        Figure f = Articles.figure(cx, figure);
        return METRICS.candidates(cx, f, Articles.LEXICON.unitGroup(f.unit()), Articles.sentence(cx, f)).stream()
                .map(c -> c.rule().metric()).toList();
    }

    @Test
    void theNearestPhraseBeforeAShareNamesItsMetric() {
        assertThat(metrics("「深圳─香港─廣州」集群的科學論文發表量佔全球總量的2.4%。", "2.4%")).first().isEqualTo("pub_share");
    }

    @Test
    void aCountTakesTheNounAfterItsCounterWord() {
        assertThat(metrics("數碼港匯聚超過 2,200 間企業，包括 5 間上市公司及 7 間獨角獸企業。", "7")).first()
                .isEqualTo("unicorns");
    }

    @Test
    void anEnglishShareTakesWhatItIsOf() {
        assertThat(metrics("The cluster accounts for 12% of global PCT applications.", "12%")).first().isEqualTo("pct_share");
    }

    @Test
    void aCountWithANounOfItsOwnDoesNotTakeThePhraseBeforeIt() {
        assertThat(metrics("《全球創新指數》集群排行榜通過三項核心指標識別世界級創新活動。", "三项")).isEmpty();
    }

    @Test
    void aCountPickedOutByASuperlativeStatesNoMetric() {
        BindContext cx = Articles.context("全球排名提升幅度最大的三个集群,也都位于中国,除了新晋的镇江、无锡,还有合肥。", SEPTEMBER_2025);
        Figure three = Articles.figure(cx, "三个");
        assertThat(METRICS.statesNoMetric(cx, three, "count", Articles.sentence(cx, three))).isTrue();
    }

    @Test
    void aPlaceInARegionIsNotTheIndexRank() {
        BindContext cx = Articles.context("而香港的排名在亞洲保持第五位、在全球132個經濟體中排名第17位。", LocalDate.of(2023, 9, 28));
        Figure fifth = Articles.figure(cx, "第五位");
        Figure seventeenth = Articles.figure(cx, "第17位");
        assertThat(METRICS.inSubranking(cx, fifth, Articles.sentence(cx, fifth))).isTrue();
        assertThat(METRICS.inSubranking(cx, seventeenth, Articles.sentence(cx, seventeenth))).isFalse();
    }

    @Test
    void anIntensityCueInThePlacesSentenceMakesItsOwnMetric() {
        BindContext cx = Articles.context("在创新强度排名方面,\"深圳—香港—广州\"集群位居第45位。", SEPTEMBER_2025);
        Figure place = Articles.figure(cx, "第45位");
        Span sentence = Articles.sentence(cx, place);
        assertThat(METRICS.intensity(cx, place, sentence)).isEqualTo(MetricResolver.Intensity.METRIC);
    }

    @Test
    void moneyIsAnyCurrencyTheFigureStageReads() {
        assertThat(Articles.LEXICON.unitGroup("HKD")).isEqualTo("money");
        assertThat(Articles.LEXICON.unitGroup("SGD")).isEqualTo("money");
        assertThat(Articles.LEXICON.unitGroup("rank")).isEqualTo("rank");
        assertThat(Articles.LEXICON.unitGroup("year")).isNull();
    }

    @Test
    void aScopeWordSpeaksOfThePlaceInItsOwnClauseOnly() {
        // dev2 03 (时代星报, 2022): 全国 scopes 第9位; 全球 after the 、 scopes 第34位.
        String text = "青岛在“科技集群”排名升至全国第9位、全球第34位,成为中国位次跃升最快的三个城市之一。";
        assertThat(metrics(text, "第9位")).first().isEqualTo("rank_in_economy");
        assertThat(metrics(text, "第34位")).first().isEqualTo("rank");
    }

    @Test
    void aPlaceInBracketsAfterAnIndicatorsNameIsNoPlaceInTheRanking() {
        // dev2 05 (Fortune India, 2022).
        BindContext cx = Articles.context("India holds top rankings in other indicators, including venture capital recipients' "
                + "value (6th), finance for startups and scaleups (8th).", LocalDate.of(2022, 9, 30));
        Figure sixth = Articles.figure(cx, "6th");
        MetricResolver.Candidate rank = METRICS.candidates(cx, sixth, "rank", Articles.sentence(cx, sixth)).get(0);
        assertThat(METRICS.placeInAnotherRanking(cx, sixth, rank, Articles.sentence(cx, sixth))).isTrue();
    }

    @Test
    void aPlaceHeldInARegionIsNoPlaceInTheRanking() {
        // dev2 07 (中新社, 2023).
        BindContext cx = Articles.context("“深圳--香港--廣州”科技集羣連續四年蟬聯全球第二位,而香港的排名在亞洲保持第五位。",
                LocalDate.of(2023, 9, 28));
        Figure fifth = Articles.figure(cx, "第五位");
        Figure second = Articles.figure(cx, "第二位");
        MetricResolver.Candidate rank = METRICS.candidates(cx, fifth, "rank", Articles.sentence(cx, fifth)).get(0);
        assertThat(METRICS.placeInAnotherRanking(cx, fifth, rank, Articles.sentence(cx, fifth))).isTrue();
        MetricResolver.Candidate rank2 = METRICS.candidates(cx, second, "rank", Articles.sentence(cx, second)).get(0);
        assertThat(METRICS.placeInAnotherRanking(cx, second, rank2, Articles.sentence(cx, second))).isFalse();
    }

    @Test
    void anOrdinalBeforeLargestRanksTheNounAfterIt() {
        // dev2 12 (Verdict, 2023): a place among carmakers, not Tokyo–Yokohama's in the ranking.
        BindContext cx = Articles.context("Further south, Nissan’s headquarters are located in Yokohama, the major economic, "
                + "cultural, and commercial hub for the Tokyo Commercial Area. Nissan was the 9th largest automotive "
                + "manufacturer in the world in 2022, with a revenue of $78bn.", LocalDate.of(2023, 9, 28));
        Figure ninth = Articles.figure(cx, "9th");
        MetricResolver.Candidate rank = METRICS.candidates(cx, ninth, "rank", Articles.sentence(cx, ninth)).get(0);
        assertThat(METRICS.placeInAnotherRanking(cx, ninth, rank, Articles.sentence(cx, ninth))).isTrue();
    }

    @Test
    void anOrdinalBeforeLargestAndAClusterWordIsAPlaceInTheRanking() {
        // dev2 21 (Focus Taiwan, 2024).
        BindContext cx = Articles.context("Taipei-Hsinchu ranked as the 25th largest science and technology (S&T) cluster in "
                + "the world in 2024.", LocalDate.of(2024, 8, 28));
        Figure place = Articles.figure(cx, "25th");
        MetricResolver.Candidate rank = METRICS.candidates(cx, place, "rank", Articles.sentence(cx, place)).get(0);
        assertThat(METRICS.placeInAnotherRanking(cx, place, rank, Articles.sentence(cx, place))).isFalse();
    }

    @Test
    void theEconomiesAnEditionRanksAreCountedBeforeAmong() {
        // dev2 31 (香港01, 2025).
        assertThat(metrics("陳茂波在社交網站表示，在139個被評核的經濟體中，香港在多個分項表現突出。", "139")).first().isEqualTo("economies_ranked");
    }
}
