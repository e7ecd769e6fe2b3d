package org.newsfacts.reconcile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which articles are copies of one story, as a run over many thousands of articles builds it: exact copies far
 * apart, a copy of a near-duplicate, names given out of path order. Text from dev2's 01 (觀察者網) and 22 (The Star).
 */
class StoryGroupsTest {
    private static final String GUANCHA = "當地時間14日，聯合國下屬的世界知識產權組織（WIPO）提前發布了2022年“全球創新指數”報告的部分內容"
            + "——“全球百大科技集群排名”，其中顯示中國擁有21個世界領先的科技集群，在數量上首次追平美國，并列世界第一。";
    private static final String STAR = "Kuala Lumpur has made history by appearing for the first time among the top"
            + " 100, ranking 93rd in the Science and Technology (S&T) Cluster of the Global Innovation Index.";

    @Test
    void anExactCopyAddedThousandsOfArticlesLaterJoinsTheFirst() {
        StoryGroups stories = new StoryGroups();
        stories.add("a/0000.txt", GUANCHA);
        // 5,000 unrelated texts between them (letters drawn at random: no two alike), so the tables grow.
        java.util.Random random = new java.util.Random(11);
        for (int i = 1; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            random.ints(120, 'a', 'z' + 1).forEach(text::appendCodePoint);
            stories.add(String.format("a/%04d.txt", i), text.toString());
        }
        stories.add("b/copy.txt", GUANCHA);

        assertThat(stories.storyOf("b/copy.txt")).isEqualTo("a/0000.txt");
        assertThat(stories.storyOf("a/2500.txt")).isEqualTo("a/2500.txt");
        assertThat(stories.copies()).containsOnlyKeys("a/0000.txt");
        assertThat(stories.copies().get("a/0000.txt")).containsExactly("a/0000.txt", "b/copy.txt");
    }

    @Test
    void anExactCopyOfANearDuplicateIsTheSameStory() {
        StoryGroups stories = new StoryGroups();
        stories.add("mirror/star.txt", "Home | World\n" + STAR);
        stories.add("star.txt", STAR);
        stories.add("z/star-again.txt", "Home | World\n" + STAR);

        assertThat(stories.copies()).containsOnlyKeys("mirror/star.txt");
        assertThat(stories.copies().get("mirror/star.txt"))
                .containsExactly("mirror/star.txt", "star.txt", "z/star-again.txt");
    }

    @Test
    void aStoryIsNamedByItsFirstDocumentInPathOrderWhateverTheOrderOfAdding() {
        StoryGroups stories = new StoryGroups();
        stories.add("c.txt", GUANCHA);
        stories.add("b.txt", STAR);
        stories.add("a.txt", GUANCHA);

        assertThat(stories.storyOf("c.txt")).isEqualTo("a.txt");
        assertThat(stories.storyOf("b.txt")).isEqualTo("b.txt");
        assertThat(stories.storyOf("unknown.txt")).isEqualTo("unknown.txt");
        assertThat(stories.copies()).isEqualTo(java.util.Map.of("a.txt", List.of("a.txt", "c.txt")));
    }

    @Test
    void aDocumentAddedTwiceKeepsItsFirstText() {
        StoryGroups stories = new StoryGroups();
        stories.add("中文/報道.txt", GUANCHA);
        stories.add("中文/報道.txt", STAR);
        stories.add("star.txt", STAR);

        assertThat(stories.storyOf("star.txt")).isEqualTo("star.txt");
        assertThat(stories.copies()).isEmpty();
    }
}
