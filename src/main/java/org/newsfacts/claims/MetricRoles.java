package org.newsfacts.claims;

import org.newsfacts.files.LexiconFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a metric is beyond its words ({@code models/claims/metric-roles.tsv}): which place has an earlier edition's
 * form, which becomes another ranking when read per head, which counts places in a top N and with what cut-off,
 * which belongs to the index of economies, which is a share of which count. The binder, the reconciler and
 * {@code check} ask a metric's role, never its id, so another index's metrics take these behaviours from data.
 */
public final class MetricRoles {
    /** The roles metric-roles.tsv may give; a row naming another is an error. */
    private static final Set<String> ROLES = Set.of("earlier", "per-head", "cutoff", "top-n", "economy-index",
            "overall", "share-of", "rank-column");
    /** {@code earlier} of a count or score that keeps its metric with the edition before. */
    private static final String SAME = "same";
    /** {@code per-head} of a place whose per-head reading no metric holds. */
    private static final String NONE = "none";
    /** {@code cutoff} of a count whose cut-off its sentence names. */
    private static final String SENTENCE_CUTOFF = "N";

    /** metric → role → value. */
    private final Map<String, Map<String, String>> roles;

    private MetricRoles(Map<String, Map<String, String>> roles) {
        this.roles = roles;
    }

    public static MetricRoles load(Path modelsDir) {
        Path file = modelsDir.resolve("claims").resolve("metric-roles.tsv");
        Map<String, Map<String, String>> roles = new HashMap<>();
        int row = 0;
        for (String[] cells : LexiconFile.rows(file, 3)) {
            row++;
            String metric = cells[0].strip();
            String role = cells[1].strip();
            String value = cells[2].strip();
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException(file + ": row " + row + " (" + metric + "): unknown role " + role
                        + " (earlier, per-head, cutoff, top-n, economy-index, overall, share-of, rank-column)");
            }
            if (role.equals("cutoff") && !value.equals(SENTENCE_CUTOFF) && !value.matches("[1-9]\\d*")) {
                throw new IllegalArgumentException(file + ": row " + row + " (" + metric + "): a cutoff is a number or N, not "
                        + value);
            }
            roles.computeIfAbsent(metric, m -> new HashMap<>()).put(role, value);
        }
        return new MetricRoles(Map.copyOf(roles));
    }

    private String value(String metric, String role) {
        Map<String, String> of = metric == null ? null : roles.get(metric);
        return of == null ? null : of.get(role);
    }

    private boolean has(String metric, String role) {
        return value(metric, role) != null;
    }

    /** The metric a place of an earlier edition becomes ({@code rank → rank_previous}), or null. */
    public String earlierForm(String metric) {
        String earlier = value(metric, "earlier");
        return earlier == null || earlier.equals(SAME) ? null : earlier;
    }

    /** Whether a value after a previous-edition cue keeps this metric, with the edition before (a count, a score). */
    boolean keepsMetricWhenEarlier(String metric) {
        return SAME.equals(value(metric, "earlier"));
    }

    /** The metric a place of this metric read per head is ({@code rank → intensity_rank}), or null. */
    String perHeadForm(String metric) {
        String perHead = value(metric, "per-head");
        return perHead == null || perHead.equals(NONE) ? null : perHead;
    }

    /** Whether a per-head reading of this metric is a ranking no metric holds (the figure makes no claim). */
    boolean perHeadHoldsNone(String metric) {
        return NONE.equals(value(metric, "per-head"));
    }

    /** Whether the metric counts places in a top N its sentence names (the claim keeps it as its cutoff). */
    public boolean cutoffFromSentence(String metric) {
        return SENTENCE_CUTOFF.equals(value(metric, "cutoff"));
    }

    /** The cut-off a count of places names itself (100 for a count in the top 100), or null. */
    public Integer fixedCutoff(String metric) {
        String cutoff = value(metric, "cutoff");
        return cutoff == null || cutoff.equals(SENTENCE_CUTOFF) ? null : Integer.valueOf(cutoff);
    }

    /** Whether the metric counts places in a top N, fixed or named by its sentence. */
    public boolean countsPlacesInTop(String metric) {
        return has(metric, "cutoff");
    }

    /** Of a count with a fixed cut-off, the metric it becomes in a sentence naming another top N; else null. */
    String topNForm(String metric) {
        return value(metric, "top-n");
    }

    /** Of a count whose sentence names its cut-off, the fixed cut-off metric of its family; else null. */
    String fixedCutoffForm(String metric) {
        for (var entry : roles.entrySet()) {
            if (metric.equals(entry.getValue().get("top-n"))) {
                return entry.getKey();
            }
        }
        return null;
    }

    /**
     * The family a count of places belongs to (its top-N metric: the fixed cut-off's count and the sentence's count
     * are one list), or null for a metric that counts no places.
     */
    public String placesFamily(String metric) {
        if (!countsPlacesInTop(metric)) {
            return null;
        }
        String topN = topNForm(metric);
        return topN != null ? topN : metric;
    }

    /** Whether the metric is a place or a score of an economy in the index of economies. */
    boolean economyIndex(String metric) {
        return has(metric, "economy-index");
    }

    /** Whether the metric is the index's overall place (a quoted indicator's place is not). */
    boolean overallPlace(String metric) {
        return has(metric, "overall");
    }

    /**
     * The metric a column of places under a rank header (排名) of a flattened table holds for its rows' subjects,
     * or null when no metric takes that role (then such a column makes no claims).
     */
    String rankColumnMetric() {
        return roles.keySet().stream().sorted().filter(m -> has(m, "rank-column")).findFirst().orElse(null);
    }

    /** Share metric → the count metric it is a share of ({@code pct_share → pct_filings}), in a stable order. */
    public Map<String, String> sharesOfCounts() {
        Map<String, String> shares = new LinkedHashMap<>();
        roles.keySet().stream().sorted().forEach(m -> {
            String count = value(m, "share-of");
            if (count != null) {
                shares.put(m, count);
            }
        });
        return shares;
    }
}
