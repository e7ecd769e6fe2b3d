package org.newsfacts.reconcile;

import org.newsfacts.bench.ReconcileBenchmark;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's synthetic corpus, used to check verdicts at scale (not timed). */
class SyntheticCorpusTest {

    @Test
    void figuresRoundedFromTheSameTruthNeverConflict() {
        // Shares printed to one decimal from exact counts, thousands of anchors, ranks, approximations, scopes:
        // without misreported figures not one group may be flagged, the derived checks included.
        Reconciliation result = Reconciler.load(org.newsfacts.Fixtures.MODELS).reconcile(ReconcileBenchmark.generate(20_000, 11L, 0.0));

        assertThat(result.agreements()).isNotEmpty();
        assertThat(result.agreements()).anySatisfy(a -> assertThat(a.shareChecks()).isNotEmpty());
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void misreportedFiguresAreFlagged() {
        Reconciliation result = Reconciler.load(org.newsfacts.Fixtures.MODELS).reconcile(ReconcileBenchmark.generate(20_000, 11L, 0.01));

        assertThat(result.conflicts()).isNotEmpty();
        assertThat(result.conflicts()).extracting(ReconciledGroup::kind)
                .contains(ReconciledGroup.Kind.VALUES_DISAGREE);
    }
}
