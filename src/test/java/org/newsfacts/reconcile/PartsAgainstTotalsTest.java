package org.newsfacts.reconcile;

import org.junit.jupiter.api.Test;
import org.newsfacts.claims.Claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.reconcile.GoldClaims.MINGPAO;
import static org.newsfacts.reconcile.GoldClaims.TAKUNGPAO;
import static org.newsfacts.reconcile.GoldClaims.metric;

/** Places in a top N: 十強中國佔3席、美國佔4席; 前15名各佔5席; 24, 22 and 7 of the top 100. */
class PartsAgainstTotalsTest {
    private final Reconciler reconciler = Reconciler.load(org.newsfacts.Fixtures.MODELS);

    private static List<Claim> realCounts() {
        List<Claim> claims = new ArrayList<>(GoldClaims.of(MINGPAO,
                metric("clusters_in_top_n").or(metric("clusters_in_top100"))));
        claims.addAll(GoldClaims.of(TAKUNGPAO, metric("clusters_in_top100")));
        return claims;
    }

    @Test
    void theRealCountsAddUp() {
        Reconciliation result = reconciler.reconcile(realCounts());

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.agreements()).extracting(ReconciledGroup::kind)
                .containsOnly(ReconciledGroup.Kind.VALUES_AGREE);
    }

    @Test
    void partsThatExceedTheCutOffAreFlagged() {
        // A held-out article gives Japan 4 of the top 10, beside 004's China 3 and United States 4: 11 > 10.
        Claim us = GoldClaims.one(MINGPAO, "United States", "clusters_in_top_n", "美國則佔4席");
        List<Claim> claims = new ArrayList<>(realCounts());
        claims.add(GoldClaims.inDoc(GoldClaims.variant(us, "Japan", us.metric(), new BigDecimal("4"), "4", "top10",
                null), "held-out/japan.txt"));

        Reconciliation result = reconciler.reconcile(claims);

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ReconciledGroup.Kind.PARTS_EXCEED_TOTAL);
            assertThat(conflict.period()).isEqualTo("top10");
            assertThat(conflict.claims()).hasSize(5);
            assertThat(conflict.explanation()).startsWith("Clusters in the top 10: China 3 (")
                    .contains("add up to at least 11, more than the 10 places there are");
        });
    }

    @Test
    void moreInTheTopTenThanInTheTopFifteenIsFlagged() {
        Claim china = GoldClaims.one(MINGPAO, "China", "clusters_in_top_n", "十強中，中國佔3席");
        List<Claim> claims = new ArrayList<>(GoldClaims.of(MINGPAO, c -> c.subject().equals("China")
                && c.period() != null && c.period().equals("top15")));
        claims.add(GoldClaims.inDoc(GoldClaims.variant(china, "China", china.metric(), new BigDecimal("6"), "6",
                "top10", null), "held-out/six.txt"));

        Reconciliation result = reconciler.reconcile(claims);

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ReconciledGroup.Kind.PARTS_NOT_NESTED);
            assertThat(conflict.explanation()).contains("China has at least 6 of the top 10",
                    "at most 5 of the top 15");
        });
    }
}
