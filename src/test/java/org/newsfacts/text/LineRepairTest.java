package org.newsfacts.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.Fixtures.corpusText;

class LineRepairTest {
    private static final String PAPER = LineRepair.repair(corpusText("000_f31145e2631746c2.txt"));
    private static final String BILINGUAL = LineRepair.repair(corpusText("004_590e8b99fe6055a9.txt"));

    @Test
    void joinsAWordBrokenAcrossLinesAndABlankLine() {
        // "香港特別行" / "" / "政區政府發言人表示，" in the newspaper's text
        assertThat(PAPER).contains("香港特別行政區政府發言人表示");
    }

    @Test
    void rebuildsAHeadlineSetOneCharacterPerLine() {
        assertThat(PAPER).contains("《2025年全球創新指數》世界百強創新集群發布活動昨日舉行。");
    }

    @Test
    void joinsTheLinesOfANarrowColumn() {
        assertThat(PAPER).contains("世界知識產權組織公布的創新集群排名，反映粵港澳大灣區的創新能力在國際上獲得高度肯定。");
    }

    @Test
    void joinsANumberBrokenFromItsUnit() {
        assertThat(PAPER).contains("2019年至2023年間");
    }

    @Test
    void keepsAHeadingApartFromTheParagraphUnderIt() {
        assertThat(PAPER).contains("孫東：繼續強化科研等工作\n創新科技及工業局局長孫東表示");
    }

    @Test
    void keepsTableCellsOnLinesOfTheirOwn() {
        assertThat(PAPER).contains("深圳─香港─廣州\n東京─橫濱");
        assertThat(PAPER).contains("117,542\n135,129");
    }

    @Test
    void dropsTheSpacesPdfPutsBesideChinesePunctuation() {
        assertThat(PAPER).contains("集群，「深圳─香港─廣州」集群排名全球第一");
    }

    @Test
    void keepsTheSpaceBetweenChineseWordsOfABylineOrHeadline() {
        assertThat(PAPER).contains("大公報記者 江凌風");
    }

    @Test
    void keepsEnglishParagraphsAndTheSpacesBetweenWords() {
        assertThat(BILINGUAL).contains("On this occasion, WIPO hosted two events in Hong Kong. The first was the signing");
        assertThat(BILINGUAL).contains("innovation clusters.\n\nAfter five years in second place");
    }

    @Test
    void joinsWrappedEnglishLinesWithASpace() {
        String wrapped = "The change lifted the rankings of several US clusters, while London\nin the UK leapt from 21st to eighth.";
        assertThat(LineRepair.repair(wrapped))
                .isEqualTo("The change lifted the rankings of several US clusters, while London in the UK leapt from 21st to eighth.");
    }

    @Test
    void keepsALineThatEndsASentenceApartFromTheNext() {
        assertThat(LineRepair.repair("港大校長張翔表示祝賀。\n中大校長盧煜明表示，中大現有逾2400個獲授權專利。"))
                .isEqualTo("港大校長張翔表示祝賀。\n中大校長盧煜明表示，中大現有逾2400個獲授權專利。");
    }

    @Test
    void leavesTextWhoseLinesAreParagraphsAsItIs() {
        String web = corpusText("002_7c878330511f077d.txt");
        String repaired = LineRepair.repair(web);
        assertThat(repaired).contains("港深广科技集群超越东京-横滨登顶全球创新榜首\n创始人\n2025-09-18 14:01:17");
        assertThat(repaired).contains("角色。(完)\n\n相关内容");
    }

    @Test
    void doesNotRunAWebAddressIntoTheTextAfterIt() {
        String repaired = LineRepair.repair(corpusText("001_393174bd8e1c55be.txt"));
        assertThat(repaired).contains("pLH\n世界知識產權組織今日");
    }

    @Test
    void keepsATablesLastRowApartFromTheNextColumnsHeader() {
        assertThat(LineRepair.repair("東京─橫濱\n聖何塞─三藩市\nPCT提交的國際\n專利申請量\n117,542"))
                .startsWith("東京─橫濱\n聖何塞─三藩市\nPCT提交的國際");
    }
}
