package org.newsfacts.text;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;
import org.newsfacts.text.normalize.ScriptConverter;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineReaderTest {
    private final DatelineReader reader = DatelineReader.load(Fixtures.MODELS, ScriptConverter.shared());

    private AnalyzedText analyze(String text) {
        return Fixtures.analyzer().analyze(text);
    }

    @Test
    void readsAChineseDateline() {
        AnalyzedText text = analyze("新聞稿\n香港，2025 年 9 月 1 日 - 世界知識產權組織今日（9 月 1 日）發布《2025 年全球創新指數》。");
        assertThat(reader.publicationDate(text)).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void readsATimestampUnderAHeadline() {
        AnalyzedText text = analyze("港深广科技集群超越东京-横滨登顶全球创新榜首\n创始人\n2025-09-18 14:01:17\n香港新闻网9月18日电 粤港澳大湾区科技创新迎来历史性突破。");
        assertThat(reader.publicationDate(text)).isEqualTo(LocalDate.of(2025, 9, 18));
        assertThat(reader.outlet(text)).isEqualTo("香港新闻网");
    }

    @Test
    void readsAnEditorialsDatelineDeepInTheText() {
        AnalyzedText text = analyze(Fixtures.corpusText("004_590e8b99fe6055a9.txt"));
        assertThat(reader.publicationDate(text)).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(reader.outlet(text)).isEqualTo("明報");
    }

    @Test
    void takesTheOutletFromAReportersByline() {
        AnalyzedText text = analyze(Fixtures.corpusText("000_f31145e2631746c2.txt"));
        assertThat(reader.outlet(text)).isEqualTo("大公報");
    }

    @Test
    void ignoresADateInsideTheStory() {
        String story = "創科園首批租戶年底進駐\n" + "港深創科園正提速提量發展，首三座大樓將落成。".repeat(20)
                + "月面機械人計劃於2028年3月1日完成設計及試驗。";
        assertThat(reader.publicationDate(analyze(story))).isNull();
    }
}
