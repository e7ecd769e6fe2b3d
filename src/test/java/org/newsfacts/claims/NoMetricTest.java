package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.figures.Figure;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures that state no metric of any subject, whatever phrase stands near them. */
class NoMetricTest {
    private static final NoMetric NO_METRIC = new NoMetric(Articles.LEXICON);

    @Test
    void aCountPickedOutByASuperlativeStatesNoMetric() {
        // dev2 10 (2023).
        BindContext cx = Articles.context("全球排名提升幅度最大的三个集群,也都位于中国,除了新晋的镇江、无锡,还有政府基金的“宠儿”合肥,"
                + "它们都较去年上升了10多名。", LocalDate.of(2023, 9, 28));
        Figure three = Articles.figure(cx, "三个");
        assertThat(NO_METRIC.picksMembers(cx, three, Articles.sentence(cx, three))).isTrue();
    }

    @Test
    void aCountPickedOutAfterASuperlativeAndIsStatesNoMetric() {
        // dev2 02 (中國新聞網, 2022).
        BindContext cx = Articles.context("與前一年相比,2022年集群排名中增幅最大的是三個中國集群——鄭州(上升15位)、青島(上升12位)和廈門(上升12位)。",
                LocalDate.of(2022, 9, 19));
        Figure three = Articles.figure(cx, "三个");
        assertThat(NO_METRIC.stated(cx, three, "count", Articles.sentence(cx, three))).isTrue();
    }

    @Test
    void aCountOfItsOwnAfterASuperlativeFurtherBackStatesItsMetric() {
        // dev2 06 (2023): 最多 stands before, but 24 is China's own count, not picked out by a 的 phrase.
        BindContext cx = Articles.context("特別值得一提的是,中國現擁有24個全球頂級科技集群,比去年的21個有所增加,成為擁有最多科技集群的國家。",
                LocalDate.of(2023, 9, 28));
        Figure count = Articles.figure(cx, "24");
        assertThat(NO_METRIC.stated(cx, count, "count", Articles.sentence(cx, count))).isFalse();
    }

    @Test
    void anOrdinalBeforeATierWordNamesATier() {
        // corpus 003's headline.
        BindContext cx = Articles.context("興創科 躋身全球創新第一梯隊", LocalDate.of(2025, 9, 2));
        assertThat(NO_METRIC.namesATier(cx, Articles.figure(cx, "第一"))).isTrue();
    }

    @Test
    void aShareAfterARateWordNoMetricNamesIsThatRate() {
        // dev2 03 (时代星报, 2022): an accuracy, though 专利申请 (a PCT share's phrase) stands earlier.
        BindContext cx = Articles.context("科技集群是通过分析专利申请活动和所发表的科技文章来确立的,对世界上发明人和科学作者最集中的地理区域"
                + "进行梳理,准确率达96%。", LocalDate.of(2022, 9, 20));
        Figure share = Articles.figure(cx, "96%");
        assertThat(NO_METRIC.rateOfAnotherThing(cx, share, Articles.sentence(cx, share))).isTrue();
    }

    @Test
    void aShareAfterAMetricsOwnPhraseIsNoOtherRate() {
        // corpus 002: a share of the world's publications.
        BindContext cx = Articles.context("科研产出上,SCIE论文发表量占全球2.4%,高校科研实力强劲;", LocalDate.of(2025, 9, 18));
        Figure share = Articles.figure(cx, "2.4%");
        assertThat(NO_METRIC.stated(cx, share, "%", Articles.sentence(cx, share))).isFalse();
    }
}
