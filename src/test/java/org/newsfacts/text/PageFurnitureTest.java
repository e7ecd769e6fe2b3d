package org.newsfacts.text;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines of a scraped page that are not the article (dev2's pages as fixtures). */
class PageFurnitureTest {
    private static List<String> furniture(String page) {
        AnalyzedText t = Fixtures.analyzer().analyze(page);
        return t.furniture().stream().map(s -> s.coveredText(t.text())).toList();
    }

    @Test
    void aRelatedNewsListUnderItsHeadingIsFurniture() {
        String page = """
                報道稱,中國首次擁有與美國一樣多的頂級科技集群,各為21個。
                標簽:知識産權
                相關新聞
                - 2022-08-31中國研發經費投入連續6年保持兩位數增長
                - 2022-06-30國家發改委:國內發明專利申請量躍居全球第一
                """;
        assertThat(furniture(page)).containsExactly("相關新聞", "- 2022-08-31中國研發經費投入連續6年保持兩位數增長",
                "- 2022-06-30國家發改委:國內發明專利申請量躍居全球第一");
    }

    @Test
    void aVideoListRunsOnOverHeadlinesEndingInAQuestionMark() {
        String page = """
                特別值得一提的是,中國現擁有24個全球頂級科技集群,比去年的21個有所增加,成為擁有最多科技集群的國家。

                【編輯:錢林霞】

                視頻

                更 多
                為什麼需要愛國教育?卓永興:中華民族是我們的根
                【通講壇】東部戰區開展聯合演訓,背後有這三點考量?
                鄧炳強:感動市民明白維護國安重要性 現時香港仍面臨四大國安風險
                """;
        assertThat(furniture(page)).hasSize(5).last().asString().startsWith("鄧炳強");
    }

    @Test
    void theListEndsAtTheFirstParagraphThatEndsASentence() {
        String page = """
                特別值得一提的是,中國現擁有24個全球頂級科技集群,比去年的21個有所增加,成為擁有最多科技集群的國家。
                視頻
                全球第四!香港首季IPO集資額升287%
                香港新聞網9月26日電 世界知識產權組織日前發佈2023年版全球創新指數(GII)“科技集群”排名顯示,深圳—香港—廣州連續四年成為全球第二大科技集群,東京—橫濱(日本)位列榜首,首爾(大韓民國)位列第三,然後是中國的北京集群和上海—蘇州集群。
                """;
        assertThat(furniture(page)).containsExactly("視頻", "全球第四!香港首季IPO集資額升287%");
    }

    @Test
    void aLinkToTheNextStoryIsFurniture() {
        String page = """
                責任編輯:王健

                上一篇:中國人民解放軍駐香港部隊組織第27次建制單位輪換

                下一篇:岑浩輝宣布參選澳門特別行政區行政長官
                """;
        assertThat(furniture(page)).containsExactly("上一篇:中國人民解放軍駐香港部隊組織第27次建制單位輪換",
                "下一篇:岑浩輝宣布參選澳門特別行政區行政長官");
    }

    @Test
    void aLoneNumberedLineUnderTheHeadlineIsFurniture() {
        String page = """
                香港特区政府:续与大湾区兄弟城市共推创科事业发展
                1. 4399在线观看免费高清电视剧
                中新社香港9月1日电 世界知识产权组织(WIPO)1日在香港发布《2025年全球创新指数》。
                """;
        assertThat(furniture(page)).containsExactly("1. 4399在线观看免费高清电视剧");
    }

    @Test
    void aNumberedListWithASecondItemIsTheArticle() {
        String page = """
                2024年版科技集群15强领域

                1. 东京-横滨(日本京滨)

                2. 深圳 - 香港 - 广州(中国)
                """;
        assertThat(furniture(page)).isEmpty();
    }

    @Test
    void headlineBylineAndShortParagraphsWithoutAListHeadingAreTheArticle() {
        String page = """
                世界知識產權組織“科技集群”排名:港深廣全球第二
                分享到:
                2023-09-26 15:15 | 稿件來源:香港新聞網
                世界知識産權組織網站截圖
                Tokyo-Yokohama
                """;
        assertThat(furniture(page)).isEmpty();
    }

    @Test
    void furnitureKeepsItsTextAndOffsetsButTheMatchingViewHoldsSpaces() {
        String page = "報道稱,中國首次擁有與美國一樣多的頂級科技集群。\n相關新聞\n- 國家發改委:國內發明專利申請量躍居全球第一\n";
        AnalyzedText t = Fixtures.analyzer().analyze(page);
        int at = t.text().indexOf("國家發改委");
        assertThat(at).isPositive();
        assertThat(t.matchingView().text().substring(t.matchingView().fromOriginal(at)).strip()).isEmpty();
        assertThat(t.view().paragraphs()).hasSize(1);
        assertThat(t.paragraphs()).hasSize(3);
    }

    @Test
    void aListHeadingAboveTheStoryDoesNotMakeTheHeadlineALink() {
        String page = """
                視頻
                世界知識產權組織“科技集群”排名:港深廣全球第二
                香港新聞網9月26日電 世界知識產權組織日前發佈2023年版全球創新指數(GII)“科技集群”排名顯示,深圳—香港—廣州連續四年成為全球第二大科技集群,東京—橫濱(日本)位列榜首,首爾(大韓民國)位列第三,然後是中國的北京集群和上海—蘇州集群。
                """;
        assertThat(furniture(page)).isEmpty();
    }
}
