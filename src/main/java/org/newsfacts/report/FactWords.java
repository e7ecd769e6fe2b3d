package org.newsfacts.report;

import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimTime;
import org.newsfacts.claims.MetricLabels;

/**
 * The words a page shows for what a claim is about: a metric's label from {@code models/claims/metric-labels.tsv}
 * rather than its id, and a null period as the edition it stands for. A claim leaves the period empty when it
 * speaks of the edition its article reports; in a run's groups, that is the run's newest edition (older
 * editions' claims carry their year), so an editor reads "GII 2025", not a blank.
 *
 * @param edition the edition a null period stands for ("2025"), or null when no article names one
 */
public record FactWords(MetricLabels labels, String edition) {
    /** "share of the world's PCT applications · 佔全球PCT申請量比例". */
    String metric(String metric) {
        return labels.both(metric);
    }

    /**
     * "GII 2025" for a null period, "GII 2024" for an edition's year, "GII 2025 top10" for a cut-off, the years
     * as they are ("2019-2023"): a group's period, known by its string alone.
     */
    String period(String period) {
        return period(ClaimTime.read(period), period);
    }

    /** The same for a claim, from its own fields when it has them: "2022" stated for a figure is no edition. */
    String period(Claim claim) {
        return claim.time() == null ? period(claim.period()) : period(claim.time(), claim.period());
    }

    private String period(ClaimTime time, String period) {
        String when = time.when(period);
        String words = when == null ? (edition == null ? "the edition reported" : labels.edition(edition))
                : when.equals(time.edition()) ? labels.edition(when) : when;
        return time.cutoff() == null ? words : words + " " + time.cutoff();
    }

    /** The same words with the edition that one article reports. */
    FactWords forEdition(String articleEdition) {
        return articleEdition == null ? this : new FactWords(labels, articleEdition);
    }
}
