package org.newsfacts.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WidthFilterTest {
    @Test
    void fullWidthDigitsLettersAndPercentBecomeAscii() {
        assertThat(new WidthFilter().filter("ＧＤＰ增長２．５％").text()).isEqualTo("GDP增長2.5%");
    }

    @Test
    void theIdeographicSpaceAndTheVerticalColonBecomeTheirAsciiForms() {
        assertThat(new WidthFilter().filter("記者　陳大文︰").text()).isEqualTo("記者 陳大文:");
    }

    @Test
    void everyCharacterMapsToItselfSinceNoLengthChanges() {
        Normalized n = new WidthFilter().filter("１２３");
        for (int i = 0; i < 3; i++) {
            assertThat(n.sourceStart(i)).isEqualTo(i);
            assertThat(n.sourceEnd(i)).isEqualTo(i + 1);
        }
    }

    @Test
    void aWholeStringFoldsInPlace() {
        assertThat(WidthFilter.fold("１６．９萬")).isEqualTo("16.9萬");
    }
}
