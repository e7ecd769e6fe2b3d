package org.newsfacts.claims;

/**
 * When a claim holds, as the period resolver decided it, each part in a field of its own rather than glued into
 * one period string: the ranking's edition, the years the text states, and the ranking's cut-off.
 *
 * <p>{@code claims.jsonl}'s {@code period} is written from these ({@link #period}): the output contract leaves the
 * period empty for the newest edition the run reports, so it shows the edition only when it is older than that;
 * the fields say the same without depending on the run.
 *
 * @param edition the year of the ranking's edition the figure belongs to ({@code 2025}): the edition its article
 *                reports, or the earlier one a previous-edition cue, a year after a place or the start of a
 *                from–to pair moved it to; null for a metric not tied to an edition (a park's occupancy, a fund's
 *                size: {@code models/claims/edition-metrics.txt}) or an article whose edition is not known
 * @param years   the year or year range the figure is of when the text says so ({@code 2022}, {@code 2019-2023}),
 *                or the editions a streak spans ({@code 2020-2024} for 過去五年 in a 2025 report); null when the
 *                figure is simply of its edition
 * @param cutoff  the top N a count of places belongs to ({@code top10}, the key of a {@code topn:} row of
 *                {@code models/claims/streaks.tsv}), or null
 */
public record ClaimTime(String edition, String years, String cutoff) {
    /** Nothing known: a claim of no edition, no stated years and no cut-off. */
    public static final ClaimTime NONE = new ClaimTime(null, null, null);

    public ClaimTime {
        edition = blankToNull(edition);
        years = blankToNull(years);
        cutoff = blankToNull(cutoff);
    }

    /**
     * The {@code period} of {@code claims.jsonl}, for a set of claims whose newest edition is {@code reported}
     * (the one a null period stands for): the stated years, else the edition when it is older than the reported
     * one; then the cut-off after a space ({@code 2024 top10}). Null when none of these applies.
     */
    public String period(String reported) {
        String when = years != null ? years
                : edition != null && reported != null && edition.compareTo(reported) < 0 ? edition : null;
        if (cutoff == null) {
            return when;
        }
        return when == null ? cutoff : when + " " + cutoff;
    }

    /**
     * Which ranking a count of places belongs to: the years stated for it, else its edition (null: not known).
     * Counts of one cut-off add up only within one ranking.
     */
    public String ranking() {
        return years != null ? years : edition;
    }

    /** The same time with the cut-off a count of places belongs to. */
    ClaimTime withCutoff(String newCutoff) {
        return new ClaimTime(edition, years, newCutoff);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
