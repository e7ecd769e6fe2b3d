package org.newsfacts.reconcile;

import org.newsfacts.claims.Claim;

import java.util.Comparator;

/**
 * What makes two claims about the same fact: subject, metric, period (edition or year range) and ranking
 * scope. The unit is part of the key too, because values in different units are never compared (HKD and
 * USD amounts would need a conversion rate the articles do not reliably give).
 */
public record GroupKey(String subject, String metric, String period, String scope, String unit)
        implements Comparable<GroupKey> {

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<GroupKey> ORDER = Comparator.comparing(GroupKey::subject, TEXT)
            .thenComparing(GroupKey::metric, TEXT).thenComparing(GroupKey::period, TEXT)
            .thenComparing(GroupKey::scope, TEXT).thenComparing(GroupKey::unit, TEXT);

    public static GroupKey of(Claim claim) {
        return new GroupKey(claim.subject(), claim.metric(), claim.period(), claim.scope(), claim.unit());
    }

    /** The same fact in any unit: where a sibling group in another unit is noted. */
    GroupKey withoutUnit() {
        return new GroupKey(subject, metric, period, scope, null);
    }

    @Override
    public int compareTo(GroupKey other) {
        return ORDER.compare(this, other);
    }
}
