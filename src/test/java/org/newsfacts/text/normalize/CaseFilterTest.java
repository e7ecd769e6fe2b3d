package org.newsfacts.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseFilterTest {
    private final CaseFilter lower = new CaseFilter();

    @Test
    void englishLettersBecomeLowerCaseAndChineseIsUntouched() {
        assertThat(lower.apply("Hong Kong ranks 18th in the GII 2025，全球第18位"))
                .isEqualTo("hong kong ranks 18th in the gii 2025，全球第18位");
    }

    @Test
    void aLetterThatStringLowerCaseWouldWidenStaysOneCharacterSoOffsetsHold() {
        // String.toLowerCase turns İ into i and a combining dot: two characters where there was one.
        assertThat("İstanbul".toLowerCase(java.util.Locale.ROOT)).hasSize(9);
        Normalized n = lower.filter("İstanbul Technical University");
        assertThat(n.text()).hasSize("İstanbul Technical University".length());
        assertThat(n.text()).startsWith("istanbul technical");
    }

    @Test
    void theMapIsTheSameWithOrWithoutOffsets() {
        String s = "Shenzhen–Hong Kong–Guangzhou cluster";
        assertThat(lower.apply(s)).isEqualTo(lower.filter(s).text());
    }
}
