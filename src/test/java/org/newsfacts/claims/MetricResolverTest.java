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
}
