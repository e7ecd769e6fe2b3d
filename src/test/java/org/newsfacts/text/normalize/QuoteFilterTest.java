package org.newsfacts.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFilterTest {
    @Test
    void cornerBracketsAndCurlyQuotesBecomeOnePair() {
        assertThat(new QuoteFilter().filter("他表示：「香港『北部都會區』是重點」").text())
                .isEqualTo("他表示：“香港“北部都會區”是重點”");
    }

    @Test
    void singleMarksAndApostrophesBecomeTheAsciiApostrophe() {
        assertThat(new QuoteFilter().filter("Hong Kong’s ‘top 100’").text()).isEqualTo("Hong Kong's 'top 100'");
    }

    @Test
    void theViewLeavesMarksThatShowNoSideAsWritten() {
        assertThat(new QuoteFilter().apply("He said \"yes\" and 'no'")).isEqualTo("He said \"yes\" and 'no'");
    }

    @Test
    void thePlainFormMakesEveryDoubleMarkOneAndEverySingleMarkOne() {
        QuoteFilter plain = QuoteFilter.plain();
        assertThat(plain.apply("「香港『北部都會區』」")).isEqualTo(plain.apply("“香港\"北部都會區\"”"));
        assertThat(plain.apply("「香港『北部都會區』」")).isEqualTo("\"香港\"北部都會區\"\"");
        assertThat(plain.apply("Hong Kong‚s ‘top’")).isEqualTo("Hong Kong's 'top'");
    }
}
