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

    @Test
    void quotedNamesStillFormAList() {
        // 共同社 via JP-Home, 2025-09-02 (jp-home.com/article_show.asp?aid=148685): the names stand in quotation marks.
        assertThat(described("世界知識產權組織1日發佈了《2025年全球創新指數》百強創新集群排行榜。"
                + "位列第三的是去年排在第六的美國“聖何塞-舊金山”,“北京”和“首爾”分列第四和第五。", LocalDate.of(2025, 9, 2)))
                .contains("Beijing rank 4", "Seoul rank 5")
                .doesNotContain("Seoul rank 4", "San Jose–San Francisco rank 4");
    }

    @Test
    void aChineseCommaEndsTheListOfSubjects() {
        // The same sentence without its quotation marks: San Jose–San Francisco, named in the clause before the
        // comma, is no member of the list of two.
        assertThat(described("世界知識產權組織1日發佈了《2025年全球創新指數》百強創新集群排行榜。"
                + "位列第三的是美國聖何塞-舊金山,北京和首爾分列第四和第五。", LocalDate.of(2025, 9, 2)))
                .contains("San Jose–San Francisco rank 3", "Beijing rank 4", "Seoul rank 5")
                .doesNotContain("San Jose–San Francisco rank 4");
    }

    @Test
    void placesBeforeTheDistributiveWordPairWithTheSubjectsAfterIt() {
        // 明報 即時港聞, 2025-09-01 (news.mingpao.com/ins/港聞/article/20250901/s00001/1756711729407).
        assertThat(described("世界知識產權組織今（1日）發布《全球創新指數》世界百強創新集群排行榜，連續五年蟬聯全球第二的"
                + "「深圳—香港—廣州」集群今年榮登榜首，該集群合共提交11.7萬份國際際專利申請、發表19.3萬份科研期刊文章、"
                + "風險資本交易量6916宗；排名第二和三的集群分別是「東京—橫濱」及「聖荷西—舊金山」。", LocalDate.of(2025, 9, 1)))
                .contains("Tokyo–Yokohama rank 2", "San Jose–San Francisco rank 3")
                .doesNotContain("Tokyo–Yokohama rank 3");
    }

    @Test
    void aListOfSharesAfterRespectivelyIsNotSharedByEverySubject() {
        // 明報 即時港聞, 2025-09-01: 分別 before the first of three shares pairs them, it does not give 4% to all three.
        assertThat(described("今年全球百強創新集群分布於33個經濟體，當中以中國佔最多，合共24個，美國及德國分別有22個和7個；"
                + "科學論文發表量前三甲的集群分別是北京、「上海-蘇州」及「深圳-香港-廣州」集群，分別佔全球總量4%、2.5%及2.4%。",
                LocalDate.of(2025, 9, 1)))
                .contains("Beijing pub_share 4", "Shanghai–Suzhou pub_share 2.5", "Shenzhen–Hong Kong–Guangzhou pub_share 2.4")
                .doesNotContain("Shanghai–Suzhou pub_share 4", "Shenzhen–Hong Kong–Guangzhou pub_share 4");
    }
}
