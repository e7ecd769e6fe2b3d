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
 * Which metric a figure states when its sentence names several: an indicator governs the place right after it,
 * coordinated metric phrases give one claim each, a density takes its own noun, 前者 / 后者 name the two
 * subjects just named, and the report's scope ("out of 133 countries") is the edition's.
 */
class MetricScopeTest {
    private static final Extractors EXTRACTORS = Extractors.load(Fixtures.MODELS);

    private static List<String> described(String text, LocalDate published) {
        AnalyzedText analyzed = Fixtures.analyzer().analyze(text);
        return EXTRACTORS.extractAnalyzed("test.txt", "0".repeat(64), analyzed,
                        new DocumentMetadata(null, null, published)).claims().stream()
                .map(c -> c.subject() + " " + c.metric() + " " + c.value().toPlainString()).toList();
    }

    @Test
    void aPlaceAfterInAnIndicatorIsThatIndicatorsNotTheRankings() {
        // 知识产权观察 (dev2 38), 2025: 3 is London's place in venture capital deals; 21 and 8 its overall places.
        assertThat(described("伦敦因在创投交易中在全球排序第3,使其整体排序从第21名攀升至第8名。", LocalDate.of(2025, 9, 20)))
                .contains("London rank 8").doesNotContain("London rank 3");
    }

    @Test
    void aPlaceInBracketsAfterAShareIsTheSharesPlace() {
        // 钱钱贷 (dev2 36), 2025: first in venture capital share, third overall.
        assertThat(described("美国圣何塞-旧金山则靠6.9%的风投份额(全球第一)稳居第三。", LocalDate.of(2025, 9, 16)))
                .containsExactly("San Jose–San Francisco vc_share 6.9", "San Jose–San Francisco rank 3");
    }

    @Test
    void aShareOfTwoCoordinatedThingsIsAShareOfEach() {
        // 知识产权观察 (dev2 38), 2025, and 钱钱贷 (dev2 36), 2025.
        assertThat(described("这100大集群共同占据了全球专利申请和风险投资活动的约70%。", LocalDate.of(2025, 9, 20)))
                .containsExactlyInAnyOrder("GII 2025 top 100 pct_share 70", "GII 2025 top 100 vc_share 70");
        assertThat(described("报告显示,前100强集群贡献了全球70%的国际专利申请(PCT)和风投交易,以及50%的科学出版物。",
                LocalDate.of(2025, 9, 16))).contains("GII 2025 top 100 pct_share 70", "GII 2025 top 100 vc_share 70",
                "GII 2025 top 100 pub_share 50");
    }

    @Test
    void aDensityTakesTheNounItIsADensityOf() {
        // 新華網 (dev2 16), 2024: the second density is of journal articles, not of the patents named before it.
        assertThat(described("“深圳—香港—廣州”集群在2019年至2023年期間專利申請的密度為每百萬人2303個,2018年至2022年期間"
                + "刊載在科研期刊文章的密度為每百萬人3469篇。", LocalDate.of(2024, 9, 27)))
                .contains("Shenzhen–Hong Kong–Guangzhou pct_density 2303", "Shenzhen–Hong Kong–Guangzhou pub_density 3469");
    }

    @Test
    void theFormerIsTheFirstOfTheTwoSubjectsJustNamed() {
        // 钱钱贷 (dev2 36), 2025.
        assertThat(described("北京(PCT 3.8%、论文4.0%)和首尔(PCT 5.4%)分列第四、第五,前者的科研产出(论文全球占比4.0%)在前十中最高,"
                + "后者则凭均衡表现保持竞争力。", LocalDate.of(2025, 9, 16)))
                .containsExactly("Beijing pct_share 3.8", "Beijing pub_share 4", "Seoul pct_share 5.4", "Beijing rank 4",
                        "Seoul rank 5", "Beijing pub_share 4");
    }

    @Test
    void thePlaceOutOfAllCountriesGivesHowManyTheEditionRanks() {
        // The Star (dev2 23) and FMT (dev2 24), September 2024.
        assertThat(described("PUTRAJAYA: Malaysia has climbed to 33rd place out of 133 countries in the 2024 Global "
                + "Innovation Index (GII) with an overall score of 40.", LocalDate.of(2024, 9, 27)))
                .contains("Malaysia gii_rank 33", "GII 2024 economies_ranked 133");
        assertThat(described("Malaysia has been ranked 33rd out of 133 nations in the World Intellectual Property "
                + "Organization’s Global Innovation Index 2024, its highest position in the ranking since 2016.",
                LocalDate.of(2024, 9, 27))).contains("GII 2024 economies_ranked 133");
    }

    @Test
    void aReportCoveringClustersCountsTheClustersTheEditionIdentified() {
        // 钱钱贷 (dev2 36), 2025.
        assertThat(described("从圣何塞-旧金山的科技巨头生态,到宁德因一家企业跻身创新强度前五,这份覆盖237个集群的报告,勾勒出"
                + "全球创新“强者愈强、路径多元”的新图景。", LocalDate.of(2025, 9, 16)))
                .contains("GII 2025 clusters_identified 237").noneMatch(c -> c.contains("clusters_in_top"));
    }

    @Test
    void theEconomiesAPlaceIsAmongAreTheEditionsToo() {
        // Fortune India (dev2 05), 2022.
        assertThat(described("India leads the central and southern Asia region and the lower middle-income countries group "
                + "among the 132 countries that figure in WIPO’s annual ranking.", LocalDate.of(2022, 9, 29)))
                .contains("GII 2022 economies_ranked 132");
    }

    @Test
    void aRateOfAnotherThingIsNoShareOfOurs() {
        // 时代星报 (dev2 03), 2022: the mapping's accuracy, though patents are named before it.
        assertThat(described("科技集群是通过分析专利申请活动和所发表的科技文章来确立的,对世界上发明人和科学作者最集中的地理区域进行梳理,"
                + "准确率达96%。", LocalDate.of(2022, 7, 20))).noneMatch(c -> c.endsWith(" 96"));
    }

    @Test
    void aRateThatIsAMetricPhraseStaysThatMetric() {
        // 大公報 (corpus 003), 2025.
        assertThat(described("河套香港園區正式開園。園區首期入駐企業超60家、出租率達八成。", LocalDate.of(2025, 9, 2)))
                .contains("Hong Kong Park of the Loop (phase 1) letting_rate 80");
    }
}
