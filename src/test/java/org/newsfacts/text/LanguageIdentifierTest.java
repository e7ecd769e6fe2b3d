package org.newsfacts.text;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageIdentifierTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_f31145e2631746c2.txt", "001_393174bd8e1c55be.txt", "002_7c878330511f077d.txt",
            "003_fc18a87fd1563ce0.txt", "004_590e8b99fe6055a9.txt"})
    void detectedLanguageOfEachSeedMatchesTheGold(String seed) throws Exception {
        Path gold = Fixtures.required(Fixtures.GOLD.resolve(seed + ".gold.json"));
        String expected = JsonMapper.builder().build().readTree(gold.toFile()).get("lang").asText();
        AnalyzedText text = Fixtures.analyzer().analyze(Fixtures.corpusText(seed));
        assertThat(text.lang().code()).isEqualTo(expected);
    }

    @Test
    void tellsTheEnglishAndChineseParagraphsOfABilingualArticleApart() {
        AnalyzedText text = Fixtures.analyzer().analyze(Fixtures.corpusText("004_590e8b99fe6055a9.txt"));
        assertThat(text.lang()).isEqualTo(Lang.MIXED);
        assertThat(langOf(text, "After five years in second place")).isEqualTo(Lang.EN);
        assertThat(langOf(text, "過去5年，深港穗集群排名一直位居第二")).isEqualTo(Lang.ZH_HANT);
    }

    @Test
    void tellsSimplifiedFromTraditionalScript() {
        AnalyzedText hans = Fixtures.analyzer().analyze("“深圳-香港-广州”科技集群首次超越日本“东京-横滨”，跃居全球创新集群榜首。");
        AnalyzedText hant = Fixtures.analyzer().analyze("「深圳─香港─廣州」集群排名全球第一，打破過去五年蟬聯第二紀錄。");
        assertThat(hans.lang()).isEqualTo(Lang.ZH_HANS);
        assertThat(hant.lang()).isEqualTo(Lang.ZH_HANT);
    }

    @Test
    void judgesAShortEnglishLineByItsLetters() {
        assertThat(Fixtures.analyzer().analyze("Glossary").lang()).isEqualTo(Lang.EN);
    }

    private static Lang langOf(AnalyzedText text, String start) {
        return text.paragraphs().stream()
                .filter(p -> text.text().startsWith(start, p.start()))
                .findFirst().orElseThrow().lang();
    }
}
