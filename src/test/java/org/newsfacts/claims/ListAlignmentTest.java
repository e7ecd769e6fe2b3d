package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.pipeline.Extractors;
import org.newsfacts.text.AnalyzedText;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists of subjects paired with lists of figures (grammar.tsv respectively, list, range, contrast): element by
 * element where the lists fit, only where every reading agrees where they do not, never across a contrast.
 */
class ListAlignmentTest {
    private static final Extractors EXTRACTORS = Extractors.load(Fixtures.MODELS);

    private static List<Claim> claims(String text, LocalDate published) {
        AnalyzedText analyzed = Fixtures.analyzer().analyze(text);
        return EXTRACTORS.extractAnalyzed("test.txt", "0".repeat(64), analyzed,
                new DocumentMetadata(null, null, published)).claims();
    }

    private static List<String> described(String text, LocalDate published) {
        return claims(text, published).stream()
                .map(c -> c.subject() + " " + c.metric() + " " + c.value().toPlainString()).toList();
    }

    @Test
    void twoSubjectsAndTwoPlacesPairInOrder() {
        // 星云海, 2024-09: the list of subjects has a group noun (城市群) before its list word.
        List<Claim> claims = claims("大阪-神户-京都城市群与名古屋也表现抢眼,分别位列第7名与第15名。", LocalDate.of(2024, 9, 30));
        assertThat(claims).extracting(c -> c.subject() + " " + c.metric() + " " + c.value().toPlainString())
                .containsExactly("Osaka–Kobe–Kyoto rank 7", "Nagoya rank 15");
        assertThat(claims).extracting(Claim::binding).containsOnly(Binding.LIST.id());
    }

    @Test
    void withMoreSubjectsThanFiguresOnlyTheEndsArePaired() {
        // 知识产权观察 (dev2 38), 2025: whether India has 7 or 4 the sentence does not say; Germany and the United
        // Kingdom are the same in every reading. The next clause's lone figure with 分别 goes to each of its three.
        assertThat(described("全球百大创新集群广泛分布于33个经济体。其中,中国大陆以24个集群位居榜首,美国紧随其后拥有22个。"
                + "德国、印度、英国则分别拥有7个和4个,而加拿大、日本、南韩则分别拥有3个。", LocalDate.of(2025, 9, 20)))
                .contains("Germany clusters_in_top100 7", "United Kingdom clusters_in_top100 4",
                        "Canada clusters_in_top100 3", "Japan clusters_in_top100 3", "Republic of Korea clusters_in_top100 3")
                .noneMatch(c -> c.startsWith("India"));
    }

    @Test
    void englishMaySayRespectivelyAfterTheFigures() {
        // Global Times, 15 September 2022: the places rank economies by their clusters (no metric of ours); the
        // counts share the noun after the last of them and pair in order.
        assertThat(described("Germany and Japan ranked second and third with 10 and five clusters respectively.",
                LocalDate.of(2022, 9, 15))).containsExactly("Germany clusters_in_top100 10", "Japan clusters_in_top100 5");
    }

    @Test
    void aPlaceWordBetweenTwoListedSubjectsKeepsThemOneList() {
        // 觀察者網 (dev2 01), 2022: 福建 stands between 青島 and 廈門.
        assertThat(described("與去年相比,2022年科技集群排名上升幅度最大的是中國的三個集群——河南鄭州較去年上升15位至第83位;"
                + "山東青島和福建廈門各上升12位,分別至第34位和第91位。", LocalDate.of(2022, 9, 30)))
                .contains("Qingdao rank 34", "Xiamen rank 91");
    }

    @Test
    void aFigureBeforeAContrastIsNotTheSubjectNamedAfterIt() {
        // 快科技 (dev2 18), 2024: Asia's seven seats are no subject's of ours, the United States' are the other three.
        assertThat(described("在顶尖的科技集群前十强中,亚洲占据七席,而美国则占据其余三席。", LocalDate.of(2024, 9, 27)))
                .noneMatch(c -> c.endsWith(" 7"));
    }

    @Test
    void anEconomyBetweenACountAndItsClustersOwnsThem() {
        // The National Law Review (dev2 14), 2023, without its intensity cue: "8 U.S. clusters" are the United
        // States', not those of the China named before.
        assertThat(described("Only 1 Chinese cluster – Beijing – made the top 25 versus 8 U.S. clusters.",
                LocalDate.of(2023, 10, 2))).contains("United States clusters_in_top_n 8")
                .noneMatch(c -> c.startsWith("China") && c.endsWith(" 8"));
    }

    @Test
    void aCountInTheIntensityRankingIsNoClaim() {
        // The National Law Review (dev2 14), 2023: clusters in the top 25 by intensity is a metric the format lacks.
        assertThat(described("Based on S&T intensity, only 1 Chinese cluster – Beijing – made the top 25 versus 8 U.S. "
                + "clusters.", LocalDate.of(2023, 10, 2))).noneMatch(c -> c.contains("clusters_in_top"));
    }
}
