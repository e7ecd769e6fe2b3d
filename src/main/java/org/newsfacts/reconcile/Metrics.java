package org.newsfacts.reconcile;

import org.newsfacts.claims.MetricLabels;
import org.newsfacts.claims.MetricRoles;

/**
 * What the reconciler knows of metrics, all of it from {@code models/claims}: their words for explanations
 * ({@code metric-labels.tsv}), which counts of places have a cut-off and which share is of which count
 * ({@code metric-roles.tsv}).
 */
final class Metrics {
    private final MetricRoles roles;
    private final MetricLabels labels;
    private final ShareIndicators shares;

    Metrics(MetricRoles roles, MetricLabels labels) {
        this.roles = roles;
        this.labels = labels;
        this.shares = new ShareIndicators(roles.sharesOfCounts());
    }

    MetricRoles roles() {
        return roles;
    }

    ShareIndicators shares() {
        return shares;
    }

    /** "Share of the world's PCT applications": the label as a heading starts, with a capital. */
    String label(String metric) {
        String words = labels.english(metric);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The label of a count of places with its cut-off written in: "Clusters in the top 10" from "clusters in the
     * top N" (a label names the cut-off its sentence gives as N).
     */
    String label(String metric, int cutOff) {
        return label(metric).replaceAll("\\bN\\b", String.valueOf(cutOff));
    }
}
