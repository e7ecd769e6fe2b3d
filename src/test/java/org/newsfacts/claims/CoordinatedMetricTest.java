package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A second metric joined to a figure's own by a list word in the phrase that says what the figure is. */
class CoordinatedMetricTest {
    private static final CoordinatedMetric COORDINATED = new CoordinatedMetric(Articles.LEXICON);
    private static final MetricResolver METRICS = new MetricResolver(Articles.LEXICON);
    private static final LocalDate SEPTEMBER_2025 = LocalDate.of(2025, 9, 20);
    /** dev2 36 (2025). */
    private static final String HEAD_OF_THE_TABLE = "这种变化直接重塑头部格局:深圳-香港-广州凭借9.0%的PCT全球份额(全球最高)和2.9%的风投占比,"
            + "首次超越东京-横滨(PCT占比10.3%但风投仅2.2%)夺冠;美国圣何塞-旧金山则靠6.9%的风投份额(全球第一)稳居第三,"
            + "其谷歌、斯坦福大学构成的“产学研投”生态,成为创新集群的标杆。";

    private static ClaimLexicon.MetricRule coordinated(BindContext cx, String written) {
        Figure figure = Articles.figure(cx, written);
        Span sentence = Articles.sentence(cx, figure);
        MetricResolver.Candidate own = METRICS.candidates(cx, figure, "%", sentence).get(0);
        return COORDINATED.of(cx, figure, own, sentence);
    }

    @Test
    void twoMetricPhrasesJoinedByAListWordBeforeAShareAreBothItsMetrics() {
        // dev2 38 (2025): the nearer phrase (风险投资) is its own, 专利申请 the one joined to it.
        BindContext cx = Articles.context("这100大集群共同占据了全球专利申请和风险投资活动的约70%,彰显了它们在塑造未来创新中的核心角色。",
                SEPTEMBER_2025);
        assertThat(coordinated(cx, "70%").metric()).isEqualTo("pct_share");
    }

    @Test
    void eachShareOfTwoJoinedByAListWordKeepsItsOwnMetric() {
        BindContext cx = Articles.context(HEAD_OF_THE_TABLE, SEPTEMBER_2025);
        assertThat(coordinated(cx, "9.0%")).isNull();
        assertThat(coordinated(cx, "2.9%")).isNull();
    }
}
