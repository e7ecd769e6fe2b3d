package org.newsfacts.extract.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.newsfacts.extract.mentions.ExtractorFixtures.quotes;

/** Who says what in Chinese: paragraphs of the seed articles. */
class ChineseQuoteTest {

    @Test
    void reportedSpeechRunsToTheEndOfTheSentence() {
        List<Quote> q = quotes("中國國家知識產權局副局長張志成表示，是次排名充分體現粵港澳大灣區科技集群在全球的代表性。上半年「深圳─香港─廣州」專利申請受理量增長勢頭強勁。");
        assertThat(q.get(0)).extracting(Quote::speaker, Quote::speakerTitle, Quote::kind, Quote::text)
                .containsExactly("張志成", "中國國家知識產權局副局長", Quote.INDIRECT, "是次排名充分體現粵港澳大灣區科技集群在全球的代表性");
    }

    @Test
    void theRestOfTheParagraphContinuesTheReportedSpeech() {
        List<Quote> q = quotes("世界知识产权组织总干事邓鸿森表示,科技创新集群是国家创新生态系统的重要基础,这些集群不仅在发达国家蓬勃发展,"
                + "也在新兴经济体中逐步崛起。世界知识产权组织将继续支持这些集群,帮助其利用知识产权,将研究成果转化为实际解决方案。");
        assertThat(q).extracting(Quote::speaker, Quote::kind, Quote::text).containsExactly(
                tuple("鄧鴻森", Quote.INDIRECT, "科技创新集群是国家创新生态系统的重要基础,这些集群不仅在发达国家蓬勃发展,也在新兴经济体中逐步崛起"),
                tuple("鄧鴻森", Quote.INDIRECT, "世界知识产权组织将继续支持这些集群,帮助其利用知识产权,将研究成果转化为实际解决方案"));
    }

    @Test
    void continuedSpeechStopsWhereTheOutletCitesDataOrAReport() {
        List<Quote> q = quotes("陳茂波指，這次排名顯示當局推動「金融＋創科」雙互促進的發展策略，是正確的方向。"
                + "數據也顯示，香港的研發總開支和研究人員數目持續上升。");
        assertThat(q).extracting(Quote::text).containsExactly("這次排名顯示當局推動「金融＋創科」雙互促進的發展策略，是正確的方向");
    }

    @Test
    void aSemicolonDoesNotEndTheQuotedSentence() {
        List<Quote> q = quotes("孫東認為今次成功有賴於粵港澳大灣區核心城市合作，河套香港園區即將開園，科技公司、頂尖大學將陸續入駐；"
                + "此外，前海、南沙亦屬重要合作平台。");
        assertThat(q).hasSize(1);
    }

    @Test
    void aQuotationKeepsNoContinuationAfterIt() {
        List<Quote> q = quotes("數碼港主席陳細明表示︰「香港正全力建設國際創科中心。」數碼港今年將舉辦多場活動，推動初創企業發展。");
        assertThat(q).extracting(Quote::kind).containsExactly(Quote.DIRECT);
    }

    @Test
    void accordingToAnOrganisationsExplanation() {
        List<Quote> q = quotes("什么是创新集群?根据世界知识产权组织官方解释,创新集群是创新型城市和地区,是国家创新体系跳动的心脏。");
        assertThat(q).extracting(Quote::speaker, Quote::kind, Quote::text).containsExactly(
                tuple("世界知识产权组织", Quote.INDIRECT, "创新集群是创新型城市和地区,是国家创新体系跳动的心脏"));
    }

    @Test
    void aReportAfterAccordingToIsNoSpeaker() {
        assertThat(quotes("日前,根據世界知識產權組織日前發佈2023年全球創新指數排名,「深圳--香港--廣州」科技集羣連續四年蟬聯全球第二位。"))
                .isEmpty();
    }

    @Test
    void speakerWithTitleAfterTheQuotation() {
        List<Quote> q = quotes("“科技集群是強有力的國家創新生态系統的基礎。令人鼓舞的是,這些集群蓬勃發展。”世界知識産權組織總幹事鄧鴻森說。");
        assertThat(q).extracting(Quote::speaker, Quote::kind).containsExactly(tuple("鄧鴻森", Quote.DIRECT));
        assertThat(q.get(0).text()).startsWith("科技集群是強有力的國家創新生态系統的基礎");
    }

    @Test
    void speakerPostingOnSocialMediaOrABlog() {
        assertThat(quotes("陳茂波在社交網站表示，在139個被評核的經濟體中，香港在多個分項表現突出。"))
                .extracting(Quote::speaker).containsExactly("陳茂波");
        assertThat(quotes("財政司司長陳茂波在網誌提到，在香港和大灣區兄弟城市持續創科投入，有信心今年三地集群排名將會更亮眼。"))
                .extracting(Quote::speaker).containsExactly("陳茂波");
    }

    @Test
    void honorificAfterTheNameStillSpeaks() {
        assertThat(quotes("香港理工大學亦對今次排名感到十分鼓舞，理大校長滕錦光教授表示，創新集群排名第一，充分展現大灣區協同創新的強大動力。"))
                .extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("滕錦光", "創新集群排名第一，充分展現大灣區協同創新的強大動力"));
    }

    @Test
    void pronounContinuesTheNamedSpeakerOfTheParagraph() {
        List<Quote> q = quotes("中國科學技術部副部長陳家昌致辭表示，中央政府全力支持香港加快建設國際創新科技中心。他表示，開放合作方為正道，"
                + "願以更開放的姿態攜手推動國際科技交流與合作。");
        assertThat(q).extracting(Quote::speaker, Quote::text).containsExactly(
                tuple("陳家昌", "中央政府全力支持香港加快建設國際創新科技中心"),
                tuple("陳家昌", "開放合作方為正道，願以更開放的姿態攜手推動國際科技交流與合作"));
    }

    @Test
    void pronounOpeningAParagraphContinuesThePreviousOne() {
        List<Quote> q = quotes("中國國家知識產權局副局長張志成表示，是次排名充分體現粵港澳大灣區科技集群在全球的代表性。\n"
                + "他續指出，香港是國家高水準對外開放的重要橋頭堡。\n");
        assertThat(q).extracting(Quote::speaker).containsExactly("張志成", "張志成");
        assertThat(q.get(1).text()).isEqualTo("香港是國家高水準對外開放的重要橋頭堡");
    }

    @Test
    void officeSpeaksWhereNoPersonIsNamedUnderTheNameTheArticleGivesIt() {
        List<Quote> q = quotes("香港特別行政區政府發言人表示，世界知識產權組織公布的創新集群排名，反映粵港澳大灣區的創新能力在國際上獲得高度肯定。");
        assertThat(q).extracting(Quote::speaker, Quote::kind).containsExactly(tuple("香港特別行政區政府發言人", Quote.INDIRECT));
    }

    @Test
    void organisationSpeaksInACaption() {
        assertThat(quotes("▲數碼港表示，未來將推動更多創科成果從香港走向世界，貢獻大灣區國際科創中心建設。"))
                .extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("數碼港", "未來將推動更多創科成果從香港走向世界，貢獻大灣區國際科創中心建設"));
    }

    @Test
    void directQuotationKeepsNestedMarksAndSeveralSentences() {
        List<Quote> q = quotes("數碼港主席陳細明表示︰「『深圳-香港-廣州』創新集群榮登《2025 年全球創新指數》榜首，彰顯了香港在國家創新戰略中的"
                + "關鍵地位。香港正全力建設國際創科中心。」");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(Quote.DIRECT);
        assertThat(q.get(0).text()).startsWith("『深圳-香港-廣州』創新集群").endsWith("香港正全力建設國際創科中心。");
    }

    @Test
    void speakerAfterTheQuotation() {
        List<Quote> q = quotes("創新科技及工業局局長孫東出席活動。「今次成功有賴於粵港澳大灣區核心城市合作。」他說。");
        assertThat(q).extracting(Quote::speaker, Quote::kind, Quote::text)
                .containsExactly(tuple("孫東", Quote.DIRECT, "今次成功有賴於粵港澳大灣區核心城市合作。"));
    }

    @Test
    void headlineNameColonStatementIsDirect() {
        List<Quote> q = quotes("陳家昌：與內地珠聯璧合雙向賦能\n中國科學技術部副部長陳家昌致辭表示，中央政府全力支持香港加快建設國際創新科技中心。\n");
        assertThat(q.get(0)).extracting(Quote::speaker, Quote::kind, Quote::text)
                .containsExactly("陳家昌", Quote.DIRECT, "與內地珠聯璧合雙向賦能");
    }

    @Test
    void headlineWithoutSpeakerIsNoQuote() {
        assertThat(quotes("港大學：發揮香港優勢 貢獻國家創科發展\n")).isEmpty();
        assertThat(quotes("大湾区核心竞争力:机制创新与要素整合\n")).isEmpty();
        assertThat(quotes("責任編輯：劉仁杰 美術編輯：譚志賢\n")).isEmpty();
    }

    @Test
    void circumstanceBetweenSpeakerAndVerb() {
        assertThat(quotes("▲陳茂波在發布會致辭時表示，香港與大灣區具備卓越條件，能成為世界最具活力及影響力的創新集群之一。"))
                .extracting(Quote::speaker).containsExactly("陳茂波");
    }

    @Test
    void courtesyOpeningTheParagraphIsFollowedByTheStatement() {
        List<Quote> q = quotes("城大高級副校長（創新及企業）楊夢甦表示祝賀。城大將繼續配合國家政策，與特區政府攜手促進產學研合作。");
        assertThat(q).extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("楊夢甦", "城大將繼續配合國家政策，與特區政府攜手促進產學研合作"));
    }

    @Test
    void courtesyInTheMiddleOfAParagraphSaysNothing() {
        assertThat(quotes("世界知識產權組織今日發布世界百強創新集群排名，「深圳-香港-廣州」創新集群榮登全球第一位，數碼港表示歡迎及祝賀。"
                + "今年的排名新加入風險資本交易量作為評核指標。")).isEmpty();
    }

    @Test
    void bylineJournalistIsNeverTheSpeaker() {
        List<Quote> q = quotes("數碼港主席陳細明表示，數碼港將加強與大灣區內創科機構聯手協作。 大公報記者 江凌風\n"
                + "大公報記者 江凌風\n江凌風表示，活動反應熱烈。\n");
        assertThat(q).extracting(Quote::speaker).containsExactly("陳細明");
    }

    @Test
    void unnamedExpertsAreNoSpeakers() {
        assertThat(quotes("展望未來，香港創科的成長之路，機遇與挑戰並存。專家們認為，既要持續深耕基礎研究、鞏固科研核心優勢。")).isEmpty();
    }

    @Test
    void pressReleaseRepeatingAQuoteIsOneQuote() {
        String paragraph = "數碼港主席陳細明表示︰「『深圳-香港-廣州』創新集群榮登《2025 年全球創新指數》榜首，彰顯了香港在國家創新戰略中的關鍵地位。」\n\n";
        assertThat(quotes(paragraph + "請按此處下載高像素新聞圖片。\n\n" + paragraph)).hasSize(1);
    }

    @Test
    void offsetsPointAtTheStatementInTheRepairedText() {
        String raw = "孫東認為今次成功有賴於粵港澳大灣區核心城市合作，河套香港園區即將開園。";
        Quote q = quotes("創新科技及工業局局長孫東表示，特區政府未來將繼續強化三個方面的工作。\n" + raw).get(1);
        String text = org.newsfacts.extract.mentions.ExtractorFixtures.analyze("創新科技及工業局局長孫東表示，特區政府未來將繼續強化三個方面的工作。\n" + raw).text();
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()).isEqualTo("今次成功有賴於粵港澳大灣區核心城市合作，河套香港園區即將開園");
    }

    @Test
    void spokespersonWithoutOrganisationOpeningAParagraphIsTheLastOfficeThatSpoke() {
        List<Quote> q = quotes("中新社香港9月27日電 香港特區政府發言人27日表示,可見粵港澳大灣區科技創新發展潛力無限。\n"
                + "發言人稱,隨着國家持續推進高水平雙向開放,亞洲將繼續是全球經濟增長的主要引擎。\n");
        assertThat(q).extracting(Quote::speaker).containsExactly("香港特區政府發言人", "香港特區政府發言人");
        assertThat(q.get(1).text()).contains("亞洲將繼續是全球經濟增長的主要引擎");
    }

    @Test
    void transcriptFormInTheBodyIsADirectQuoteOfAnyLength() {
        List<Quote> q = quotes("除了排名上升，15間香港實驗室獲國家科學技術部頒授全國重點實驗室牌照。\n"
                + "創新科技及工業局局長孫東：「這三個大學校長領軍的實驗室只是一個代表，一方面表現出各個學校對於全國重點實驗室的重視和承擔，"
                + "另外一方面也有助提升我們全國重點實驗室在全球的影響力，以及跨界別的合作能力，可以更好的吸引人才。」\n");
        assertThat(q).extracting(Quote::speaker, Quote::kind).containsExactly(tuple("孫東", Quote.DIRECT));
        assertThat(q.get(0).text()).startsWith("這三個大學校長").endsWith("可以更好的吸引人才。");
    }

    @Test
    void programmeOrInterviewBetweenSpeakerAndVerb() {
        assertThat(quotes("【Now新聞台】「深圳-香港-廣州」首次升上榜首，孫東在本台節目稱，這體現了政府大力支持初創企業的成果。\n"))
                .extracting(Quote::speaker).containsExactly("孫東");
        assertThat(quotes("香港特区政府创新科技及工业局局长孙东接受采访时表示,特区政府会继续强化三方面的工作。\n"))
                .extracting(Quote::speaker).containsExactly("孫東");
    }

    @Test
    void anOfficeShortenedAfterItsFullNameKeepsTheFullName() {
        // 中新社 2023: the spokesman is named in full once, then as 特區政府發言人.
        List<Quote> q = quotes("中新社香港9月27日電 香港特區政府發言人27日表示,可見粵港澳大灣區科技創新發展潛力無限。\n"
                + "27日,香港特區政府就該報告作出上述回應。特區政府發言人還説,國家“十四五”規劃明確支持香港建設國際創新科技中心。\n");
        assertThat(q).extracting(Quote::speaker).containsExactly("香港特區政府發言人", "香港特區政府發言人");
    }

    @Test
    void expressingAWarmWelcomeSaysNothing() {
        // 中新社 2025: "对此表示热烈欢迎" is a courtesy, as 數碼港's "表示歡迎及祝賀" (大公報 2025).
        List<Quote> q = quotes("香港特区政府发言人1日表示,这反映粤港澳大湾区的创新能力在国际上获高度肯定,特区政府对此表示热烈欢迎。\n");
        assertThat(q).extracting(Quote::text).noneMatch(t -> t.strip().equals("热烈欢迎"));
    }

    @Test
    void anAdverbOfEmphasisMayStandBeforeTheVerb() {
        // 快科技 2024 (dev2 18).
        List<Quote> q = quotes("值得注意的是,世界知识产权组织首席经济学家卡斯滕·芬克特别指出,中国不仅在数量上领先,更在质量上实现了飞跃,"
                + "其百强科技集群中有4个跻身全球前十。");
        assertThat(q).extracting(Quote::speaker).containsExactly("卡斯滕·芬克");
        assertThat(q.get(0).text()).contains("其百强科技集群中有4个跻身全球前十");
    }

    @Test
    void praiseReportsWhatThePronounsSpeakerPraised() {
        // 聯合日報 2025 (dev2 37): 他 is the chief economist named in the paragraph before.
        List<Quote> q = quotes("世界知识产权组织首席经济学家芬克表示,“深圳—香港—广州”创新集群升至第一,主要因为今年新加入风险资本交易量指标。\n"
                + "他称赞“深圳—香港—广州”3个城市在创新集群内各自发挥贡献,区内集群组成多元,其中香港作为科研中心,拥有全球顶尖的大学。\n");
        assertThat(q).extracting(Quote::speaker).containsExactly("芬克", "芬克");
        assertThat(q.get(1).text()).contains("香港作为科研中心,拥有全球顶尖的大学");
    }
}
