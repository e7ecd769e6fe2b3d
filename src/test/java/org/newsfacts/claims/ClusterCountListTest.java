package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.figures.Figure;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which list a count of clusters counts: the top 100, or the top N its sentence names. */
class ClusterCountListTest {
    private static final ClusterCountList LISTS = new ClusterCountList(Articles.LEXICON);
    private static final LocalDate AUGUST_2024 = LocalDate.of(2024, 8, 29);

    @Test
    void aTopNCutOffInTheSentenceMakesTheCountOneOfTheTopN() {
        // dev2 18 (快科技, 2024).
        BindContext cx = Articles.context("在顶尖的科技集群前十强中,亚洲占据七席,而美国则占据其余三席。", AUGUST_2024);
        Figure seven = Articles.figure(cx, "七席");
        assertThat(LISTS.topNCueInSentence(cx, seven, Articles.sentence(cx, seven))).isTrue();
    }

    @Test
    void aSentenceWithNoCutOffCountsTheTop100() {
        // dev2 18 (快科技, 2024): 百强 is the ranking itself.
        BindContext cx = Articles.context("快科技8月29日消息,据媒体报道,世界知识产权组织最新发布的《2024年全球创新指数》报告揭示了全球科技实力的"
                + "新格局,中国以傲人姿态蝉联百强科技集群榜首,坐拥26席,美国以20个科技集群紧随其后。", AUGUST_2024);
        Figure seats = Articles.figure(cx, "26");
        assertThat(LISTS.topNCueInSentence(cx, seats, Articles.sentence(cx, seats))).isFalse();
    }

    @Test
    void aPartitiveReachesTheCutOffOfTheSentenceBefore() {
        // dev2 04 (2022): "four of the top five ... One of the centers is in Japan, three in China".
        BindContext cx = Articles.context("According to the World Intellectual Property Organization (WIPO), four of the top five "
                + "science and technology centers in the world are located in East Asia. One of the centers is in Japan, "
                + "three in China and the fifth in the United States, according to a preview of the 2022 edition of the "
                + "WIPO World Innovation Index, which will be officially launched on September 29.", LocalDate.of(2022, 9, 30));
        Figure three = Articles.figure(cx, "three");
        assertThat(LISTS.topNCueInSentence(cx, three, Articles.sentence(cx, three))).isTrue();
    }
}
