package org.newsfacts.extract.mentions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.extract.mentions.ExtractorFixtures.ids;
import static org.newsfacts.extract.mentions.ExtractorFixtures.mentionsOfType;

/** People: HanLP's recogniser and the title, label and byline patterns around it. */
class PersonMentionTest {

    private static Mention only(String raw) {
        List<Mention> people = mentionsOfType(raw, Mention.PERSON);
        assertThat(people).hasSize(1);
        return people.get(0);
    }

    @Test
    void titleBeforeNameIsKeptAsTitle() {
        Mention p = only("中國國家知識產權局副局長張志成表示，是次排名充分體現粵港澳大灣區科技集群在全球的代表性。");
        assertThat(p.id()).isEqualTo("張志成");
        assertThat(p.title()).isEqualTo("中國國家知識產權局副局長");
    }

    @Test
    void twoCharacterNameEndsWhereTheVerbBegins() {
        assertThat(only("創新科技及工業局局長孫東表示，特區政府未來將繼續強化三個方面的工作。").id()).isEqualTo("孫東");
    }

    @Test
    void nameHanlpReadsAsADateIsFoundAfterTitle() {
        Mention p = only("香港新闻网4月2日电 香港新任警务处处长周一鸣今天履新。");
        assertThat(p.surface()).isEqualTo("周一鸣");
        assertThat(p.id()).isEqualTo("周一鳴");
    }

    @Test
    void namesHanlpCutsShortAreReadWhole() {
        assertThat(ids("諒解備忘錄在財政司司長陳茂波、WIPO副總幹事王彬穎和高等法院首席法官潘兆初見證下簽署。", Mention.PERSON))
                .containsExactly("陳茂波", "王彬穎", "潘兆初");
    }

    @Test
    void transliteratedNameKeepsBothParts() {
        Mention p = only("WIPO助理總幹事馬爾科．阿萊曼簽署。");
        assertThat(p.id()).isEqualTo("馬爾科．阿萊曼");
        assertThat(p.title()).isEqualTo("WIPO助理總幹事");
    }

    @Test
    void parenthesisBetweenTitleAndNameBelongsToTitle() {
        Mention p = only("城大高級副校長（創新及企業）楊夢甦表示祝賀。");
        assertThat(p.id()).isEqualTo("楊夢甦");
        assertThat(p.title()).isEqualTo("城大高級副校長（創新及企業）");
    }

    @Test
    void bylineJournalistsArePeopleMarkedAsBylines() {
        List<Mention> people = mentionsOfType("大公報記者 江凌風（文）\n蔡文豪（圖）\n", Mention.PERSON);
        assertThat(people).extracting(Mention::id).containsExactly("江凌風", "蔡文豪");
        assertThat(people).allMatch(Mention::byline).noneMatch(Mention::speaker);
    }

    @Test
    void bracketedBylineNamesTheWriterAfterTheOutlet() {
        List<Mention> people = mentionsOfType("世界知識產權組織:中國擁有21個頂級科技集群,與美國并列第一\n【文/觀察者網 劉騫】\n"
                + "當地時間14日,聯合國下屬的世界知識產權組織提前發布了2022年“全球創新指數”報告的部分內容。\n", Mention.PERSON);
        assertThat(people).extracting(Mention::id, Mention::title, Mention::byline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("劉騫", "觀察者網", true));
    }

    @Test
    void bylineListsSeveralWriters() {
        assertThat(ids("香港中通社5月6日电 香港中通社记者 罗光萍 陈卓仪  香港特区行政长官", Mention.PERSON))
                .containsExactly("羅光萍", "陳卓儀");
    }

    @Test
    void contactLabelIntroducesName() {
        assertThat(ids("傳媒查詢，請聯絡︰\n數碼港\n姓名 : 許明麗\n電話︰（852）3166 3993\n", Mention.PERSON))
                .containsExactly("許明麗");
    }

    @Test
    void wordsHanlpMistakesForNamesAreNotPeople() {
        assertThat(ids("回望過去一年，是香港立足「由治及興」新階段，深耕創新科技、重塑發展動能的關鍵一年。", Mention.PERSON)).isEmpty();
        assertThat(ids("成立六所研究中心，專注於健康、生物醫學、機械人工程和人工智能領域。", Mention.PERSON)).isEmpty();
        assertThat(ids("過去5年，深港穗集群排名一直位居第二。不過如果計及前15名，中國尚有杭州及南京集群。", Mention.PERSON)).isEmpty();
    }

    @Test
    void aModifierAndANounAfterATitleAreNoName() {
        // 高 read first as an adjective, 密度 a common noun: "high density", not a writer called 高密度.
        assertThat(ids("这一方法标记出那些发明人和科学作品作家高密度汇聚的地理区域。", Mention.PERSON)).isEmpty();
    }

    @Test
    void aSurnameBeforeAGivenNameThatIsAlsoANounIsStillAName() {
        // 文豪 is a noun of the dictionary, but 蔡 is read first as a surname.
        assertThat(ids("大公報記者 江凌風（文）\n蔡文豪（圖）\n", Mention.PERSON)).contains("蔡文豪");
    }

    @Test
    void nameIntroducedOnceIsFoundWhereRepeated() {
        List<Mention> sun = mentionsOfType("孫東：繼續強化科研等工作\n創新科技及工業局局長孫東表示，特區政府未來將繼續強化三個方面的工作。\n",
                Mention.PERSON);
        assertThat(sun).hasSize(2).extracting(Mention::id).containsOnly("孫東");
        assertThat(sun.get(0).title()).isEqualTo("創新科技及工業局局長");
    }

    @Test
    void simplifiedNameGetsTraditionalId() {
        assertThat(ids("香港新闻网3月29日电 香港歌手李国祥29日被证实离世,终年60岁。", Mention.PERSON)).containsExactly("李國祥");
    }

    @Test
    void englishNameAfterTitleAndSurnameAfterwards() {
        List<Mention> people = mentionsOfType("WIPO Director General Daren Tang said the ranking had changed.\n\n"
                + "\"This is a historic moment for the whole region,\" said Tang.\n", Mention.PERSON);
        assertThat(people).extracting(Mention::surface).containsExactly("Daren Tang", "Tang");
        assertThat(people).extracting(Mention::id).containsOnly("Daren Tang");
        assertThat(people.get(0).title()).isEqualTo("WIPO Director General");
    }

    @Test
    void capitalisedPlacesAreNotPeople() {
        assertThat(ids("Extending the ranking to the top 15, China adds Hangzhou and Nanjing, while the US contributes "
                + "San Diego in California.", Mention.PERSON)).isEmpty();
    }

    @Test
    void honorificBetweenTitleAndNameStaysOutOfTheName() {
        Mention p = only("Domestic Trade and Cost of Living Minister Datuk Armizan Mohd Ali said this was a significant "
                + "achievement for Malaysia on the global stage.");
        assertThat(p.id()).isEqualTo("Armizan Mohd Ali");
        assertThat(p.title()).endsWith("Living Minister").doesNotContain("Datuk");
    }

    @Test
    void nameLaterWrittenWithoutItsLastPartIsTheSamePerson() {
        assertThat(ids("\"The target is ambitious,\" said MIMOS Bhd president and chief executive officer Saat Shukri Embong. "
                + "Saat Shukri said Malaysia's position in the GII reflects the nation's scientific capabilities.",
                Mention.PERSON)).containsExactly("Saat Shukri Embong");
    }

    @Test
    void surnameInCapitalsAfterAHyphenatedGivenNameIsPartOfTheName() {
        assertThat(ids("Prof. Jin-Guang TENG, President of PolyU, said, \"The cluster's top ranking is a testament to "
                + "the powerful synergy of collaborative innovation.\"", Mention.PERSON)).containsExactly("Jin-Guang TENG");
    }

    @Test
    void labelWithAColonIntroducesAnEnglishByline() {
        assertThat(ids("Editor: Martin Kadiev", Mention.PERSON)).containsExactly("Martin Kadiev");
    }

    @Test
    void chineseNameWithItsEnglishTitleInBracketsIsOnePersonUnderTheChineseName() {
        List<Mention> people = mentionsOfType("Deputy Director-General Wang Binying, 尊敬的陳家昌副部長 (Vice Minister of the "
                + "Ministry of Science and Technology, Dr Chen Jiachang), 張志成副局長(Deputy Commissioner of the China "
                + "National Intellectual Property Administration, Dr Zhang Zhicheng), distinguished guests,", Mention.PERSON);
        assertThat(people).extracting(Mention::id).containsExactly("Wang Binying", "陳家昌", "張志成");
        assertThat(people.get(1).title()).isEqualTo("Vice Minister of the Ministry of Science and Technology");
    }

    @Test
    void transliteratedNameOfOnePartBetweenTitleAndVerb() {
        assertThat(ids("世界知识产权组织首席经济学家芬克表示,“深圳—香港—广州”创新集群升至第一。", Mention.PERSON))
                .containsExactly("芬克");
    }

    @Test
    void adverbBetweenTitleAndVerbIsNoName() {
        assertThat(ids("香港特区政府发言人就此表示,粤港澳大湾区科技创新发展潜力无限。", Mention.PERSON)).isEmpty();
    }

    @Test
    void dottedTransliterationIsReadWholeHoweverHanlpCutsItsParts() {
        assertThat(ids("世界知识产权组织首席经济学家卡斯滕·芬克特别指出,中国不仅在数量上领先。", Mention.PERSON))
                .containsExactly("卡斯滕·芬克");
    }

    @Test
    void bylinePenNameWithoutSurname() {
        assertThat(ids("责任编辑 子轩", Mention.PERSON)).containsExactly("子軒");
    }
}
