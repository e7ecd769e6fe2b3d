package org.newsfacts.extract.mentions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.extract.mentions.ExtractorFixtures.ids;
import static org.newsfacts.extract.mentions.ExtractorFixtures.mentionsOfType;

/** Innovation clusters: sentences from the seed articles and their neighbours in style. */
class ClusterMentionTest {
    private static final String SZ_HK_GZ = "Shenzhen–Hong Kong–Guangzhou";

    @Test
    void boxDrawingDashInTraditionalScriptMatches() {
        assertThat(ids("公布《2025年全球創新指數》百強創新集群， 「深圳─香港─廣州」 集群排名全球第一。", Mention.CLUSTER))
                .containsExactly(SZ_HK_GZ);
    }

    @Test
    void hyphenInSimplifiedScriptMatches() {
        assertThat(ids("“深圳-香港-广州”科技集群首次超越日本“东京-横滨”,跃居全球创新集群榜首。", Mention.CLUSTER))
                .containsExactly(SZ_HK_GZ, "Tokyo–Yokohama");
    }

    @Test
    void contractedNamesMatch() {
        assertThat(ids("港深广科技集群超越东京-横滨登顶全球创新榜首", Mention.CLUSTER)).contains(SZ_HK_GZ);
        assertThat(ids("過去5年，深港穗集群排名一直位居第二。", Mention.CLUSTER)).containsExactly(SZ_HK_GZ);
    }

    @Test
    void englishEnDashNameMatches() {
        assertThat(ids("After five years in second place, the Shenzhen–Hong Kong–Guangzhou cluster this year overtook "
                + "Tokyo–Yokohama to claim the crown, with San Jose–San Francisco in third.", Mention.CLUSTER))
                .containsExactly(SZ_HK_GZ, "Tokyo–Yokohama", "San Jose–San Francisco");
    }

    @Test
    void siliconValleyIsSanJoseSanFranciscoWithoutStateSuffix() {
        List<Mention> found = mentionsOfType("Among the top ten, the US has four: Silicon Valley (San Jose–San Francisco), "
                + "New York City, Los Angeles and Boston–Cambridge.", Mention.CLUSTER);
        assertThat(found).extracting(Mention::surface).contains("Silicon Valley");
        assertThat(found).extracting(Mention::id).containsOnly("San Jose–San Francisco", "New York City", "Los Angeles",
                "Boston–Cambridge");
    }

    @Test
    void cambridgeUnitedKingdomIsNotBostonCambridge() {
        assertThat(ids("以人口規模計， 「聖何塞─三藩市」 和 「劍橋（英國）」 是創新密度最高的集群，其次是「波士頓─劍橋（美國）」 、"
                + " 「寧德（中國）」 和 「牛津（英國）」 。", Mention.CLUSTER))
                .containsExactly("San Jose–San Francisco", "Cambridge", "Boston–Cambridge", "Ningde", "Oxford");
    }

    @Test
    void bareCambridgeIsDecidedByACountryWordNearby() {
        assertThat(ids("按人均計算，英國劍橋在創新集群密度排名中位居第二。", Mention.CLUSTER)).containsExactly("Cambridge");
        assertThat(ids("按人均計算，劍橋在創新集群密度排名中位居第二。", Mention.CLUSTER)).isEmpty();
    }

    @Test
    void looseRegionNameAloneIsNotTheCluster() {
        assertThat(ids("依托香港的国际枢纽优势,粤港澳大湾区持续拓展与东盟、欧美的全球创新合作网络。", Mention.CLUSTER)).isEmpty();
    }

    @Test
    void looseRegionNameFollowedByClusterIsTheCluster() {
        assertThat(ids("是次排名充分體現粵港澳大灣區科技集群在全球的代表性。", Mention.CLUSTER)).containsExactly(SZ_HK_GZ);
    }

    @Test
    void cityOutsideRankingContextIsNoCluster() {
        assertThat(ids("今年,大湾区还计划在新加坡、伦敦设立“海外创新中心”,推动技术、资金、人才在全球更自由流动。",
                Mention.CLUSTER)).isEmpty();
        assertThat(ids("Beijing's 14th Five-Year Plan supports Hong Kong's development as a regional IP trading centre.",
                Mention.CLUSTER)).isEmpty();
        assertThat(ids("創新科技及工業局局長孫東訪問北京，拜會了國務院港澳事務辦公室副主任。", Mention.CLUSTER)).isEmpty();
    }

    @Test
    void cityListedWithANamedClusterIsCluster() {
        assertThat(ids("在科學出版物方面，北京以佔全球4.0%的份額遙遙領先，其次是「上海—蘇州」（2.5%）。", Mention.CLUSTER))
                .containsExactly("Beijing", "Shanghai–Suzhou");
    }

    @Test
    void cityInSentenceAboutClustersIsCluster() {
        assertThat(ids("科學論文發表量前三甲的集群分別包括：北京，佔全球總量的4%、 「上海─蘇州」 佔全球總量2.5%。",
                Mention.CLUSTER)).containsExactly("Beijing", "Shanghai–Suzhou");
        assertThat(ids("美國多個創新集群的排名都因此上升，英國倫敦更由第21躍升至第8。", Mention.CLUSTER))
                .containsExactly("London");
    }

    @Test
    void rankWrittenBesideCityMakesItCluster() {
        assertThat(ids("十強中，中國佔3席，包括深港穗、北京（第4）及上海蘇州。", Mention.CLUSTER)).contains("Beijing");
    }

    @Test
    void cityInsideCompanyNameIsNoCluster() {
        List<Mention> ningde = mentionsOfType("是次排名寧德躍居全球第四，主要得益於寧德時代新能源科技股份有限公司專利申請量的激增。",
                Mention.CLUSTER);
        assertThat(ningde).hasSize(1);
        assertThat(ningde.get(0).start()).isEqualTo(4);
    }

    @Test
    void tableCellTakesContextFromItsHeaderLines() {
        assertThat(ids("2025年全球10大創新集群\n\n排名\n\n1\n\n北京\n\n首爾\n", Mention.CLUSTER))
                .containsExactly("Beijing", "Seoul");
    }

    @Test
    void surfaceAndOffsetsPointIntoRepairedText() {
        String raw = org.newsfacts.Fixtures.corpusText("000_f31145e2631746c2.txt");
        String text = ExtractorFixtures.analyze(raw).text();
        for (Mention m : ExtractorFixtures.mentions(raw)) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
        }
    }

    @Test
    void severalCityClusterWrittenAsAListOfItsPlacesIsTheCluster() {
        assertThat(ids("Those are all in East Asia, where Japan's sprawling urban region extending from Tokyo to Yokohama is "
                + "the top performer, followed by three cities in China – Shenzhen, Hong Kong and Guangzhou – and Seoul, "
                + "South Korea. China has 24 clusters in the top 100.", Mention.CLUSTER))
                .containsExactly("Tokyo–Yokohama", SZ_HK_GZ, "Seoul");
    }

    @Test
    void placesListedTogetherOutsideARankingArticleAreNotACluster() {
        assertThat(ids("The airline flies from Shenzhen, Hong Kong and Guangzhou to Tokyo every day.", Mention.CLUSTER))
                .isEmpty();
    }

    @Test
    void cityListedBesideClustersNamedElsewhereIsACluster() {
        assertThat(ids("中国较去年增加了镇江、无锡、福州3个。全球排名提升幅度最大的三个集群,也都位于中国,除了新晋的镇江、无锡,"
                + "还有政府基金的“宠儿”合肥。", Mention.CLUSTER))
                .containsExactlyInAnyOrder("Zhenjiang", "Wuxi", "Fuzhou", "Hefei");
    }

    @Test
    void rankChangeInBracketsMakesACityACluster() {
        assertThat(ids("It is followed by Berlin (+4) in Germany, Istanbul (+4) in Türkiye, Kanazawa (+4) in Japan.",
                Mention.CLUSTER)).containsExactly("Berlin", "Istanbul", "Kanazawa");
    }

    @Test
    void placeReachedWithAVerbAndAnOrdinalSpeaksOfTheRanking() {
        assertThat(ids("Seoul in South Korea was third, overtaking Beijing, which fell to fourth.", Mention.CLUSTER))
                .containsExactly("Seoul", "Beijing");
        assertThat(ids("中国北京更是实现了历史性跨越,超越韩国首尔,跃居第三。", Mention.CLUSTER))
                .containsExactlyInAnyOrder("Beijing", "Seoul");
    }

    @Test
    void economyRankedNearbyIsNotTheSingaporeCluster() {
        assertThat(ids("Malaysia is second in Asean after Singapore, though Singapore ranked fourth overall.", Mention.CLUSTER))
                .isEmpty();
        assertThat(ids("新华社新加坡8月27日电 世界知识产权组织发布的科技集群排名显示。", Mention.CLUSTER)).isEmpty();
    }

    @Test
    void bulletedListIntroducedByALineEndingInAColonListsClusters() {
        assertThat(ids("全球100大创新集群,GII集群排名结合了风险投资数据,揭示了全球最大的创新中心:\n\n  • 首尔\n  • 纽约\n  • 洛杉矶\n",
                Mention.CLUSTER)).containsExactly("Seoul", "New York City", "Los Angeles");
    }

    // Clusters the gazetteer gained from the 2022-2025 lists (models/mentions/README.md names the sources).

    @Test
    void koreanClustersOfThePatentOfficesReleaseAreFoundInEnglish() {
        assertThat(ids("Seoul, Daejeon, Busan and Daegu have made the list of the world's top 100 Science and Technology "
                + "Clusters as ranked by the World Intellectual Property Organization, the Korean Intellectual Property "
                + "Office said on Aug. 28.", Mention.CLUSTER)).containsExactly("Seoul", "Daejeon", "Busan", "Daegu");
    }

    @Test
    void newEntrantNamedAfterTheClustersOfItsCountryIsACluster() {
        assertThat(ids("China, for the third year running leads with 24 clusters while the US follows on 22; Germany continues "
                + "to rank third with seven clusters including Munich, Berlin and Cologne, while the UK has four clusters in "
                + "the top 100 with London, Cambridge and Oxford plus new entrant Manchester.", Mention.CLUSTER))
                // The bare Cambridge stays out: the sentence names both the US and the UK, so no country word decides.
                .containsExactly("Munich", "Berlin", "Cologne", "London", "Oxford", "Manchester");
    }

    @Test
    void eindhovenAmongTheDensestClustersInTraditionalScript() {
        assertThat(ids("WIPO指出,按人口規模計算,最密集的科技集群是英國的劍橋,其次是美國的聖何塞-舊金山與荷蘭的埃因霍溫。",
                Mention.CLUSTER)).containsExactly("Cambridge", "San Jose–San Francisco", "Eindhoven");
    }

    @Test
    void eindhovenAndDaejeonAmongTheDensestClustersInSimplifiedScript() {
        assertThat(ids("就人口比例而言,英国的剑桥集群和荷兰/比利时的埃因霍温地区是科技活动最活跃的集群,其次是韩国的大田、"
                + "美国圣何塞-旧金山和英国的牛津。", Mention.CLUSTER))
                .containsExactly("Cambridge", "Eindhoven", "Daejeon", "San Jose–San Francisco", "Oxford");
    }

    @Test
    void cityEnteringTheTopHundredListIsACluster() {
        assertThat(ids("在2024年世界知识产权组织发布的《全球创新指数(GII)报告》中,南昌更是首次进入全球百强科技集群名单,"
                + "这标志着其科研实力和创新能力的显著提升。", Mention.CLUSTER)).containsExactly("Nanchang");
    }

    // Clusters added from further sources (models/mentions/README.md, "Gazetteer additions"); their Traditional
    // forms are OpenCC's conversion of the Simplified ones.

    @Test
    void canadasClustersOfTheVentureCapitalRankingAreFoundInEnglish() {
        // axelys.ca on the GII 2025 cluster ranking, in English.
        assertThat(ids("With venture capital added, Toronto rises to 33rd, Montreal ranks 62nd and Vancouver 66th among "
                + "the top 100 innovation clusters.", Mention.CLUSTER)).containsExactly("Toronto", "Montreal", "Vancouver");
    }

    @Test
    void canadasClustersAreFoundInBothChineseScripts() {
        assertThat(ids("加拿大的多伦多、蒙特利尔和温哥华跻身全球百强创新集群。", Mention.CLUSTER))
                .containsExactly("Toronto", "Montreal", "Vancouver");
        assertThat(ids("加拿大的多倫多、蒙特利爾和溫哥華躋身全球百強創新集群。", Mention.CLUSTER))
                .containsExactly("Toronto", "Montreal", "Vancouver");
    }

    @Test
    void frenchSpellingOfMontrealIsTheCluster() {
        assertThat(ids("Toronto ranks 33rd among the top 100 clusters, Montréal 62nd.", Mention.CLUSTER))
                .containsExactly("Toronto", "Montreal");
    }

    @Test
    void chongqingRankedAmongTheTopHundredClustersInBothScripts() {
        // tech.china.com, 2020-11-02.
        assertThat(ids("在今年世界知识产权组织发布的《2020年全球创新指数报告》中,重庆再次入选全球城市创新集群100强,"
                + "排名第77位,较2019年上升了11位。", Mention.CLUSTER)).containsExactly("Chongqing");
        assertThat(ids("在今年世界知識產權組織發布的《2020年全球創新指數報告》中,重慶再次入選全球城市創新集群100強,"
                + "排名第77位,較2019年上升了11位。", Mention.CLUSTER)).containsExactly("Chongqing");
    }

    @Test
    void nurembergErlangenIsFoundInGermanEnglishAndChinese() {
        // automation-next.com on Germany's seven clusters in the GII 2024, in English and in Chinese.
        assertThat(ids("Germany's seven clusters in the top 100 are Munich, Cologne, Stuttgart, Frankfurt am Main, Berlin, "
                + "Heidelberg-Mannheim and Nürnberg-Erlangen.", Mention.CLUSTER))
                .containsExactly("Munich", "Cologne", "Stuttgart", "Frankfurt am Main", "Berlin", "Heidelberg–Mannheim",
                        "Nuremberg–Erlangen");
        assertThat(ids("德国有7个集群进入全球百强,包括慕尼黑、科隆和纽伦堡—埃尔朗根。", Mention.CLUSTER))
                .containsExactly("Munich", "Cologne", "Nuremberg–Erlangen");
        assertThat(ids("德國有7個集群進入全球百強,包括慕尼黑、科隆和紐倫堡-埃爾朗根。", Mention.CLUSTER))
                .containsExactly("Munich", "Cologne", "Nuremberg–Erlangen");
    }

    @Test
    void annArborAmongTheMostIntensiveClustersInEnglishAndChinese() {
        // WIPO's 2022 table of the most S&T-intensive clusters (pibd.inpi.fr), as a sentence.
        assertThat(ids("Relative to population, Boston–Cambridge ranks sixth and Ann Arbor seventh among the most "
                + "S&T-intensive clusters, ahead of San Diego and Seattle.", Mention.CLUSTER))
                .containsExactly("Boston–Cambridge", "Ann Arbor", "San Diego", "Seattle");
        assertThat(ids("按人口比例计算,科技强度排名第七的是美国的安阿伯集群。", Mention.CLUSTER)).containsExactly("Ann Arbor");
    }

    @Test
    void annArborIsNeverAPersonWhileAnnIsStillAGivenName() {
        assertThat(ids("The mayor of Ann Arbor, Christopher Taylor, said the city would bid for the new research campus.",
                Mention.PERSON)).containsExactly("Christopher Taylor");
        assertThat(ids("Warner Bros chief executive Ann Sarnoff said the studio would keep its films in cinemas.",
                Mention.PERSON)).containsExactly("Ann Sarnoff");
    }

    @Test
    void cityThatHoldsAPlaceIsCluster() {
        // readipwave 2024: no ranking word in the sentence, the place is said by a verb and its object.
        assertThat(ids("Beijing holds the third position, surpassing Seoul, which is now fourth.", Mention.CLUSTER))
                .contains("Beijing");
    }

    @Test
    void nordicClustersRankedByIntensityInEnglishAndChinese() {
        // prh.fi (Finnish Patent and Registration Office) on the GII 2020, and the same sentence in Chinese.
        assertThat(ids("Helsinki was ranked 18th, behind Stockholm (14th) but ahead of Copenhagen (20th).", Mention.CLUSTER))
                .containsExactly("Helsinki", "Stockholm", "Copenhagen");
        assertThat(ids("赫尔辛基排名第18位,落后于斯德哥尔摩(第14位),但领先于哥本哈根(第20位)。", Mention.CLUSTER))
                .containsExactly("Helsinki", "Stockholm", "Copenhagen");
        assertThat(ids("赫爾辛基排名第18位,落後於斯德哥爾摩(第14位),但領先於哥本哈根(第20位)。", Mention.CLUSTER))
                .containsExactly("Helsinki", "Stockholm", "Copenhagen");
    }

    @Test
    void warsawAmongTheTopHundredInnovationClustersInEnglishAndChinese() {
        // polenjournal.de on the GII 2025 cluster ranking, in English and in Chinese.
        assertThat(ids("Warsaw secured a place: the Polish capital ranks 89th among the world's top 100 innovation clusters.",
                Mention.CLUSTER)).containsExactly("Warsaw");
        assertThat(ids("波兰首都华沙在全球百强创新集群中排名第89位。", Mention.CLUSTER)).containsExactly("Warsaw");
        assertThat(ids("波蘭首都華沙在全球百強創新集群中排名第89位。", Mention.CLUSTER)).containsExactly("Warsaw");
    }

    @Test
    void aSlashBetweenTheCitiesJoinsThemAsADashDoes() {
        // zayntechnologies.com/1455701-2 (GII 2024, translated from Russian).
        assertThat(ids("The Tokyo/Yokohama STC in Japan is the world's largest science and technology cluster, followed by "
                + "Shenzhen/Hong Kong/Guangzhou in China.", Mention.CLUSTER))
                .containsExactly("Tokyo–Yokohama", SZ_HK_GZ);
    }

    @Test
    void theCitiesOfAClusterInReversedOrderNameIt() {
        // Círculo JPES, 2023 (circulojpes.com/asia-with-tokyo-yokohama-at-the-forefront-leads-in-number-of-global-
        // innovation-centers); Master Insight, 2020 (master-insight.com/article/21625), slash-joined as well.
        assertThat(ids("After the pair of Japanese cities in the ranking are the centers Shenzhen-Hong Kong-Canton (China), "
                + "and in sixth place are the American cities of San Francisco-San Jose.", Mention.CLUSTER))
                .contains("San Jose–San Francisco");
        assertThat(ids("至於環球科技創新地帶(Science and Technology Clusters),深圳/香港穩坐龍虎榜第二位,僅次於日本東京/橫濱"
                + "(Tokyo/Yokohama),領先美國三藩市/聖荷西(San Francisco/San Jose)。", Mention.CLUSTER))
                .contains("Tokyo–Yokohama", "San Jose–San Francisco");
    }
}
