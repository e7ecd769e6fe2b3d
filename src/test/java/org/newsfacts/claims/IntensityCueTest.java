package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.figures.Figure;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A per-head cue makes a place a ranking of its own in its sentence, and only scopes it from further back. */
class IntensityCueTest {
    private static final IntensityCue INTENSITY = new IntensityCue(Articles.LEXICON);

    private static MetricResolver.Intensity of(String text, LocalDate published, String written) {
        BindContext cx = Articles.context(text, published);
        Figure place = Articles.figure(cx, written);
        return INTENSITY.before(cx, place, Articles.sentence(cx, place));
    }

    @Test
    void aCueInThePlacesSentenceMakesItsOwnMetric() {
        // dev2 40 (2025).
        assertThat(of("在创新强度排名方面,\"深圳—香港—广州\"集群位居第45位。", LocalDate.of(2025, 9, 2), "第45位"))
                .isEqualTo(MetricResolver.Intensity.METRIC);
    }

    @Test
    void aCueInAnEarlierSentenceOfTheParagraphOnlyScopesThePlace() {
        // dev2 10 (2023).
        assertThat(of("不过如果按照人均来计算研发强度,美国对中国保持了优势。硅谷所在的旧金山-圣何塞地区,仅次于英国剑桥地区,排名全球第二。",
                LocalDate.of(2023, 9, 28), "第二")).isEqualTo(MetricResolver.Intensity.SCOPE);
    }

    @Test
    void aCueAfterThePlaceSaysNothingOfIt() {
        // dev2 03 (时代星报, 2022): 人口比例 opens the next sentence.
        assertThat(of("青岛在“科技集群”排名升至全国第9位、全球第34位,成为中国位次跃升最快的三个城市之一。就人口比例而言,"
                + "青岛的科技活动活跃度位于全国第7位、全球第50位。", LocalDate.of(2022, 9, 20), "第34位"))
                .isEqualTo(MetricResolver.Intensity.NONE);
    }
}
