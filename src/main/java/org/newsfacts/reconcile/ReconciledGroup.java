package org.newsfacts.reconcile;

import org.newsfacts.claims.Claim;

import java.util.List;

/**
 * A set of claims judged together, and the verdict: an agreement (they can all be true) or a conflict
 * (they cannot), with a sentence saying why.
 *
 * @param values      the claims, in document order, each with the range it allows
 * @param common      the range all the claims allow (empty for a conflict of values; null for a
 *                    parts-and-totals check, which has no single value)
 * @param shareChecks derived checks of these shares against another article's counts (may be empty)
 */
public record ReconciledGroup(Verdict verdict, Kind kind, String subject, String metric, String period,
                              String scope, String unit, List<StatedValue> values, Interval common,
                              List<ShareCheck> shareChecks, String explanation) {

    /**
     * AGREEMENT: the claims can all be true. CONFLICT: claims from different stories cannot all be true. DOUBT:
     * one story (an article and its copies) gives values for one key that cannot all be true: a sign that the
     * binder tied a figure to the wrong subject, metric or edition, never a conflict between sources.
     */
    public enum Verdict { AGREEMENT, CONFLICT, DOUBT }

    /** What the verdict rests on. */
    public enum Kind {
        /** The claims' ranges have a common value. */
        VALUES_AGREE,
        /** The claims' ranges have no common value. */
        VALUES_DISAGREE,
        /** The claims agree with one another, but another article's counts rule at least one of them out. */
        COUNTS_CONTRADICT_SHARE,
        /** Economies' places in a top N add up to more than N. */
        PARTS_EXCEED_TOTAL,
        /** An economy has more places in a top N than in a larger top M. */
        PARTS_NOT_NESTED
    }

    public ReconciledGroup {
        values = List.copyOf(values);
        shareChecks = List.copyOf(shareChecks);
    }

    public List<Claim> claims() {
        return values.stream().map(StatedValue::claim).toList();
    }

    public boolean isConflict() {
        return verdict == Verdict.CONFLICT;
    }

    public boolean isDoubt() {
        return verdict == Verdict.DOUBT;
    }

    /** The same values and reasoning under another verdict (a one-story clash becomes a doubt). */
    ReconciledGroup as(Verdict newVerdict, String newExplanation) {
        return new ReconciledGroup(newVerdict, kind, subject, metric, period, scope, unit, values, common, shareChecks,
                newExplanation);
    }

    /** How many articles the claims come from: a group from one article matters less. */
    public int docs() {
        return (int) values.stream().map(v -> v.claim().doc()).distinct().count();
    }

    public GroupKey key() {
        return new GroupKey(subject, metric, period, scope, unit);
    }
}
