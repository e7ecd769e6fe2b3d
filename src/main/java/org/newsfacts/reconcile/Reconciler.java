package org.newsfacts.reconcile;

import org.newsfacts.claims.Claim;
import org.newsfacts.claims.MetricLabels;
import org.newsfacts.claims.MetricRoles;
import org.newsfacts.output.ClaimsWriter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the claims that cannot all be true. One pass over the claims files each under its key — the fact it
 * states (subject, metric, period, scope, unit), and for the derived checks its indicator and its ranking
 * edition; each key's claims are then judged on their own, by a pure function of that key's claims
 * ({@link #judge}). That is a keyed group-and-reduce, the shape a cluster engine runs; there is no state
 * beyond the grouping maps, which hold references to the claims, so memory grows with the number of claims.
 *
 * <p>A group of two or more claims becomes an <b>agreement</b> when the ranges their figures allow (see
 * {@link StatedInterval}) have a common value, and a <b>conflict</b> when they do not (for ranges on a line,
 * a common value for all exists exactly when every two overlap). A share that another article's counts rule
 * out makes its group a conflict even when the stated figures agree ({@link SharesAgainstCounts}); places in
 * a top N that add up to more than N are a conflict too ({@link PartsAgainstTotals}).
 */
public final class Reconciler {
    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<ReconciledGroup> OUTPUT_ORDER = Comparator
            .comparing(ReconciledGroup::subject, TEXT).thenComparing(ReconciledGroup::metric, TEXT)
            .thenComparing(ReconciledGroup::period, TEXT).thenComparing(ReconciledGroup::scope, TEXT)
            .thenComparing(ReconciledGroup::unit, TEXT).thenComparing(ReconciledGroup::kind);

    /**
     * The least confidence (see {@code Claim#confidence}) a claim's binding needs to be compared with other
     * articles. The one threshold for conflicts: a claim below it is bound by a rule that guesses (a subject
     * from the sentence before) and makes no conflict, agreement or doubt.
     */
    public static final double CONFIDENT = 0.6;
    /** Derived checks listed per group, contradicting ones first. */
    static final int CHECKS_SHOWN = 3;

    private final Metrics metrics;

    /**
     * With what {@code models/claims} says of metrics: their words for explanations, which share is of which
     * count, which counts of places have which cut-off (metric-labels.tsv, metric-roles.tsv).
     */
    public Reconciler(MetricRoles roles, MetricLabels labels) {
        this.metrics = new Metrics(roles, labels);
    }

    /** The reconciler of a models folder. */
    public static Reconciler load(Path modelsDir) {
        return new Reconciler(MetricRoles.load(modelsDir), MetricLabels.load(modelsDir));
    }

    public Reconciliation reconcile(Iterable<Claim> claims) {
        return reconcile(claims, new StoryGroups());
    }

    /**
     * Judges the claims, counting the copies of one story (see {@link StoryGroups}) as one source. Only claims
     * bound with at least {@link #CONFIDENT} confidence are compared; a story that gives two values for one key
     * that cannot both be true yields a doubt, and its claims on that key take no part in any conflict.
     */
    public Reconciliation reconcile(Iterable<Claim> claims, StoryGroups stories) {
        Map<GroupKey, List<StatedValue>> groups = new HashMap<>();
        for (Claim claim : claims) {
            if (claim.confidence() >= CONFIDENT) {
                groups.computeIfAbsent(GroupKey.of(claim), k -> new ArrayList<>(2)).add(StatedValue.of(claim));
            }
        }
        List<ReconciledGroup> doubts = new ArrayList<>();
        Map<GroupKey, List<StatedValue>> trusted = new HashMap<>();
        SharesAgainstCounts shares = new SharesAgainstCounts(metrics);
        PartsAgainstTotals parts = new PartsAgainstTotals(metrics);
        groups.forEach((key, members) -> {
            Map<String, List<StatedValue>> byStory = new TreeMap<>();
            members.forEach(m -> byStory.computeIfAbsent(stories.storyOf(m.claim().doc()), s -> new ArrayList<>(1)).add(m));
            List<StatedValue> kept = new ArrayList<>(members.size());
            byStory.forEach((story, values) -> {
                if (values.size() > 1 && common(values).isEmpty()) {
                    ReconciledGroup clash = judge(key, values, List.of());
                    doubts.add(clash.as(ReconciledGroup.Verdict.DOUBT, Explanations.doubt(clash.explanation())));
                } else {
                    kept.addAll(values);
                }
            });
            if (!kept.isEmpty()) {
                trusted.put(key, kept);
                kept.forEach(v -> {
                    shares.accept(v);
                    parts.accept(v);
                });
            }
        });
        SharesAgainstCounts.Result derived = shares.run();

        List<ReconciledGroup> judged = new ArrayList<>();
        trusted.forEach((key, members) -> {
            ReconciledGroup group = judge(key, members, shown(derived.checks().getOrDefault(key, List.of()), stories));
            if (group != null) {
                judged.add(group);
            }
        });
        for (ReconciledGroup group : parts.run()) {
            boolean oneStory = group.values().stream().map(v -> stories.storyOf(v.claim().doc())).distinct().count() < 2;
            judged.add(oneStory ? group.as(ReconciledGroup.Verdict.DOUBT, Explanations.doubt(group.explanation())) : group);
        }
        judged.sort(OUTPUT_ORDER);
        doubts.sort(OUTPUT_ORDER);

        List<Note> notes = new ArrayList<>(derived.notes());
        notes.addAll(unitsNotCompared(groups));
        notes.sort(Comparator.comparing(Note::explanation));
        List<ReconciledGroup> allDoubts = new ArrayList<>(doubts);
        judged.stream().filter(ReconciledGroup::isDoubt).forEach(allDoubts::add);
        allDoubts.sort(OUTPUT_ORDER);
        return new Reconciliation(judged.stream().filter(ReconciledGroup::isConflict).toList(),
                judged.stream().filter(g -> g.verdict() == ReconciledGroup.Verdict.AGREEMENT).toList(), allDoubts,
                notes, stories.copies());
    }

    private static Interval common(List<StatedValue> values) {
        Interval common = Interval.ALL;
        for (StatedValue value : values) {
            common = common.intersect(value.allowed());
        }
        return common;
    }

    /**
     * The derived checks a group shows: one per anchor story (copies of an anchor check the same thing), a check
     * that rules out only the anchor's own story's shares is dropped (that is the anchor disagreeing with
     * itself), contradicting checks first, and at most {@link #CHECKS_SHOWN}, so that conflicts.json grows with
     * the number of claims, not with claims times anchors.
     */
    private static List<ShareCheck> shown(List<ShareCheck> checks, StoryGroups stories) {
        if (checks.isEmpty()) {
            return checks;
        }
        Map<String, ShareCheck> byAnchorStory = new TreeMap<>();
        for (ShareCheck check : checks) {
            String anchor = stories.storyOf(check.anchorDoc());
            boolean crossStory = check.contradicted().stream().anyMatch(c -> !stories.storyOf(c.doc()).equals(anchor));
            if (check.contradicts() && !crossStory) {
                continue;
            }
            byAnchorStory.merge(anchor, check, (a, b) -> a.anchorDoc().compareTo(b.anchorDoc()) <= 0 ? a : b);
        }
        return byAnchorStory.values().stream()
                .sorted(Comparator.comparing((ShareCheck c) -> !c.contradicts()).thenComparing(ShareCheck::anchorDoc))
                .limit(CHECKS_SHOWN).toList();
    }

    /**
     * Which claims this reconciler may ever judge together. Claims with different shard keys never meet in a
     * group, a derived check or a note, so reconciling each shard on its own (or any union of whole shards)
     * and putting the results in output order gives what one pass over all the claims gives: a runner spread
     * over machines (the Spark job) partitions claims by this key. It is the group key without the unit (one
     * fact in two units makes a note), and without the subject for the derived checks, which compare subjects:
     * shares with counts per indicator, places in a top N per edition.
     */
    public String shardKey(Claim claim) {
        String shareMetric = metrics.shares().shareMetricOf(claim.metric());
        if (shareMetric != null) {
            return shard("shares", shareMetric, claim.period(), claim.scope());
        }
        PartsAgainstTotals.Place place = PartsAgainstTotals.placeOf(claim, metrics.roles());
        if (place != null) {
            return shard("places", place.family(), place.edition(), claim.scope());
        }
        return shard("fact", claim.subject(), claim.metric(), claim.period(), claim.scope());
    }

    private static String shard(String... parts) {
        // A control character no field holds keeps ("a b", null) apart from ("a", "b").
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            key.append(part == null ? "\u0000" : part).append('\u001f');
        }
        return key.toString();
    }

    /**
     * The verdict on one key's claims, or null when there is nothing to judge (a single claim that no other
     * article's counts contradict).
     *
     * @param checks derived checks of this key's shares against other articles' counts (may be empty)
     */
    public ReconciledGroup judge(GroupKey key, List<StatedValue> values, List<ShareCheck> checks) {
        boolean ruledOut = checks.stream().anyMatch(ShareCheck::contradicts);
        if (values.size() < 2 && !ruledOut) {
            return null;
        }
        List<StatedValue> ordered = values.stream()
                .sorted(Comparator.comparing(StatedValue::claim, ClaimsWriter.DOCUMENT_ORDER)).toList();
        Interval common = Interval.ALL;
        for (StatedValue value : ordered) {
            common = common.intersect(value.allowed());
        }
        ReconciledGroup.Kind kind = !common.isEmpty()
                ? (ruledOut ? ReconciledGroup.Kind.COUNTS_CONTRADICT_SHARE : ReconciledGroup.Kind.VALUES_AGREE)
                : ReconciledGroup.Kind.VALUES_DISAGREE;
        ReconciledGroup.Verdict verdict = kind == ReconciledGroup.Kind.VALUES_AGREE
                ? ReconciledGroup.Verdict.AGREEMENT : ReconciledGroup.Verdict.CONFLICT;
        List<ShareCheck> orderedChecks = checks.stream()
                .sorted(Comparator.comparing(ShareCheck::anchorDoc)).toList();
        String explanation = Explanations.of(metrics, key, ordered, common, kind, orderedChecks);
        return new ReconciledGroup(verdict, kind, key.subject(), key.metric(), key.period(), key.scope(), key.unit(),
                ordered, common, orderedChecks, explanation);
    }

    /** One fact stated in different units (HKD and USD): said, not compared. */
    private List<Note> unitsNotCompared(Map<GroupKey, List<StatedValue>> groups) {
        Map<GroupKey, Map<String, List<StatedValue>>> byFact = new HashMap<>();
        groups.forEach((key, values) -> byFact.computeIfAbsent(key.withoutUnit(), k -> new TreeMap<>())
                .put(key.unit(), values));
        List<Note> notes = new ArrayList<>();
        byFact.forEach((fact, byUnitValues) -> {
            if (byUnitValues.size() < 2) {
                return;
            }
            Map<String, List<Claim>> byUnit = new TreeMap<>();
            byUnitValues.forEach((unit, values) -> byUnit.put(unit, values.stream().map(StatedValue::claim).toList()));
            List<Claim> all = byUnit.values().stream().flatMap(List::stream).sorted(ClaimsWriter.DOCUMENT_ORDER)
                    .toList();
            notes.add(new Note(Note.UNITS_NOT_COMPARED, fact.subject(), fact.metric(), fact.period(), fact.scope(),
                    all.stream().map(Claim::doc).distinct().toList(), all.stream().map(Claim::claimId).toList(),
                    Explanations.unitsNotCompared(metrics, fact, byUnit)));
        });
        return notes;
    }
}
