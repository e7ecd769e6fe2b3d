package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The first number of a range of percentages, written without its own sign. */
class PercentRangeTest {

    private static FigureReading read(String text, String written) {
        return PercentRange.read(Numerals.text(text), Numerals.all(text), Numerals.index(text, written));
    }

    @Test
    void theFirstNumberOfAPercentRangeIsAPercentage() {
        // The form of PercentFigureTest's range (增长5-10%); no article of corpus/ or dev2 writes one.
        FigureReading five = read("增长5-10%", "5");

        assertThat(five.unit()).isEqualTo(FigureUnits.PERCENT);
        assertThat(five.value()).isEqualByComparingTo(new BigDecimal("5"));
        assertThat(five.end() - five.start()).isEqualTo(1);
    }

    @Test
    void aRangeOfYearsIsNoPercentage() {
        // 002 (中通社): a range, but of years, not percentages.
        assertThat(read("2020-2025年全球创新集群前十名榜", "2020")).isNull();
    }
}
