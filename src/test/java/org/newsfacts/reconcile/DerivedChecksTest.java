package org.newsfacts.reconcile;

import org.junit.jupiter.api.Test;
import org.newsfacts.claims.Claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.reconcile.GoldClaims.HKCNA;
import static org.newsfacts.reconcile.GoldClaims.TAKUNGPAO;
import static org.newsfacts.reconcile.GoldClaims.about;
import static org.newsfacts.reconcile.GoldClaims.metric;

/** Shares checked against the counts of an article that gives both (000's top-10 table and its text). */
class DerivedChecksTest {
    private static final String SHG = "Shenzhen–Hong Kong–Guangzhou";
    private final Reconciler reconciler = Reconciler.load(org.newsfacts.Fixtures.MODELS);

    @Test
    void countsRuleOutAShareEvenWhereNoArticleStatesAnother() {
        // Leave out 000's own 9%: the two 12% of 002 agree with each other, and only 000's counts and its
        // shares for Tokyo–Yokohama and Seoul show that 12% cannot be right.
        List<Claim> claims = new ArrayList<>(GoldClaims.of(TAKUNGPAO,
                metric("pct_filings").or(metric("pct_share").and(c -> !c.subject().equals(SHG)))));
        claims.addAll(GoldClaims.of(HKCNA, about(SHG, "pct_share")));

        Reconciliation result = reconciler.reconcile(claims);

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ReconciledGroup.Kind.COUNTS_CONTRADICT_SHARE);
            assertThat(conflict.subject()).isEqualTo(SHG);
            assertThat(conflict.claims()).extracting(Claim::doc).containsOnly(HKCNA);
            ShareCheck check = conflict.shareChecks().get(0);
            assertThat(check.anchorDoc()).isEqualTo(TAKUNGPAO);
            assertThat(check.pairs()).extracting(ShareCheck.Pair::subject).containsExactly("Seoul", "Tokyo–Yokohama");
            assertThat(check.impliedShare().low()).isBetween(new BigDecimal("8.91"), new BigDecimal("8.92"));
            assertThat(check.impliedShare().high()).isBetween(new BigDecimal("8.98"), new BigDecimal("8.99"));
            assertThat(conflict.explanation()).contains("135,129 at 10.3%", "1,308,600–1,318,300",
                    "117,542 is 8.92–8.98%", "rules out 12% from " + HKCNA);
        });
    }

    @Test
    void countsBackTheRightShareInTheExplanationOfAConflict() {
        List<Claim> claims = new ArrayList<>(GoldClaims.of(TAKUNGPAO, metric("pct_filings").or(metric("pct_share"))));
        claims.addAll(GoldClaims.of(HKCNA, about(SHG, "pct_share")));

        Reconciliation result = reconciler.reconcile(claims);

        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ReconciledGroup.Kind.VALUES_DISAGREE);
            assertThat(conflict.explanation()).contains("they cannot both be true. Derived check: in " + TAKUNGPAO,
                    "backs 9% from " + TAKUNGPAO, "rules out 12% from " + HKCNA);
        });
    }

    @Test
    void aShareAtTheRoundingEdgeOfTheCountsStaysAnAgreement() {
        // 000's publication counts put Shenzhen–Hong Kong–Guangzhou at about 2.30–2.39%: 2.4% is at the edge.
        List<Claim> claims = new ArrayList<>(GoldClaims.of(TAKUNGPAO, metric("pub_count").or(metric("pub_share"))));
        claims.addAll(GoldClaims.of(HKCNA, about(SHG, "pub_share")));

        Reconciliation result = reconciler.reconcile(claims);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.agreements()).singleElement().satisfies(agreement -> {
            assertThat(agreement.shareChecks()).singleElement().satisfies(check -> {
                assertThat(check.contradicted()).isEmpty();
                assertThat(check.fitting()).hasSize(2);
            });
            assertThat(agreement.explanation()).contains("is 2.30–2.39%, consistent with 2.4%");
        });
    }

    @Test
    void anArticleWhoseCountsAndSharesImplyDifferentTotalsIsNotUsedAsACheck() {
        // 000's VC table counts and its 2019–2023 VC shares imply totals of ~236,000 and ~250,000 deals. Were
        // both bound to one period, 000 could not vouch for any share; another article's share stays unflagged.
        List<Claim> claims = new ArrayList<>();
        for (Claim c : GoldClaims.of(TAKUNGPAO, metric("vc_deals").or(metric("vc_share")))) {
            claims.add(c.metric().equals("vc_deals") && c.period() == null
                    ? GoldClaims.variant(c, c.subject(), c.metric(), c.value(), c.surface(), "2019-2023", null) : c);
        }
        // Beijing's 6,727 deals would be 2.7% of a 250,000 total or 2.9% of 236,000; a held-out 2.0% is
        // contradicted by neither, because neither total can be trusted.
        Claim sjsf = GoldClaims.of(TAKUNGPAO, about("San Jose–San Francisco", "vc_share")).get(0);
        claims.add(GoldClaims.inDoc(GoldClaims.variant(sjsf, "Beijing", "vc_share", new BigDecimal("2.0"),
                "2.0%", "2019-2023", null), "held-out/other.txt"));

        Reconciliation result = reconciler.reconcile(claims);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.notes()).singleElement().satisfies(note -> {
            assertThat(note.kind()).isEqualTo(Note.INCONSISTENT_ANCHOR);
            assertThat(note.docs()).containsExactly(TAKUNGPAO);
        });
    }
}
