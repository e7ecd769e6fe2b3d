package org.newsfacts.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptFilterTest {
    private final ScriptFilter script = new ScriptFilter(ScriptConverter.shared());

    @Test
    void traditionalHanBecomesSimplifiedCharacterByCharacter() {
        Normalized n = script.filter("全球創新指數排名");
        assertThat(n.text()).isEqualTo("全球创新指数排名");
        assertThat(n.sourceStart(2)).isEqualTo(2);
        assertThat(n.sourceEnd(2)).isEqualTo(3);
    }

    @Test
    void latinTextAndDigitsAreCopied() {
        assertThat(script.filter("GII 2025 排名第1").text()).isEqualTo("GII 2025 排名第1");
    }

    @Test
    void aCodePointOutsideHanMapsAsAWholeSoNothingPointsInsideIt() {
        Normalized n = script.filter("a😀b");
        assertThat(n.sourceStart(1)).isEqualTo(1);
        assertThat(n.sourceEnd(1)).isEqualTo(3);
        assertThat(n.sourceStart(2)).isEqualTo(1);
        assertThat(n.sourceEnd(2)).isEqualTo(3);
    }

    @Test
    void perCharacterConversionIgnoresThePhraseSoASnippetFoldsAsItDoesInTheWholeText() {
        ScriptFilter chars = ScriptFilter.perCharacter(ScriptConverter.shared());
        // The phrase table makes 瞭解 了解; a snippet that starts at 瞭 or ends before 解 could not follow it.
        assertThat(script.apply("瞭解")).isEqualTo("了解");
        assertThat(chars.apply("瞭解")).isEqualTo(chars.apply("瞭") + chars.apply("解"));
        assertThat(chars.apply("全球創新指數")).isEqualTo("全球创新指数");
    }
}
