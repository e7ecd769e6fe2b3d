package org.newsfacts.text;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        AnalyzedText analyzed = Fixtures.analyzer().analyze(text);
        return analyzed.sentences().stream().map(s -> analyzed.text().substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsChineseAtFullStops() {
        assertThat(sentences("孫東認為今次成功有賴於核心城市合作。此外，前海、南沙亦屬重要合作平台。"))
                .containsExactly("孫東認為今次成功有賴於核心城市合作。", "此外，前海、南沙亦屬重要合作平台。");
    }

    @Test
    void splitsChineseAtSemicolonsAndQuestionMarks() {
        assertThat(sentences("大湾区发生了什么？深圳创造性走出了新模式；广州设立三大母基金。"))
                .containsExactly("大湾区发生了什么？", "深圳创造性走出了新模式；", "广州设立三大母基金。");
    }

    @Test
    void keepsTheClosingQuoteWithTheSentenceItEnds() {
        assertThat(sentences("陳細明表示︰「貢獻大灣區國際科創中心建設。」數碼港亦一直通過旗下基金投資。"))
                .containsExactly("陳細明表示︰「貢獻大灣區國際科創中心建設。」", "數碼港亦一直通過旗下基金投資。");
    }

    @Test
    void doesNotSplitAtACommaInsideAQuote() {
        assertThat(sentences("他表示，開放合作方為正道，願以更開放的姿態攜手推動國際科技交流與合作。")).hasSize(1);
    }

    @Test
    void splitsEnglishWithTheOpenNlpModelNotAtAbbreviations() {
        assertThat(sentences("The U.S. has four clusters in the top ten. China accounts for three."))
                .containsExactly("The U.S. has four clusters in the top ten.", "China accounts for three.");
    }

    @Test
    void neverRunsASentenceAcrossAParagraph() {
        assertThat(sentences("中國擁24集群全球最多\n全球百大創新集群涵蓋33個經濟體。"))
                .containsExactly("中國擁24集群全球最多", "全球百大創新集群涵蓋33個經濟體。");
    }
}
