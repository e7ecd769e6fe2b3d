package org.newsfacts.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharMapFilterTest {
    @Test
    void aChainOfCharacterMapsIsOneTableThatAppliesThemInOrder() {
        CharMapFilter chained = CharMapFilter.chain(new WidthFilter(), new CaseFilter());
        // Full-width Ｇ folds to G first, which the case step then lowers.
        assertThat(chained.apply("ＧＤＰ增長２．５％")).isEqualTo("gdp增長2.5%");
    }

    @Test
    void theTableAgreesWithTheFilterChainOnAWholeSentence() {
        String s = "“Ｈｏｎｇ Ｋｏｎｇ’s” ranking rose to 18th — its best in ５ years";
        CharMapFilter table = CharMapFilter.chain(new WidthFilter(), new QuoteFilter(), new CaseFilter());
        FilterChain chain = FilterChain.of(new WidthFilter(), new QuoteFilter(), new CaseFilter());
        assertThat(table.apply(s)).isEqualTo(chain.filter(s).text());
    }

    @Test
    void everyCharacterMapsToItselfInTheOffsetMap() {
        Normalized n = CharMapFilter.chain(new WidthFilter(), new CaseFilter()).filter("ＧＩＩ");
        for (int i = 0; i < 3; i++) {
            assertThat(n.sourceStart(i)).isEqualTo(i);
            assertThat(n.sourceEnd(i)).isEqualTo(i + 1);
        }
    }
}
