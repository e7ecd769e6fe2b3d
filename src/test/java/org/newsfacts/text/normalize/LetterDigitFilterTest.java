package org.newsfacts.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterDigitFilterTest {
    private final LetterDigitFilter words = new LetterDigitFilter();

    @Test
    void punctuationSpacesAndDashesAreDroppedLettersAndDigitsKept() {
        assertThat(words.apply("深圳─香港─廣州科技集群，全球第1！")).isEqualTo("深圳香港廣州科技集群全球第1");
        assertThat(words.apply("Shenzhen–Hong Kong–Guangzhou: No. 1")).isEqualTo("ShenzhenHongKongGuangzhouNo1");
    }

    @Test
    void withAndWithoutOffsetsTheTextIsTheSame() {
        String s = "「香港」在 2025 年排名第 18 位。";
        assertThat(words.apply(s)).isEqualTo(words.filter(s).text());
    }

    @Test
    void aKeptCharacterPointsWhereItWas() {
        Normalized n = words.filter("「香港」");
        assertThat(n.sourceStart(0)).isEqualTo(1);
        assertThat(n.sourceStart(1)).isEqualTo(2);
    }
}
