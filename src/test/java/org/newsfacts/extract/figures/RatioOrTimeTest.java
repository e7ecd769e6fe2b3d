package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Two numbers joined by a colon: a ratio, or a time of day whose minutes and seconds are no figures. */
class RatioOrTimeTest {
    private static final RatioOrTime RATIOS = new RatioOrTime(Numerals.LEXICON);

    private static RatioOrTime.Read read(String text, String written) {
        return RATIOS.read(Numerals.text(text), Numerals.all(text), Numerals.index(text, written));
    }

    @Test
    void aColonPairIsARatioOfTheSecondToTheFirst() {
        // 001 (數碼港): a fund's matching ratio.
        String text = "引資比率達到 1:9。數碼港亦透過「數碼港創業投資論壇」";
        RatioOrTime.Read read = read(text, "1");

        assertThat(read.last()).isEqualTo(Numerals.index(text, "9"));
        assertThat(read.ratio().value()).isEqualByComparingTo(new BigDecimal("9"));
        assertThat(read.ratio().unit()).isEqualTo(FigureUnits.RATIO);
        assertThat(text.substring(read.ratio().start(), read.ratio().end())).isEqualTo("1:9");
    }

    @Test
    void aTimeOfDayIsNoFigureAndTakesItsSeconds() {
        // 002 (中通社): the time stamp under the headline.
        String text = "2025-09-18 14:01:17";
        RatioOrTime.Read read = read(text, "14");

        assertThat(read.ratio()).isNull();
        assertThat(read.last()).isEqualTo(Numerals.index(text, "17"));
    }

    @Test
    void hoursAndMinutesAloneAreATimeToo() {
        // dev2 06 (香港新聞網, 2023): the dateline.
        String text = "2023-09-26 15:15 | 稿件來源:香港新聞網";
        RatioOrTime.Read read = read(text, "15");

        assertThat(read.ratio()).isNull();
        assertThat(read.last()).isEqualTo(Numerals.index(text, "15") + 1);
    }

    @Test
    void aNumberWithNoColonAfterItIsNeither() {
        assertThat(read("引資比率達到 1:9。", "9")).isNull();
    }
}
