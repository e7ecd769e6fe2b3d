package org.newsfacts.reconcile;

import org.newsfacts.claims.Claim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The derived check of shares against counts. Claims are collected by indicator (share metric, period,
 * scope) in the reconciler's single pass; then, per indicator, every article that gives a count and a share
 * for some subject becomes an anchor: each such pair fixes the world total (count / share, both as ranges),
 * and the subject's count over the total of the <em>other</em> pairs is the share it must have. Leaving the
 * subject's own pair out makes the check independent of the share being checked (it is how one would check
 * 000's table by hand: Tokyo–Yokohama's 135,129 at 10.3% fixes the total, against which 117,542 is 8.9%).
 *
 * <p>An anchor whose own pairs imply totals with no common point (000's venture-capital counts against its
 * 2019–2023 shares, were they given the same period) is not used: its table and text evidently describe
 * different things, and a {@link Note} says so instead.
 */
final class SharesAgainstCounts {
    /** Enough digits that rounding the division never decides a check; bounds round outward. */
    private static final MathContext DOWN = new MathContext(20, RoundingMode.FLOOR);
    private static final MathContext UP = new MathContext(20, RoundingMode.CEILING);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Indicator(String shareMetric, String period, String scope) {
    }

    /** One subject's counts and shares in one article. */
    private static final class Figures {
        final List<StatedValue> counts = new ArrayList<>(1);
        final List<StatedValue> shares = new ArrayList<>(1);
    }

    record Result(Map<GroupKey, List<ShareCheck>> checks, List<Note> notes) {
    }

    private final Metrics metrics;
    private final ShareIndicators indicators;
    private final Map<Indicator, List<StatedValue>> byIndicator = new HashMap<>();

    SharesAgainstCounts(Metrics metrics) {
        this.metrics = metrics;
        this.indicators = metrics.shares();
    }

    /** Takes the claim if it is a count or a share of a known indicator, in the indicator's unit. */
    void accept(StatedValue value) {
        Claim claim = value.claim();
        String shareMetric = indicators.shareMetricOf(claim.metric());
        if (shareMetric == null) {
            return;
        }
        boolean isShare = indicators.isShare(claim.metric());
        String expectedUnit = isShare ? ShareIndicators.SHARE_UNIT : ShareIndicators.COUNT_UNIT;
        if (!expectedUnit.equals(claim.unit()) || claim.value().signum() <= 0) {
            return;
        }
        byIndicator.computeIfAbsent(new Indicator(shareMetric, claim.period(), claim.scope()), k -> new ArrayList<>())
                .add(value);
    }

    Result run() {
        Map<GroupKey, List<ShareCheck>> checks = new HashMap<>();
        List<Note> notes = new ArrayList<>();
        byIndicator.forEach((indicator, claims) -> check(indicator, claims, checks, notes));
        return new Result(checks, notes);
    }

    private void check(Indicator indicator, List<StatedValue> values, Map<GroupKey, List<ShareCheck>> checks,
                       List<Note> notes) {
        Map<String, Map<String, Figures>> byDoc = new TreeMap<>();
        Map<String, List<StatedValue>> sharesBySubject = new HashMap<>();
        for (StatedValue value : values) {
            Claim claim = value.claim();
            Figures figures = byDoc.computeIfAbsent(claim.doc(), d -> new TreeMap<>())
                    .computeIfAbsent(claim.subject(), s -> new Figures());
            if (indicators.isShare(claim.metric())) {
                figures.shares.add(value);
                sharesBySubject.computeIfAbsent(claim.subject(), s -> new ArrayList<>()).add(value);
            } else {
                figures.counts.add(value);
            }
        }
        byDoc.forEach((doc, subjects) -> checkAnchor(indicator, doc, subjects, sharesBySubject, checks, notes));
    }

    private void checkAnchor(Indicator indicator, String anchor, Map<String, Figures> subjects,
                             Map<String, List<StatedValue>> sharesBySubject, Map<GroupKey, List<ShareCheck>> checks,
                             List<Note> notes) {
        List<ShareCheck.Pair> pairs = new ArrayList<>();
        for (Map.Entry<String, Figures> entry : subjects.entrySet()) {
            Figures figures = entry.getValue();
            Interval count = consensus(figures.counts);
            Interval share = consensus(figures.shares);
            if (count != null && share != null && share.low().signum() > 0) {
                pairs.add(new ShareCheck.Pair(entry.getKey(), claims(figures.counts), claims(figures.shares), count,
                        share, total(count, share)));
            }
        }
        if (pairs.isEmpty()) {
            return;
        }
        Interval[] allowedWithout = leaveOneOut(pairs);
        Interval all = pairs.stream().map(ShareCheck.Pair::total).reduce(Interval.ALL, Interval::intersect);
        if (all.isEmpty()) {
            notes.add(inconsistentAnchor(indicator, anchor, pairs));
            return;
        }
        for (Map.Entry<String, Figures> entry : subjects.entrySet()) {
            String subject = entry.getKey();
            Interval count = consensus(entry.getValue().counts);
            List<StatedValue> shares = sharesBySubject.getOrDefault(subject, List.of());
            if (count == null || shares.stream().allMatch(s -> s.claim().doc().equals(anchor))) {
                continue; // nothing from another article to check
            }
            int own = indexOf(pairs, subject);
            List<ShareCheck.Pair> used = new ArrayList<>(pairs);
            Interval total = all;
            if (own >= 0) {
                used.remove(own);
                total = allowedWithout[own];
            }
            if (used.isEmpty()) {
                continue; // the subject's own pair is the only one: nothing independent to check it against
            }
            Interval implied = share(count, total);
            List<Claim> fitting = new ArrayList<>();
            List<Claim> contradicted = new ArrayList<>();
            for (StatedValue share : shares) {
                (share.allowed().overlaps(implied) ? fitting : contradicted).add(share.claim());
            }
            List<Claim> counts = claims(entry.getValue().counts);
            ShareCheck check = new ShareCheck(anchor, counts.get(0).outlet(), subject, indicator.shareMetric(),
                    indicators.countMetric(indicator.shareMetric()),
                    metrics.label(indicators.countMetric(indicator.shareMetric())), counts, count, used, total, implied, fitting,
                    contradicted);
            GroupKey key = new GroupKey(subject, indicator.shareMetric(), indicator.period(), indicator.scope(),
                    ShareIndicators.SHARE_UNIT);
            checks.computeIfAbsent(key, k -> new ArrayList<>()).add(check);
        }
    }

    /** The range all of an article's claims for one figure allow; null if none, unbounded or contradictory. */
    private static Interval consensus(List<StatedValue> values) {
        if (values.isEmpty()) {
            return null;
        }
        Interval common = Interval.ALL;
        for (StatedValue value : values) {
            common = common.intersect(value.allowed());
        }
        return common.isEmpty() || !common.bounded() ? null : common;
    }

    private static List<Claim> claims(List<StatedValue> values) {
        return values.stream().map(StatedValue::claim).toList();
    }

    /** For each pair, the total allowed by all the other pairs (null when there are none). */
    private static Interval[] leaveOneOut(List<ShareCheck.Pair> pairs) {
        int n = pairs.size();
        Interval[] before = new Interval[n + 1];
        Interval[] after = new Interval[n + 1];
        before[0] = Interval.ALL;
        for (int i = 0; i < n; i++) {
            before[i + 1] = before[i].intersect(pairs.get(i).total());
        }
        after[n] = Interval.ALL;
        for (int i = n - 1; i >= 0; i--) {
            after[i] = after[i + 1].intersect(pairs.get(i).total());
        }
        Interval[] without = new Interval[n];
        for (int i = 0; i < n; i++) {
            without[i] = before[i].intersect(after[i + 1]);
        }
        return without;
    }

    /** World total = count / share: smallest count over largest share, largest count over smallest share. */
    private static Interval total(Interval count, Interval share) {
        BigDecimal low = count.low().multiply(HUNDRED).divide(share.high(), DOWN);
        BigDecimal high = count.high().multiply(HUNDRED).divide(share.low(), UP);
        return Interval.closed(low, high);
    }

    /** Share = count / world total, in percent. */
    private static Interval share(Interval count, Interval total) {
        BigDecimal low = count.low().multiply(HUNDRED).divide(total.high(), DOWN);
        BigDecimal high = count.high().multiply(HUNDRED).divide(total.low(), UP);
        return Interval.closed(low, high);
    }

    private static int indexOf(List<ShareCheck.Pair> pairs, String subject) {
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).subject().equals(subject)) {
                return i;
            }
        }
        return -1;
    }

    private Note inconsistentAnchor(Indicator indicator, String anchor, List<ShareCheck.Pair> pairs) {
        List<String> totals = new ArrayList<>();
        List<String> claimIds = new ArrayList<>();
        String outlet = null;
        for (ShareCheck.Pair pair : pairs) {
            totals.add(pair.subject() + "'s " + Display.number(pair.counts().get(0).value()) + " at "
                    + Display.stated(pair.shares().get(0)) + " implies "
                    + Display.rounded(pair.total().low(), 5) + "–" + Display.rounded(pair.total().high(), 5));
            pair.counts().forEach(c -> claimIds.add(c.claimId()));
            pair.shares().forEach(c -> claimIds.add(c.claimId()));
            outlet = outlet == null ? pair.counts().get(0).outlet() : outlet;
        }
        String explanation = "Not used as a derived check: in " + Display.doc(anchor, outlet) + ", the "
                + Display.inSentence(metrics.label(indicator.shareMetric()))
                + " and counts imply world totals with no common value (" + String.join("; ", totals)
                + "), so its counts and shares probably cover different periods or sets.";
        return new Note(Note.INCONSISTENT_ANCHOR, null, indicator.shareMetric(), indicator.period(),
                indicator.scope(), List.of(anchor), claimIds, explanation);
    }
}
