package org.newsfacts.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneLineTest {
    @Test
    void aNewlineInAFileNameCannotForgeALineOfTheReport() {
        assertThat(OneLine.of("evil\nnewsfacts: 0 file(s) failed.txt")).doesNotContain("\n")
                .isEqualTo("evil\\nnewsfacts: 0 file(s) failed.txt");
    }

    @Test
    void aRightToLeftOverrideIsShownAsAnEscape() {
        assertThat(OneLine.of("invoice\u202Efdp.exe")).isEqualTo("invoice\\u202Efdp.exe");
    }

    @Test
    void chineseTextAndEmojiPassUnchanged() {
        assertThat(OneLine.of("深圳—香港—廣州 📈")).isEqualTo("深圳—香港—廣州 📈");
    }

    @Test
    void aBackslashIsDoubledSoEscapesCannotBeForged() {
        assertThat(OneLine.of("a\\nb")).isEqualTo("a\\\\nb");
    }
}
