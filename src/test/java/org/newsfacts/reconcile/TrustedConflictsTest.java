package org.newsfacts.reconcile;

import org.junit.jupiter.api.Test;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimIds;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conflicts an editor can trust: only between different stories, only from confident bindings; a story that
 * contradicts itself is a doubt. Sentences from dev2's Kuala Lumpur articles (The Star 22, FMT 24).
 */
class TrustedConflictsTest {
    private static final String STAR = "22_thestar_kl_93rd_2024.txt";
    private static final String FMT = "24_fmt_malaysia_33rd_kl_96th_2024.txt";
    private static final String STAR_SENTENCE = "Kuala Lumpur has made history by appearing for the first time among"
            + " the top 100, ranking 93rd in the Science and Technology (S&T) Cluster of the Global Innovation Index";
    private static final String FMT_SENTENCE = "The ministry said Kuala Lumpur was also listed among the 100 best"
            + " science and technology clusters in the world, at 96th place.";
    private final Reconciler reconciler = Reconciler.load(org.newsfacts.Fixtures.MODELS);

    private static Claim rank(String doc, int value, int start, String sentence, double confidence) {
        return new Claim(ClaimIds.of(doc, start, start + 4, "rank", "Kuala Lumpur"), doc, "Kuala Lumpur", "rank",
                BigDecimal.valueOf(value), "rank", null, "2024", null, null, start, start + 4, value + "th", sentence,
                null, null, "same_clause", confidence);
    }

    @Test
    void twoArticlesGivingDifferentPlacesConflict() {
        Reconciliation result = reconciler.reconcile(List.of(rank(STAR, 93, 120, STAR_SENTENCE, 0.9),
                rank(FMT, 96, 40, FMT_SENTENCE, 0.9)));

        assertThat(result.doubts()).isEmpty();
        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.claims()).extracting(Claim::doc).containsExactly(STAR, FMT);
            assertThat(c.explanation()).contains("93", "96");
        });
    }

    @Test
    void oneArticleGivingTwoPlacesIsADoubtNotAConflict() {
        Reconciliation result = reconciler.reconcile(List.of(rank(FMT, 93, 10, FMT_SENTENCE, 0.9),
                rank(FMT, 96, 40, FMT_SENTENCE, 0.9)));

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.doubts()).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(ReconciledGroup.Verdict.DOUBT);
            assertThat(d.explanation()).startsWith("Doubt, not a conflict");
        });
    }

    @Test
    void aSelfContradictingArticleTakesNoPartInAConflict() {
        Reconciliation result = reconciler.reconcile(List.of(rank(STAR, 93, 120, STAR_SENTENCE, 0.9),
                rank(FMT, 93, 10, FMT_SENTENCE, 0.9), rank(FMT, 96, 40, FMT_SENTENCE, 0.9)));

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.doubts()).singleElement().satisfies(d -> assertThat(d.docs()).isEqualTo(1));
    }

    @Test
    void aClaimBelowTheConfidenceThresholdIsNotCompared() {
        Reconciliation result = reconciler.reconcile(List.of(rank(STAR, 93, 120, STAR_SENTENCE, 0.9),
                rank(FMT, 96, 40, FMT_SENTENCE, Reconciler.CONFIDENT - 0.01)));

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.agreements()).isEmpty();
    }

    @Test
    void copiesOfOneStoryCountAsOneSource() {
        StoryGroups stories = new StoryGroups();
        String text = STAR_SENTENCE + " Domestic Trade and Cost of Living Minister Datuk Armizan Mohd Ali said this was"
                + " a significant achievement for Malaysia on the global innovation stage.";
        stories.add("mirror/" + STAR, "Home | World\n" + text);
        stories.add(STAR, text);

        Reconciliation result = reconciler.reconcile(List.of(rank(STAR, 93, 120, STAR_SENTENCE, 0.9),
                rank("mirror/" + STAR, 96, 40, STAR_SENTENCE, 0.9)), stories);

        assertThat(stories.storyOf("mirror/" + STAR)).isEqualTo(STAR);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.doubts()).singleElement();
        assertThat(result.copies()).containsKey(STAR);
    }

    @Test
    void differentStoriesAreNotCopies() {
        StoryGroups stories = new StoryGroups();
        stories.add(STAR, STAR_SENTENCE + " Domestic Trade and Cost of Living Minister Datuk Armizan Mohd Ali said.");
        stories.add(FMT, "Malaysia has moved up three spots to 33rd in the Global Innovation Index 2024, while "
                + FMT_SENTENCE);

        assertThat(stories.storyOf(FMT)).isEqualTo(FMT);
        assertThat(stories.copies()).isEmpty();
    }
}
