package org.newsfacts.claims;

import org.newsfacts.files.LexiconFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words for metric ids ({@code models/claims/metric-labels.tsv}), in English and Chinese, so that what an editor
 * reads says "share of the world's PCT applications", not {@code pct_share}; and for an edition, the name
 * {@code models/claims/time.tsv} gives it ("GII {year}"), so another index's editions read as that index's.
 */
public final class MetricLabels {
    private final Map<String, String[]> labels;
    private final String editionName;

    private MetricLabels(Map<String, String[]> labels, String editionName) {
        this.labels = labels;
        this.editionName = editionName;
    }

    public static MetricLabels load(Path modelsDir) {
        Path file = modelsDir.resolve("claims").resolve("metric-labels.tsv");
        Map<String, String[]> labels = new TreeMap<>();
        for (String[] row : LexiconFile.rows(file, 3)) {
            labels.put(row[0].strip(), new String[]{row[1].strip(), row[2].strip()});
        }
        Path time = modelsDir.resolve("claims").resolve("time.tsv");
        String editionName = null;
        for (String[] row : LexiconFile.rows(time, 2)) {
            if (row[0].strip().equals("subject")) {
                editionName = row[1].strip();
            }
        }
        if (editionName == null || !editionName.contains("{year}")) {
            throw new IllegalArgumentException(time + ": needs a subject row naming an edition with {year}");
        }
        return new MetricLabels(labels, editionName);
    }

    /** An edition's name for its year: "GII 2025". */
    public String edition(String year) {
        return editionName.replace("{year}", year);
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
