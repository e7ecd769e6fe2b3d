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

/** Figures bound to what they are about, on sentences from the development articles and beyond. */
class ClaimBinderTest {
    private static final Extractors EXTRACTORS = Extractors.load(Fixtures.MODELS);

    private static List<Claim> claims(String text, LocalDate published) {
        AnalyzedText analyzed = Fixtures.analyzer().analyze(text);
        ArticleResult result = EXTRACTORS.extractAnalyzed("test.txt", "0".repeat(64), analyzed,
                new DocumentMetadata(null, null, published));
        return result.claims();
    }

    private static List<Claim> claims(String text) {
        return claims(text, LocalDate.of(2025, 9, 2));
    }

    private static String describe(Claim c) {
        return c.subject() + " " + c.metric() + " " + c.value().toPlainString() + " " + c.unit()
                + (c.period() == null ? "" : " " + c.period()) + (c.qualifier() == null ? "" : " " + c.qualifier());
    }

    @Test
    void anEconomysIndexScoreIsItsGiiScoreAndLastYearsIsTheEditionBefore() {
        // FMT, 27 September 2024.
        assertThat(claims("However, the World Intellectual Property Organization report gives Malaysia a slightly lower "
                + "score of 40.5 compared with last year's 40.9.", LocalDate.of(2024, 9, 27))
                .stream().map(ClaimBinderTest::describe))
                .containsExactly("Malaysia gii_score 40.5 score", "Malaysia gii_score 40.9 score 2023");
    }

    @Test
    void bindsEachShareOfAListToItsOwnCluster() {
        assertThat(claims("科學論文發表量前三甲的集群分別包括：北京，佔全球總量的4%、「上海─蘇州」佔全球總量2.5%，"
                + "和「深圳─香港─廣州」佔全球總量的2.4%。").stream().map(ClaimBinderTest::describe))
                .containsExactly("Beijing pub_share 4 %", "Shanghai–Suzhou pub_share 2.5 %",
                        "Shenzhen–Hong Kong–Guangzhou pub_share 2.4 %");
    }

    @Test
    void readsTheMetricFromTheNearestPhraseBeforeTheFigure() {
        assertThat(claims("「深圳─香港─廣州」集群過去五年間專利申請的密度為每百萬人2292個。").stream()
                .map(ClaimBinderTest::describe)).contains("Shenzhen–Hong Kong–Guangzhou pct_density 2292 per_million");
    }

    @Test
    void readsTheMetricFromTheNounAfterACount() {
        assertThat(claims("數碼港匯聚超過 2,200 間企業，包括 5 間上市公司及 7 間獨角獸企業。").stream()
                .map(ClaimBinderTest::describe)).containsExactly("Cyberport companies 2200 count over",
                "Cyberport listed_companies 5 count", "Cyberport unicorns 7 count");
    }

    @Test
    void pairsSubjectsAndFiguresInOrderAfterRespectively() {
        assertThat(claims("今年全球百強創新集群分佈於33個經濟體。當中以中國最多，合計24個，美國及德國分別有22個和7個。")
                .stream().map(ClaimBinderTest::describe)).contains("China clusters_in_top100 24 count",
                "United States clusters_in_top100 22 count", "Germany clusters_in_top100 7 count");
    }

    @Test
    void aStreakOfYearsMakesTheRankAnEarlierEditions() {
        assertThat(claims("過去5年，深港穗集群排名一直位居第二，今年力壓東京-橫濱集群稱冠，排第三的是聖荷西-三藩市集群。")
                .stream().map(ClaimBinderTest::describe)).containsExactly(
                "Shenzhen–Hong Kong–Guangzhou rank_previous 2 rank 2020-2024", "San Jose–San Francisco rank 3 rank");
    }

    @Test
    void fromToGivesThePreviousAndTheNewRank() {
        assertThat(claims("The change lifted the rankings of several US clusters, while London in the UK leapt from 21st to eighth.")
                .stream().map(ClaimBinderTest::describe)).containsExactly("London rank_previous 21 rank 2024", "London rank 8 rank");
    }

    @Test
    void aStatedYearRangeIsThePeriod() {
        assertThat(claims("2019年至2023年間，百強集群共吸引了近16.9萬筆風險資本交易，其中「聖何塞─三藩市」佔6.9%。").stream()
                .map(ClaimBinderTest::describe)).containsExactly("GII 2025 top 100 vc_deals 169000 count 2019-2023 approx",
                "San Jose–San Francisco vc_share 6.9 % 2019-2023");
    }

    @Test
    void anEconomysRankingIsNotAClustersRank() {
        assertThat(claims("香港在國際數碼競爭力榜單中躍升至全球第四，科技單項實力穩居全球第三。").stream()
                .map(ClaimBinderTest::describe)).containsExactly("Hong Kong digital_competitiveness_rank 4 rank",
                "Hong Kong digital_technology_rank 3 rank");
    }

    @Test
    void aParkAnaphorBindsToTheParkNamedBeforeAndItsPhase() {
        assertThat(claims("河套香港園區正式開園。園區首期入駐企業超60家、出租率達八成。").stream()
                .map(ClaimBinderTest::describe)).containsExactly(
                "Hong Kong Park of the Loop (phase 1) tenants 60 count over",
                "Hong Kong Park of the Loop (phase 1) letting_rate 80 %");
    }

    @Test
    void aCutOffOfTheRankingIsNoClaim() {
        assertThat(claims("世界知識產權組織公布《2025年全球創新指數》百強創新集群，「深圳─香港─廣州」集群排名全球第一。")
                .stream().map(ClaimBinderTest::describe)).containsExactly("Shenzhen–Hong Kong–Guangzhou rank 1 rank");
    }

    @Test
    void aCountOfSomethingElseIsNotTheMetricNamedBeforeIt() {
        assertThat(claims("《全球創新指數》集群排行榜通過三項核心指標識別世界級創新活動。")).isEmpty();
    }

    @Test
    void theFirstValueOfAFromToPairIsNoClaim() {
        assertThat(claims("十年間，香港初創企業從千餘家躍升至近4700家。").stream().map(ClaimBinderTest::describe))
                .containsExactly("Hong Kong startups 4700 count approx");
    }

    @Test
    void aFigureInsideAQuoteIsSaidByItsSpeaker() {
        List<Claim> quoted = claims("數碼港主席陳細明表示︰「數碼港匯聚超過2,200間企業。」");
        assertThat(quoted).singleElement().satisfies(c -> assertThat(c.saidBy()).isEqualTo("陳細明"));
    }

    @Test
    void aFigureAboutNothingNameableMakesNoClaim() {
        assertThat(claims("活動期間舉辦兩場座談會，匯聚海內外專家。")).isEmpty();
    }

    @Test
    void claimIdsAreStableAcrossRuns() {
        // A literal, not the same function called twice: researchers join runs on claim_id, so an id that
        // changes between versions for the same claim breaks their joins and must be a deliberate decision.
        String text = "「深圳─香港─廣州」集群的科學論文發表量佔全球總量的2.4%。";
        assertThat(claims(text).get(0).claimId()).isEqualTo("510c42ec27794697");
    }

    @Test
    void rebuildsAFlattenedTableIntoOneClaimPerCell() {
        String table = "2025年全球10大創新集群\n排名\n1\n3\n深圳─香港─廣州\n東京─橫濱\n聖何塞─三藩市\n"
                + "PCT提交的國際\n專利申請量\n117,542\n135,129\n50,813\n科學論文發表量\n193,635\n115,773\n56,510\n";
        assertThat(claims(table).stream().map(ClaimBinderTest::describe)).containsExactlyInAnyOrder(
                "Shenzhen–Hong Kong–Guangzhou rank 1 rank", "San Jose–San Francisco rank 3 rank",
                "Shenzhen–Hong Kong–Guangzhou pct_filings 117542 count", "Tokyo–Yokohama pct_filings 135129 count",
                "San Jose–San Francisco pct_filings 50813 count", "Shenzhen–Hong Kong–Guangzhou pub_count 193635 count",
                "Tokyo–Yokohama pub_count 115773 count", "San Jose–San Francisco pub_count 56510 count");
    }
    @Test
    void oneFigureSaidOfEachSubjectListedBeforeIt() {
        assertThat(claims("在中國和美國之后,德國排第三,有10個科技集群,日本有5個,法國、加拿大、印度和韓國各有3個。", LocalDate.of(2022, 9, 30))
                .stream().map(ClaimBinderTest::describe)).contains("France clusters_in_top100 3 count",
                "Canada clusters_in_top100 3 count", "India clusters_in_top100 3 count",
                "Republic of Korea clusters_in_top100 3 count");
    }

    @Test
    void oneEnglishFigureWithEachGoesToEverySubjectBeforeIt() {
        assertThat(claims("But for the first time, China has as many science and technology centers as the United States, "
                + "with 21 centers each.", LocalDate.of(2022, 9, 30)).stream().map(ClaimBinderTest::describe))
                .containsExactlyInAnyOrder("China clusters_in_top100 21 count", "United States clusters_in_top100 21 count");
    }

    @Test
    void aCountInAPlaceBelongsToThePlaceAfterIt() {
        assertThat(claims("According to WIPO, four of the top five science and technology centers in the world are located "
                + "in East Asia. One of the centers is in Japan, three in China and the fifth in the United States.",
                LocalDate.of(2022, 9, 30)).stream().map(ClaimBinderTest::describe))
                .contains("China clusters_in_top_n 3 count top5");
    }

    @Test
    void aCountPickedOutBySuperlativeIsNoEconomysCount() {
        assertThat(claims("全球排名提升幅度最大的三个集群,也都位于中国,除了新晋的镇江、无锡,还有合肥。")).isEmpty();
    }

    @Test
    void anEconomysPlaceWithoutTheIndexWordIsItsGiiRankButNotItsPlaceInARegion() {
        assertThat(claims("PETALING JAYA: Malaysia ranks 33rd in innovation index, highest since 2016.", LocalDate.of(2024, 9, 27))
                .stream().map(ClaimBinderTest::describe)).containsExactly("Malaysia gii_rank 33 rank");
        assertThat(claims("Malaysia also maintained its position as the second most innovative country among 36 upper-middle-income "
                + "nations, trailing only China, while within Asean, Malaysia remained in second place behind Singapore.",
                LocalDate.of(2024, 9, 27)).stream().filter(c -> c.metric().startsWith("gii_"))).isEmpty();
    }

    @Test
    void theCityIsThePlaceNamedLast() {
        assertThat(claims("He noted that Kuala Lumpur made history last year by entering the world's top 100 Science and "
                + "Technology Clusters for the first time. The city secured the 93rd spot in the GII 2024.",
                LocalDate.of(2025, 3, 1)).stream().map(ClaimBinderTest::describe)).contains("Kuala Lumpur rank 93 rank");
    }

    @Test
    void aStreakEndsAtTheFootnoteMarkOfItsStatement() {
        assertThat(claims("\"深圳—香港—广州\"创新集群在2025年全球创新指数百强榜中占据榜首,结束了连续五年位列\"东京-横滨\"集群之后的局面 [1] - "
                + "在创新强度排名方面,\"深圳—香港—广州\"集群位居第45位 [1] - 其他").stream().map(ClaimBinderTest::describe))
                .containsExactly("Shenzhen–Hong Kong–Guangzhou intensity_rank 45 rank");
    }
    @Test
    void aPlaceAfterARivalBelongsToTheClusterThatOvertookIt() {
        assertThat(claims("中国北京更是实现了历史性跨越,超越韩国首尔,跃居第三,展现了首都科技创新的强劲实力。", LocalDate.of(2024, 9, 30))
                .stream().map(ClaimBinderTest::describe)).containsExactly("Beijing rank 3 rank");
    }

    @Test
    void placesListedWithFenlieGoInOrder() {
        assertThat(claims("北京(PCT 3.8%、论文4.0%)和首尔(PCT 5.4%)分列第四、第五,前者的科研产出在前十中最高。").stream()
                .filter(c -> c.unit().equals("rank")).map(ClaimBinderTest::describe))
                .containsExactly("Beijing rank 4 rank", "Seoul rank 5 rank");
    }

    @Test
    void theSubIndicesHaveTheirOwnRanks() {
        assertThat(claims("两个副指数中,香港在“创新投入”方面排名全球第8位,在“创新产出”方面的排名上升至第24位。", LocalDate.of(2023, 9, 28))
                .stream().map(ClaimBinderTest::describe))
                .containsExactly("Hong Kong gii_input_rank 8 rank", "Hong Kong gii_output_rank 24 rank");
    }

    @Test
    void aPlaceWithAnEarlierYearAfterItIsThatEditions() {
        assertThat(claims("India was in the 46th position in 2021 and 81st in 2015.", LocalDate.of(2022, 9, 30)).stream()
                .map(ClaimBinderTest::describe))
                .containsExactly("India gii_rank_previous 46 rank 2021", "India gii_rank_previous 81 rank 2015");
    }

    @Test
    void anEconomysPlaceAfterAClusterClauseIsItsGiiRank() {
        assertThat(claims("日前,世界知識產權組織發佈2023年全球創新指數排名顯示,“深圳--香港--廣州”科技集羣連續四年蟬聯全球第二位,"
                + "而香港的排名在亞洲保持第五位、在全球132個經濟體中排名第17位。", LocalDate.of(2023, 9, 28)).stream()
                .map(ClaimBinderTest::describe)).contains("Hong Kong gii_rank 17 rank")
                .doesNotContain("Hong Kong gii_rank 5 rank", "Shenzhen–Hong Kong–Guangzhou rank 17 rank");
    }

    @Test
    void aStreakGoesOnWhenAnotherClusterHeadsTheList() {
        assertThat(claims("世界知識產權組織日前發佈2023年版全球創新指數(GII)“科技集群”排名顯示,深圳—香港—廣州連續四年成為全球第二大科技集群,"
                + "東京—橫濱(日本)位列榜首。", LocalDate.of(2023, 9, 28)).stream().map(ClaimBinderTest::describe))
                .containsExactly("Shenzhen–Hong Kong–Guangzhou rank 2 rank");
    }
    @Test
    void aCountOfLastYearsEditionCarriesItsYear() {
        assertThat(claims("特別值得一提的是,中國現擁有24個全球頂級科技集群,比去年的21個有所增加,成為擁有最多科技集群的國家。",
                LocalDate.of(2023, 9, 28)).stream().map(ClaimBinderTest::describe))
                .containsExactly("China clusters_in_top100 24 count", "China clusters_in_top100 21 count 2022");
    }

    @Test
    void aCutOffBetweenACountAndItsNounDoesNotStopIt() {
        assertThat(claims("报告显示,中国拥有26个全球百强科技创新集群。", LocalDate.of(2024, 9, 30)).stream()
                .map(ClaimBinderTest::describe)).containsExactly("China clusters_in_top100 26 count");
    }

    @Test
    void aCountInAPlaceThatIsNoSubjectHasNone() {
        assertThat(claims("在全球十大科技创新集群榜上有7个在亚洲,3个在美国。", LocalDate.of(2024, 9, 30)).stream()
                .map(ClaimBinderTest::describe)).containsExactly("United States clusters_in_top_n 3 count top10");
    }

    @Test
    void aDensityTakesTheNounAfterIt() {
        assertThat(claims("深圳—香港—廣州集群在過去五年中,平均每100萬居民提交了2291份PCT申請,發表了3092篇科學文章。",
                LocalDate.of(2023, 9, 28)).stream().map(ClaimBinderTest::describe)).contains(
                "Shenzhen–Hong Kong–Guangzhou pct_density 2291 per_million", "Shenzhen–Hong Kong–Guangzhou pub_density 3092 per_million");
    }
    @Test
    void aPlaceInANamedIndicatorIsNotTheGiiRank() {
        assertThat(claims("優勢中，香港在「信貸」高踞全球第1位，並在多個領域躋身全球前10名，包括「高等教育」(第3位)、「知識的吸收」(第5位)。")
                .stream().filter(c -> c.metric().startsWith("gii_"))).isEmpty();
    }

    @Test
    void aCountLocatedInAPlaceByTraditionalWordingBelongsToThatPlace() {
        // dev2 15 (識港網, 2024).
        assertThat(claims("今年的排名顯示:中國和美國擁有世界上最大的科技集群。在十大科技集群中,有七個位于亞洲,三個位于美國。",
                LocalDate.of(2024, 8, 28)).stream().map(ClaimBinderTest::describe))
                .containsExactly("United States clusters_in_top_n 3 count top10");
    }

    @Test
    void itOpeningASentenceStandsForThePlaceNamedLastBeforeIt() {
        // Fortune India, 2022 (dev2 05).
        assertThat(claims("The just released Global Innovation Index (GII) 2022 by the World Intellectual Property "
                + "Organisation (WIPO) puts the country among a handful of developing economies. India leads the central and "
                + "southern Asia region and the lower middle-income countries group among the 132 countries that figure in "
                + "WIPO’s annual ranking. It reached the 40th position after making it into the top 50 in 2020.",
                LocalDate.of(2022, 9, 30)).stream().map(ClaimBinderTest::describe)).contains("India gii_rank 40 rank");
    }
}
