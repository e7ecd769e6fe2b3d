package org.newsfacts.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumeralFilterTest {
    private final NumeralFilter numerals = new NumeralFilter();

    @Test
    void theThinAndFigureSpacesBetweenDigitGroupsBecomeSpaces() {
        assertThat(numerals.apply("1\u2009234\u202F567 people and 12\u2007000 firms"))
                .isEqualTo("1 234 567 people and 12 000 firms");
    }

    @Test
    void theMinusSignBecomesAHyphenMinus() {
        assertThat(numerals.apply("GDP growth of \u22120.4%")).isEqualTo("GDP growth of -0.4%");
    }

    @Test
    void anEnDashBetweenYearsIsARangeAndIsLeftAsWritten() {
        assertThat(numerals.apply("2020–2024")).isEqualTo("2020–2024");
    }
}
