package org.newsfacts.reconcile;

import org.junit.jupiter.api.Test;
import org.newsfacts.claims.Claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciler's shard key: what a runner spread over machines partitions claims by. On the development
 * articles' hand-checked claims (value conflicts, agreements, shares checked against another article's
 * counts, places in a top N), reconciling shard by shard must find exactly what one pass finds.
 */
class ShardKeyTest {
    private final Reconciler reconciler = Reconciler.load(org.newsfacts.Fixtures.MODELS);
    private final List<Claim> claims = GoldClaims.all();
    private final Reconciliation whole = reconciler.reconcile(claims);

    @Test
    void everyGroupCheckAndNoteDrawsOnOneShard() {
        Map<String, String> shardOfId = claims.stream()
                .collect(Collectors.toMap(Claim::claimId, reconciler::shardKey, (a, b) -> a));
        for (ReconciledGroup group : concat(whole.conflicts(), whole.agreements())) {
            List<Claim> used = new ArrayList<>(group.claims());
            for (ShareCheck check : group.shareChecks()) {
                used.addAll(check.subjectCounts());
                check.pairs().forEach(p -> {
                    used.addAll(p.counts());
                    used.addAll(p.shares());
                });
            }
            assertThat(used.stream().map(reconciler::shardKey).distinct()).as(group.explanation()).hasSize(1);
        }
        for (Note note : whole.notes()) {
            assertThat(note.claims().stream().map(shardOfId::get).distinct()).as(note.explanation()).hasSize(1);
        }
    }

    @Test
    void reconcilingEachShardApartFindsWhatOnePassFinds() {
        List<Reconciliation> shards = claims.stream()
                .collect(Collectors.groupingBy(reconciler::shardKey)).values().stream()
                .map(reconciler::reconcile).toList();
        assertThat(shards).hasSizeGreaterThan(1);
        assertThat(explanations(shards, Reconciliation::conflicts))
                .containsExactlyInAnyOrderElementsOf(explanations(List.of(whole), Reconciliation::conflicts))
                .isNotEmpty();
        assertThat(explanations(shards, Reconciliation::agreements))
                .containsExactlyInAnyOrderElementsOf(explanations(List.of(whole), Reconciliation::agreements));
        assertThat(shards.stream().flatMap(r -> r.notes().stream()).map(Note::explanation))
                .containsExactlyInAnyOrderElementsOf(whole.notes().stream().map(Note::explanation).toList());
        assertThat(kinds(whole)).contains(ReconciledGroup.Kind.VALUES_DISAGREE, ReconciledGroup.Kind.VALUES_AGREE);
    }

    private static List<String> explanations(List<Reconciliation> runs,
                                             Function<Reconciliation, List<ReconciledGroup>> part) {
        return runs.stream().flatMap(r -> part.apply(r).stream()).map(ReconciledGroup::explanation).toList();
    }

    private static Set<ReconciledGroup.Kind> kinds(Reconciliation r) {
        return concat(r.conflicts(), r.agreements()).stream().map(ReconciledGroup::kind).collect(Collectors.toSet());
    }

    private static List<ReconciledGroup> concat(List<ReconciledGroup> a, List<ReconciledGroup> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
