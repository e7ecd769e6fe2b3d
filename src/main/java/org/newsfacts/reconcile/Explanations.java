package org.newsfacts.reconcile;

import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimTime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The sentences an editor reads: who says what, what each figure allows given its rounding and qualifier,
 * and why the figures can or cannot all be true, including what another article's counts imply.
 */
public final class Explanations {
    /** Pairs of an anchor named in a derived check before the rest are summed up as "and N more". */
    private static final int PAIRS_SHOWN = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Explanations() {
    }

    static String of(Metrics metrics, GroupKey key, List<StatedValue> values, Interval common, ReconciledGroup.Kind kind,
                     List<ShareCheck> checks) {
        List<Claim> claims = values.stream().map(StatedValue::claim).toList();
        StringBuilder text = new StringBuilder();
        text.append(heading(metrics, key)).append(": ").append(whoSaysWhat(claims));
        List<StatedValue> forms = distinctForms(values);
        switch (kind) {
            case VALUES_DISAGREE -> text.append("; ").append(ranges(forms)).append(": ").append(clash(values, forms));
            case VALUES_AGREE -> text.append(forms.size() == 1 ? ": the same figure."
                    : "; " + ranges(forms) + ": they can all be true (common range: "
                    + Display.range(common, key.unit()) + ").");
            case COUNTS_CONTRADICT_SHARE -> {
                if (forms.size() > 1) {
                    text.append("; ").append(ranges(forms));
                }
                text.append(claims.size() == 1 ? ", but another article's counts contradict it."
                        : ": they agree with one another, but another article's counts contradict at least one.");
            }
            default -> text.append('.');
        }
        derived(checks, text);
        return text.toString();
    }

    /** A one-story clash, said as what it is: a doubt about the binding, not a disagreement between sources. */
    static String doubt(String clash) {
        return "Doubt, not a conflict: one story gives values that cannot all be true. " + clash
                + " An article rarely contradicts itself, so at least one of these figures is probably bound to the"
                + " wrong subject, metric or edition.";
    }

    /** "Share of the world's PCT applications for Shenzhen–Hong Kong–Guangzhou". */
    static String heading(Metrics metrics, GroupKey key) {
        String label = metrics.label(key.metric());
        String period = key.period();
        if (metrics.roles().cutoffFromSentence(key.metric()) && period != null) {
            // "Clusters in the top 10 for China", not "Clusters in the top N for China (top10)". The group is known
            // by its period string (its claims' parts may differ in what the string leaves out).
            ClaimTime time = ClaimTime.read(period);
            if (time.topN() != null) {
                label = metrics.label(key.metric(), time.topN());
                period = time.when(period);
            }
        }
        StringBuilder heading = new StringBuilder(label).append(" for ").append(key.subject());
        if (key.scope() != null) {
            heading.append(" in the ").append(key.scope()).append(" ranking");
        }
        if (period != null) {
            heading.append(" (").append(period).append(')');
        }
        return heading.toString();
    }

    /** "000 gives 9%, 002 gives 12% (twice)"; "000 and 001 both give 2,292 per million". */
    static String whoSaysWhat(List<Claim> claims) {
        Map<String, Map<String, Integer>> byDoc = new LinkedHashMap<>();
        for (Claim claim : claims) {
            byDoc.computeIfAbsent(Display.doc(claim), d -> new LinkedHashMap<>())
                    .merge(Display.stated(claim), 1, Integer::sum);
        }
        boolean oneFigure = byDoc.values().stream().allMatch(forms -> forms.size() == 1)
                && byDoc.values().stream().map(forms -> forms.keySet().iterator().next()).distinct().count() == 1;
        if (oneFigure && byDoc.size() > 1) {
            String figure = byDoc.values().iterator().next().keySet().iterator().next();
            List<String> docs = byDoc.entrySet().stream()
                    .map(e -> e.getKey() + Display.times(e.getValue().values().iterator().next())).toList();
            return Display.list(docs) + (docs.size() == 2 ? " both give " : " all give ") + figure;
        }
        List<String> parts = new ArrayList<>();
        byDoc.forEach((doc, forms) -> parts.add(doc + " gives " + Display.list(forms.entrySet().stream()
                .map(f -> f.getKey() + Display.times(f.getValue())).toList())));
        return String.join(", ", parts);
    }

    /** One claim per distinct stated form (value, unit, qualifier and written precision). */
    private static List<StatedValue> distinctForms(List<StatedValue> values) {
        Map<List<Object>, StatedValue> forms = new LinkedHashMap<>();
        for (StatedValue value : values) {
            forms.putIfAbsent(List.of(Display.stated(value.claim()), value.allowed()), value);
        }
        return List.copyOf(forms.values());
    }

    /** "9% allows 8.5–9.5%, 12% allows 11.5–12.5%"; "79 is exact". */
    private static String ranges(List<StatedValue> forms) {
        return forms.stream().map(Explanations::allows).collect(Collectors.joining(", "));
    }

    private static String allows(StatedValue value) {
        Claim claim = value.claim();
        Interval interval = value.allowed();
        String figure = Display.stated(claim) + asWritten(claim);
        if (interval.isExact()) {
            return figure + " is exact";
        }
        return figure + " allows " + Display.range(interval, claim.unit());
    }

    /** " (九成)" where the figure was written otherwise than its value reads (百億港元, 16.9萬, 第四). */
    private static String asWritten(Claim claim) {
        if (claim.surface() == null || claim.surface().isBlank()) {
            return "";
        }
        String digits = claim.surface().replaceAll("[^0-9.]", "");
        return digits.equals(Display.number(claim.value()).replace(",", "")) ? "" : " (" + claim.surface() + ")";
    }

    /** Names the two claims whose ranges are furthest apart: the highest floor and the lowest ceiling. */
    private static String clash(List<StatedValue> values, List<StatedValue> forms) {
        if (forms.size() == 2) {
            return "they cannot both be true.";
        }
        Claim highestFloor = values.stream().filter(v -> v.allowed().low() != null)
                .max(Comparator.comparing(v -> v.allowed().low())).orElseThrow().claim();
        Claim lowestCeiling = values.stream().filter(v -> v.allowed().high() != null)
                .min(Comparator.comparing(v -> v.allowed().high())).orElseThrow().claim();
        return Display.stated(highestFloor) + " from " + Display.doc(highestFloor) + " and "
                + Display.stated(lowestCeiling) + " from " + Display.doc(lowestCeiling) + " cannot both be true.";
    }

    /** One sentence per anchor with a distinct verdict; anchors that repeat a verdict (copies) are counted. */
    private static void derived(List<ShareCheck> checks, StringBuilder text) {
        if (checks.isEmpty()) {
            return;
        }
        List<ShareCheck> ordered = checks.stream()
                .sorted(Comparator.comparing((ShareCheck c) -> !c.contradicts()).thenComparing(ShareCheck::anchorDoc))
                .toList();
        Map<List<String>, List<ShareCheck>> byVerdict = new LinkedHashMap<>();
        for (ShareCheck check : ordered) {
            List<String> ruledOut = check.contradicted().stream().map(Claim::claimId).sorted().toList();
            byVerdict.computeIfAbsent(ruledOut, k -> new ArrayList<>()).add(check);
        }
        byVerdict.values().forEach(same -> {
            text.append(' ').append(derivedSentence(same.get(0)));
            if (same.size() > 1) {
                List<String> others = same.subList(1, same.size()).stream()
                        .map(c -> Display.doc(c.anchorDoc(), c.anchorOutlet())).toList();
                text.append(" The counts in ").append(Display.list(others)).append(" give the same result.");
            }
        });
    }

    /**
     * "Derived check: in 000, Tokyo–Yokohama's 135,129 at 10.3% and Seoul's 71,318 at 5.4% put the world
     * total at 1,308,600–1,318,300, so Shenzhen–Hong Kong–Guangzhou's 117,542 is 8.92–8.98%: that backs 9%
     * (000) and rules out 12% (002)."
     */
    public static String derivedSentence(ShareCheck check) {
        List<String> pairs = check.pairs().stream().limit(PAIRS_SHOWN)
                .map(p -> p.subject() + "'s " + Display.stated(p.counts().get(0)) + " at "
                        + Display.stated(p.shares().get(0)))
                .collect(Collectors.toCollection(ArrayList::new));
        if (check.pairs().size() > PAIRS_SHOWN) {
            pairs.add((check.pairs().size() - PAIRS_SHOWN) + " more");
        }
        String total = Display.rounded(check.worldTotal().low(), 5) + "–"
                + Display.rounded(check.worldTotal().high(), 5);
        String implied = Display.rangeText(Display.fixed(check.impliedShare().low(), 2),
                Display.fixed(check.impliedShare().high(), 2), "%");
        String countLabel = Display.inSentence(check.countLabel());
        StringBuilder sentence = new StringBuilder("Derived check: in ")
                .append(Display.doc(check.anchorDoc(), check.anchorOutlet())).append(", ")
                .append(Display.list(pairs)).append(pairs.size() == 1 ? " puts" : " put")
                .append(" the world total of ").append(countLabel).append(" at ").append(total)
                .append(", so ").append(check.subject()).append("'s ")
                .append(Display.stated(check.subjectCounts().get(0))).append(" is ").append(implied);
        if (check.contradicts()) {
            sentence.append(": that ");
            if (!check.fitting().isEmpty()) {
                sentence.append("backs ").append(figures(check.fitting())).append(" and ");
            }
            sentence.append("rules out ").append(figures(check.contradicted()));
            List<String> needs = new ArrayList<>();
            for (StatedValue ruledOut : distinctForms(check.contradicted().stream().map(StatedValue::of).toList())) {
                Interval share = ruledOut.allowed();
                if (share.bounded() && share.low().signum() > 0) {
                    needs.add(Display.stated(ruledOut.claim()) + " would need a world total of "
                            + Display.rounded(check.subjectCount().low().multiply(HUNDRED).divide(share.high(),
                            MathContext.DECIMAL64), 5) + "–"
                            + Display.rounded(check.subjectCount().high().multiply(HUNDRED).divide(share.low(),
                            MathContext.DECIMAL64), 5));
                }
            }
            sentence.append(needs.isEmpty() ? "." : " (" + String.join("; ", needs) + ").");
        } else {
            sentence.append(", consistent with ").append(figures(check.fitting())).append('.');
        }
        return sentence.toString();
    }

    /** "12% from 002…", "9% from 000… and 000….pdf", grouped by stated form. */
    private static String figures(List<Claim> claims) {
        Map<String, List<String>> docsByForm = new LinkedHashMap<>();
        for (Claim claim : claims) {
            List<String> docs = docsByForm.computeIfAbsent(Display.stated(claim), f -> new ArrayList<>());
            String doc = Display.doc(claim);
            if (!docs.contains(doc)) {
                docs.add(doc);
            }
        }
        return Display.list(docsByForm.entrySet().stream()
                .map(e -> e.getKey() + " from " + Display.list(e.getValue())).toList());
    }

    static String unitsNotCompared(Metrics metrics, GroupKey key, Map<String, List<Claim>> byUnit) {
        List<String> stated = new ArrayList<>();
        byUnit.forEach((unit, claims) -> stated.add(Objects.requireNonNull(unit) + " ("
                + Display.list(claims.stream().map(Display::doc).distinct().sorted().toList()) + ")"));
        return heading(metrics, key) + " is stated in " + Display.list(stated)
                + "; these are not compared, as no conversion rate is known to the reconciler.";
    }
}
