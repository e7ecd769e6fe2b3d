package org.newsfacts.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** A cut-off as the binder writes it: {@code top} and its N (streaks.tsv's {@code topn:top10}). */
    private static final Pattern TOP_N = Pattern.compile("top(\\d+)");
    /** A cut-off inside a period string written by hand (gold: {@code top10}, {@code Top 15}). */
    private static final Pattern TOP_N_IN_PERIOD = Pattern.compile("(?i)\\btop\\s*(\\d+)\\b");
    private static final Pattern EDITION_YEAR = Pattern.compile("(?:19|20)\\d{2}");

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
     * The part of {@code period}, as {@link #period} wrote it from this time, before the cut-off: the stated years,
     * or the edition when the period shows it, or null ({@code 2024} of {@code 2024 top10}; null of {@code top10}).
     * Claims of one period have the same, so it can key what is compared within one ranking.
     */
    public String when(String period) {
        if (years != null) {
            return years;
        }
        if (period == null || cutoff == null) {
            return period;
        }
        return period.equals(cutoff) ? null : edition;
    }

    /** The N of the cut-off ({@code 10} of {@code top10}), or null for none. */
    public Integer topN() {
        if (cutoff == null) {
            return null;
        }
        Matcher m = TOP_N.matcher(cutoff);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * The time a period string stands for, for a claim known only by it (gold, a reference table's row, a claims
     * file from before these fields): a cut-off ({@code top10}, {@code top 15}), then a lone year as an edition
     * (the period writes an older edition's year) or anything else as stated years. A claim from the binder has
     * its fields and is never read this way.
     */
    public static ClaimTime read(String period) {
        if (period == null || period.isBlank()) {
            return NONE;
        }
        Matcher top = TOP_N_IN_PERIOD.matcher(period);
        String cutoff = null;
        String rest = period.strip();
        if (top.find()) {
            cutoff = "top" + top.group(1);
            rest = (period.substring(0, top.start()) + " " + period.substring(top.end())).strip();
        }
        if (rest.isEmpty()) {
            return new ClaimTime(null, null, cutoff);
        }
        return EDITION_YEAR.matcher(rest).matches() ? new ClaimTime(rest, null, cutoff) : new ClaimTime(null, rest, cutoff);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
