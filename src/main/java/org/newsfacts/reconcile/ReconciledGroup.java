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

    public enum Verdict { AGREEMENT, CONFLICT }

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

    /** How many articles the claims come from: a group from one article matters less. */
    public int docs() {
        return (int) values.stream().map(v -> v.claim().doc()).distinct().count();
    }

    public GroupKey key() {
        return new GroupKey(subject, metric, period, scope, unit);
    }
}
