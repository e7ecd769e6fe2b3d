package org.newsfacts.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpaceFilterTest {
    @Test
    void collapsingTrimsTheEndsAndMakesARunOfSpacesOne() {
        assertThat(SpaceFilter.collapse().apply("  Related   stories \t")).isEqualTo("Related stories");
    }

    @Test
    void collapsingDropsTheSpaceBetweenTwoHanCharacters() {
        assertThat(SpaceFilter.collapse().apply("相關 新聞")).isEqualTo("相關新聞");
        assertThat(SpaceFilter.collapse().apply("延伸 閱讀 more")).isEqualTo("延伸閱讀 more");
    }

    @Test
    void droppingAllRemovesLineBreaksIdeographicSpacesAndInvisibleMarks() {
        assertThat(SpaceFilter.dropAll().apply("香港　在全球\n創新\u200B指數 排名")).isEqualTo("香港在全球創新指數排名");
    }

    @Test
    void aKeptCharacterStillPointsWhereItWasAfterSpacesWereDropped() {
        Normalized n = SpaceFilter.dropAll().filter("GII 2025");
        assertThat(n.text()).isEqualTo("GII2025");
        assertThat(n.sourceStart(3)).isEqualTo(4);
        assertThat(n.sourceEnd(3)).isEqualTo(5);
    }

    @Test
    void theIdeographicAndNoBreakSpacesAreSpaces() {
        assertThat(SpaceFilter.isSpace('\u3000')).isTrue();
        assertThat(SpaceFilter.isSpace('\u00A0')).isTrue();
        assertThat(SpaceFilter.isSpace('-')).isFalse();
    }
}
