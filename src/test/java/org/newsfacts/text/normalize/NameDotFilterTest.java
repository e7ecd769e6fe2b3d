package org.newsfacts.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameDotFilterTest {
    @Test
    void everyDotBetweenThePartsOfANameBecomesAFullStop() {
        NameDotFilter dots = new NameDotFilter();
        assertThat(dots.apply("卡斯滕·芬克")).isEqualTo("卡斯滕.芬克");
        assertThat(dots.apply("卡斯滕・芬克")).isEqualTo("卡斯滕.芬克");
        assertThat(dots.apply("馬爾科‧阿萊曼")).isEqualTo("馬爾科.阿萊曼");
    }

    @Test
    void theFullWidthStopMeetsTheOthersOnlyAfterWidthFolding() {
        FilterChain chain = FilterChain.of(new WidthFilter(), new NameDotFilter());
        assertThat(chain.apply("邓鸿森．芬克")).isEqualTo(chain.apply("邓鸿森·芬克"));
    }
}
