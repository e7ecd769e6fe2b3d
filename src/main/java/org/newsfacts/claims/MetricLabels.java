package org.newsfacts.claims;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words for metric ids ({@code models/claims/metric-labels.tsv}), in English and Chinese, so that what an editor
 * reads says "share of the world's PCT applications", not {@code pct_share}.
 */
public final class MetricLabels {
    private final Map<String, String[]> labels;

    private MetricLabels(Map<String, String[]> labels) {
        this.labels = labels;
    }

    public static MetricLabels load(Path modelsDir) {
        Path file = modelsDir.resolve("claims").resolve("metric-labels.tsv");
        Map<String, String[]> labels = new TreeMap<>();
        for (String[] row : ClaimLexicon.rows(file, 3)) {
            labels.put(row[0].strip(), new String[]{row[1].strip(), row[2].strip()});
        }
        return new MetricLabels(labels);
    }

    /** The English label, or the id with spaces for a metric the table lacks. */
    public String english(String metric) {
        String[] l = labels.get(metric);
        return l != null ? l[0] : metric == null ? null : metric.replace('_', ' ');
    }

    /** The Chinese label, or the English one for a metric the table lacks. */
    public String chinese(String metric) {
        String[] l = labels.get(metric);
        return l != null ? l[1] : english(metric);
    }

    /** "share of the world's PCT applications · 佔全球PCT申請量比例". */
    public String both(String metric) {
        return english(metric) + " · " + chinese(metric);
    }

    public java.util.Set<String> metrics() {
        return labels.keySet();
    }
}
