package org.newsfacts.reconcile;

import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimTime;
import org.newsfacts.claims.MetricRoles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arithmetic of places in a ranking: how many of the top N clusters each economy has (十強中國佔3席、
 * 美國佔4席; 前15名各佔5席; China has 24 of the top 100). Two things must hold, across all articles of one
 * edition:
 * <ul>
 *   <li>the economies' counts for a cut-off add up to at most the cut-off (3 + 4 ≤ 10);</li>
 *   <li>an economy has no more places in the top N than in a larger top M (3 in the top 10 ≤ 5 in the top 15).</li>
 * </ul>
 * Each economy contributes the least its claims allow, so a flag means the claims cannot all be true.
 */
final class PartsAgainstTotals {
    /** One list of places (a family of metric-roles.tsv: the top 100's count and a top N's) in one edition. */
    private record Edition(String family, String edition, String scope) {
    }

    /** A claim with its cut-off, from its metric (top 100) or its time. */
    private record Part(int cutOff, StatedValue value) {
    }

    private final Map<Edition, List<Part>> byEdition = new HashMap<>();
    private final Metrics metrics;

    PartsAgainstTotals(Metrics metrics) {
        this.metrics = metrics;
    }

    void accept(StatedValue value) {
        Claim claim = value.claim();
        if (!ShareIndicators.COUNT_UNIT.equals(claim.unit())) {
            return;
        }
        Place place = placeOf(claim, metrics.roles());
        if (place != null && place.cutOff() != null) {
            add(place, value);
        }
    }

    /**
     * A places claim's family (the metric of its list whose cut-off the sentence names), edition (null: the one the
     * run reports) and cut-off (null when its period names none).
     */
    record Place(String family, String edition, Integer cutOff) {
    }

    /**
     * The family, edition and cut-off of a claim about places in a top N (metric-roles.tsv cutoff: a number the
     * metric names, or N, the claim's own), or null for a claim of any other metric: the claim's own fields (a claim known only by its period string is read with {@link ClaimTime#read}). The
     * edition is the period's part before the cut-off, so claims of one group are always of one edition.
     */
    static Place placeOf(Claim claim, MetricRoles roles) {
        String family = roles.placesFamily(claim.metric());
        if (family == null) {
            return null;
        }
        Integer fixed = roles.fixedCutoff(claim.metric());
        ClaimTime time = claim.time() != null ? claim.time() : ClaimTime.read(claim.period());
        return new Place(family, time.when(claim.period()), fixed != null ? fixed : time.topN());
    }

    private void add(Place place, StatedValue value) {
        byEdition.computeIfAbsent(new Edition(place.family(), place.edition(), value.claim().scope()),
                k -> new ArrayList<>()).add(new Part(place.cutOff(), value));
    }

    List<ReconciledGroup> run() {
        List<ReconciledGroup> flagged = new ArrayList<>();
        byEdition.forEach((edition, parts) -> check(edition.family(), parts, flagged));
        return flagged;
    }

    private void check(String family, List<Part> parts, List<ReconciledGroup> flagged) {
        // cut-off → economy → its claims
        Map<Integer, Map<String, List<StatedValue>>> byCutOff = new TreeMap<>();
        for (Part part : parts) {
            byCutOff.computeIfAbsent(part.cutOff(), n -> new TreeMap<>())
                    .computeIfAbsent(part.value().claim().subject(), s -> new ArrayList<>()).add(part.value());
        }
        byCutOff.forEach((cutOff, economies) -> checkSum(family, cutOff, economies, flagged));
        List<Integer> cutOffs = new ArrayList<>(byCutOff.keySet());
        for (int i = 0; i < cutOffs.size(); i++) {
            for (int j = i + 1; j < cutOffs.size(); j++) {
                checkNested(cutOffs.get(i), byCutOff.get(cutOffs.get(i)), cutOffs.get(j),
                        byCutOff.get(cutOffs.get(j)), flagged);
            }
        }
    }

    private void checkSum(String family, int cutOff, Map<String, List<StatedValue>> economies,
                                 List<ReconciledGroup> flagged) {
        long sum = 0;
        List<StatedValue> claims = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, List<StatedValue>> economy : economies.entrySet()) {
            long least = least(economy.getValue());
            sum += least;
            claims.addAll(economy.getValue());
            terms.add(economy.getKey() + " " + least + " (" + docs(economy.getValue()) + ")");
        }
        if (sum <= cutOff) {
            return;
        }
        Claim first = claims.get(0).claim();
        String explanation = metrics.label(family, cutOff) + ": " + Display.list(terms) + " add up to at least "
                + sum + ", more than the " + cutOff + " places there are; these counts cannot all be true.";
        flagged.add(new ReconciledGroup(ReconciledGroup.Verdict.CONFLICT, ReconciledGroup.Kind.PARTS_EXCEED_TOTAL,
                String.join(", ", economies.keySet()), first.metric(), first.period(), first.scope(),
                first.unit(), claims, null, List.of(), explanation));
    }

    private static void checkNested(int smaller, Map<String, List<StatedValue>> inSmaller, int larger,
                                    Map<String, List<StatedValue>> inLarger, List<ReconciledGroup> flagged) {
        for (Map.Entry<String, List<StatedValue>> economy : inSmaller.entrySet()) {
            List<StatedValue> outer = inLarger.get(economy.getKey());
            if (outer == null) {
                continue;
            }
            long least = least(economy.getValue());
            Long most = most(outer);
            if (most == null || least <= most) {
                continue;
            }
            List<StatedValue> claims = new ArrayList<>(economy.getValue());
            claims.addAll(outer);
            Claim first = economy.getValue().get(0).claim();
            String explanation = economy.getKey() + " has at least " + least + " of the top " + smaller + " ("
                    + docs(economy.getValue()) + ") but at most " + most + " of the top " + larger + " ("
                    + docs(outer) + "), which contains the top " + smaller + "; these counts cannot all be true.";
            flagged.add(new ReconciledGroup(ReconciledGroup.Verdict.CONFLICT, ReconciledGroup.Kind.PARTS_NOT_NESTED,
                    economy.getKey(), first.metric(), first.period(), first.scope(), first.unit(), claims, null,
                    List.of(), explanation));
        }
    }

    /**
     * The fewest places an economy's claims allow: where they agree, the bottom of their common range; where
     * they disagree (a conflict the grouping reports), the lowest any of them allows.
     */
    private static long least(List<StatedValue> values) {
        Interval common = Interval.ALL;
        BigDecimal lowest = null;
        for (StatedValue value : values) {
            Interval stated = value.allowed();
            common = common.intersect(stated);
            BigDecimal low = stated.low() == null ? BigDecimal.ZERO : stated.low();
            lowest = lowest == null || low.compareTo(lowest) < 0 ? low : lowest;
        }
        if (common.isEmpty() || common.low() == null) {
            return Math.max(0, lowest.setScale(0, RoundingMode.CEILING).longValueExact());
        }
        BigDecimal low = common.low();
        // Places are whole: "more than 3" means at least 4.
        BigDecimal whole = common.lowClosed() ? low.setScale(0, RoundingMode.CEILING)
                : low.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
        return Math.max(0, whole.longValueExact());
    }

    /** The most places an economy's claims allow, or null when one of them is open-ended ("over 3"). */
    private static Long most(List<StatedValue> values) {
        BigDecimal highest = null;
        for (StatedValue value : values) {
            Interval stated = value.allowed();
            if (stated.high() == null) {
                return null;
            }
            highest = highest == null || stated.high().compareTo(highest) > 0 ? stated.high() : highest;
        }
        return highest.setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    private static String docs(List<StatedValue> values) {
        return Display.list(values.stream().map(v -> Display.doc(v.claim())).distinct().sorted().toList());
    }
}
