package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.figures.Figure;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a figure is about once its metric is known (sentences from the development articles and dev2). */
class SubjectResolverTest {
    private static final SubjectResolver SUBJECTS = new SubjectResolver(Articles.LEXICON);
    private static final MetricResolver METRICS = new MetricResolver(Articles.LEXICON);

    private static SubjectResolver.Bound bound(String text, LocalDate published, String figure) {
        BindContext cx = Articles.context(text, published);
        Figure f = Articles.figure(cx, figure);
        var sentence = Articles.sentence(cx, f);
        var metric = METRICS.candidates(cx, f, Articles.LEXICON.unitGroup(f.unit()), sentence).get(0);
        return SUBJECTS.subjectsFor(cx, f, metric.rule(), sentence);
    }

    private static List<String> ids(SubjectResolver.Bound bound) {
        return bound.subjects().stream().map(SubjectHit::id).toList();
    }

    @Test
    void theSubjectBeforeTheFigureInItsClauseIsSure() {
        // A paragraph after the headline: the headline's own figures are bound as such.
        SubjectResolver.Bound b = bound("全球創新指數公布\n\n「深圳─香港─廣州」集群的科學論文發表量佔全球總量的2.4%。", LocalDate.of(2025, 9, 2), "2.4%");
        assertThat(ids(b)).containsExactly("Shenzhen–Hong Kong–Guangzhou");
        assertThat(b.binding()).isEqualTo(Binding.CLAUSE);
    }

    @Test
    void afterRespectivelyTheIthFigureIsTheIthSubjects() {
        String text = "今年全球百強創新集群分佈於33個經濟體。當中以中國最多，合計24個，美國及德國分別有22個和7個。";
        assertThat(ids(bound(text, LocalDate.of(2025, 9, 2), "7"))).containsExactly("Germany");
        assertThat(bound(text, LocalDate.of(2025, 9, 2), "22").binding()).isEqualTo(Binding.LIST);
    }

    @Test
    void oneFigureWithEachGoesToEverySubjectListedBeforeIt() {
        assertThat(ids(bound("在中國和美國之后,德國排第三,有10個科技集群,日本有5個,法國、加拿大、印度和韓國各有3個。",
                LocalDate.of(2022, 9, 30), "3"))).containsExactly("France", "Canada", "India", "Republic of Korea");
    }

    @Test
    void whatFollowsTheCopulaIsWhatThePlaceIsOf() {
        assertThat(ids(bound("今年力壓東京-橫濱集群稱冠，排第三的是聖荷西-三藩市集群。", LocalDate.of(2025, 9, 2), "第三")))
                .containsExactly("San Jose–San Francisco");
    }

    @Test
    void aPlaceAfterARivalIsTheOvertakersNotTheRivals() {
        assertThat(ids(bound("中国北京更是实现了历史性跨越,超越韩国首尔,跃居第三,展现了首都科技创新的强劲实力。",
                LocalDate.of(2024, 9, 30), "第三"))).containsExactly("Beijing");
    }

    @Test
    void aParksFirstPhaseIsNamedByTheModelsPhaseWords() {
        assertThat(ids(bound("河套香港園區正式開園。園區首期入駐企業超60家、出租率達八成。", LocalDate.of(2025, 9, 2), "60")))
                .containsExactly("Hong Kong Park of the Loop (phase 1)");
    }

    @Test
    void aPlaceBesideOnlyThePlacesItOvertookIsTheSubjectOfTheSentenceBefore() {
        // dev2 03 (时代星报, 2022).
        assertThat(ids(bound("2019年以来,青岛在全球“最佳科技集群”排名中实现三级跳。国内排名从第11升至第9位(超越天津和长沙)。",
                LocalDate.of(2022, 7, 20), "第9位"))).containsExactly("Qingdao");
    }

    @Test
    void theRankingsListsAreThoseOfTheEditionTheArticleReports() {
        // dev2 36 (2025) names the top 10 beside the top 100; a 2022 report's top 100 is the 2022 edition's.
        assertThat(ids(bound("前100强集群贡献了全球70%的国际专利申请,而前10强更是垄断了40%的PCT申请和35%的风投交易。",
                LocalDate.of(2025, 9, 16), "40%"))).containsExactly("GII 2025 top 10");
        BindContext cx = Articles.context("2019年至2023年間，百強集群共吸引了近16.9萬筆風險資本交易。", LocalDate.of(2022, 9, 30));
        assertThat(cx.subjects).extracting(SubjectHit::id).contains("GII 2022 top 100");
    }

    @Test
    void anEconomysPlaceAfterTheSentenceMovedFromTheIndexToClustersIsNoGiiPlace() {
        // dev2 01 (觀察者網, 2022): tied first by number of clusters, not the United States' place in the GII.
        BindContext cx = Articles.context("當地時間14日,聯合國下屬的世界知識產權組織(WIPO)提前發布了2022年“全球創新指數”報告的部分內容——"
                + "“全球百大科技集群排名”,其中顯示中國擁有21個世界領先的科技集群,在數量上首次追平美國,并列世界第一。",
                LocalDate.of(2022, 7, 15));
        Figure first = Articles.figure(cx, "第一");
        var sentence = Articles.sentence(cx, first);
        var giiRank = METRICS.candidates(cx, first, "rank", sentence).stream()
                .filter(c -> c.rule().metric().equals("gii_rank")).findFirst().orElseThrow();
        assertThat(SUBJECTS.subjectsFor(cx, first, giiRank.rule(), sentence).subjects()).isEmpty();
    }

    @Test
    void aSubjectNamedOnlyInALaterClauseIsNotTheFiguresWhenTheSentenceNamedARegionBefore() {
        // dev2 18 (科技日报, 2024): seven of the top ten are Asia's, not the United States'.
        assertThat(ids(bound("在顶尖的科技集群前十强中,亚洲占据七席,而美国则占据其余三席。", LocalDate.of(2024, 8, 27), "七席")))
                .isEmpty();
    }

    @Test
    void aSentenceOpeningWithItsPredicateNamesItsSubjectAfterTheComma() {
        // dev2 35 (南方日报, 2025).
        assertThat(ids(bound("连续五年位列该排行榜第二名,“深圳—香港—广州”集群今年为何能首次登顶?", LocalDate.of(2025, 9, 17), "第二名")))
                .containsExactly("Shenzhen–Hong Kong–Guangzhou");
    }

    @Test
    void aShareTheClustersHoldTogetherIsNoOneClustersShare() {
        // IP Wave, 2024 (readipwave.com/wipos-global-innovation-index-gii-science-technology-cluster-ranking-2024-
        // comprehensive-analysis): the sentence before names Tokyo–Yokohama, but the 20% is the two clusters' together.
        assertThat(ids(bound("In 2024, the GII highlights the top 100 S&T clusters worldwide. For instance, Mitsubishi Electric is "
                + "a key contributor to the Tokyo–Yokohama cluster, while Huawei drives innovation in Shenzhen–Hong Kong–Guangzhou. "
                + "Together, these clusters account for nearly 20% of global PCT applications.", LocalDate.of(2024, 9, 11), "20%")))
                .isEmpty();
    }

    @Test
    void aSentenceAboutAnotherKindOfPlaceStopsTheLookBackForASubject() {
        // Master Insight, 2020 (master-insight.com/article/21625): the sub-index places after "香港…名列第11" are
        // Hong Kong's, not the Tokyo–Yokohama cluster's named a paragraph before.
        String text = "至於環球科技創新地帶(Science and Technology Clusters),深圳/香港穩坐龍虎榜第二位,今年度報告更連結廣州,"
                + "僅次於日本東京/橫濱(Tokyo/Yokohama),領先美國三藩市/聖荷西(San Francisco/San Jose)。\n"
                + "是年度十大創新經濟依次為:瑞士(1)、瑞典(2)、美國(3)、英國(4)、荷蘭(5)、丹麥(6)、芬蘭(7)、新加坡(8)、德國(9)、"
                + "南韓(10)。香港緊貼其後,名列第11,並且有12個指標居首位,乃各個經濟體之冠。投入分類指數進步顯著,排名上升一位至第7;"
                + "其中機構排名上升2位至第5,人才及研發上升5位至第23。";
        assertThat(ids(bound(text, LocalDate.of(2020, 9, 10), "第7"))).isEmpty();
    }

    @Test
    void aCountOfTheCitysOwnFacilitiesIsNoCountOfAnEarlierEconomy() {
        // 合肥发布 via 360doc.cn, 2022: the sentence before gives Hefei's figures; China, named a paragraph earlier,
        // does not own the 12 large scientific facilities.
        String text = "近日,上海市经济信息中心发布的《全球科技创新中心评估报告2022》显示,中国有16座城市进入全球科创百强,"
                + "其中,合肥位列全球第67位。同时这也是合肥连续两年上榜。合肥在榜单中的排名较2021年提升了31位。\n"
                + "——“国之重器”集群发展。目前,合肥布局大科学装置12个,是全国乃至全世界大科学装置较为集中的城市之一。";
        assertThat(ids(bound(text, LocalDate.of(2022, 3, 1), "12"))).doesNotContain("China");
    }
}
