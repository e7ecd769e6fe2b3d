package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator asks its tools in turn (each has its own test: NearestMetricsTest, NoMetricTest,
 * AnotherRankingTest, ClusterCountListTest, CoordinatedMetricTest, IntensityCueTest, CountedNounTest,
 * LocativeCueTest); these tests read a whole sentence through it as the binder does.
 */
class MetricResolverTest {
    private static final MetricResolver METRICS = new MetricResolver(Articles.LEXICON);

    @Test
    void moneyIsAnyCurrencyTheFigureStageReads() {
        assertThat(Articles.LEXICON.unitGroup("HKD")).isEqualTo("money");
        assertThat(Articles.LEXICON.unitGroup("SGD")).isEqualTo("money");
        assertThat(Articles.LEXICON.unitGroup("rank")).isEqualTo("rank");
        assertThat(Articles.LEXICON.unitGroup("year")).isNull();
    }

    @Test
    void theNearestMetricOfAPlaceHeldInARegionIsDroppedAsAnotherRanking() {
        // dev2 07 (中新社, 2023): 第二位 is the cluster's place in the ranking, 第五位 Hong Kong's in Asia.
        BindContext cx = Articles.context("“深圳--香港--廣州”科技集羣連續四年蟬聯全球第二位,而香港的排名在亞洲保持第五位。",
                LocalDate.of(2023, 9, 28));
        Figure fifth = Articles.figure(cx, "第五位");
        Figure second = Articles.figure(cx, "第二位");
        assertThat(METRICS.placeInAnotherRanking(cx, fifth, first(cx, fifth), Articles.sentence(cx, fifth))).isTrue();
        assertThat(METRICS.placeInAnotherRanking(cx, second, first(cx, second), Articles.sentence(cx, second))).isFalse();
    }

    @Test
    void aShareOfTwoJoinedMetricsReadsTheNearerAndTheOneJoinedToIt() {
        // dev2 38 (2025): a share of the world's patent applications and one of its venture capital deals.
        BindContext cx = Articles.context("这100大集群共同占据了全球专利申请和风险投资活动的约70%,彰显了它们在塑造未来创新中的核心角色。",
                LocalDate.of(2025, 9, 20));
        Figure share = Articles.figure(cx, "70%");
        MetricResolver.Candidate metric = first(cx, share);
        assertThat(metric.rule().metric()).isEqualTo("vc_share");
        assertThat(METRICS.coordinated(cx, share, metric, Articles.sentence(cx, share)).metric()).isEqualTo("pct_share");
    }

    private static MetricResolver.Candidate first(BindContext cx, Figure figure) {
        Span sentence = Articles.sentence(cx, figure);
        return METRICS.candidates(cx, figure, Articles.LEXICON.unitGroup(figure.unit()), sentence).get(0);
    }
}
