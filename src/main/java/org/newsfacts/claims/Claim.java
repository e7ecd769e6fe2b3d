package org.newsfacts.claims;

import org.newsfacts.text.normalize.CaseFilter;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A figure bound to what it is about: one line of {@code claims.jsonl}, and what the reconciler compares.
 *
 * <p>{@code value} is in base units ({@code 16.9萬} is 169000); {@code surface} keeps the figure as written,
 * because only the written form says how precise it is (9% is 8.5–9.5%, 117,542 is exact). {@code period}
 * keeps editions and year ranges apart (null is the edition the corpus is about); {@code scope} keeps a
 * ranking's kind apart from the overall ranking (null is overall; e.g. {@code intensity} for the per-head
 * ordering, {@code pct_filings} for a sub-ranking), so "fourth by intensity" never meets "99th overall".
 *
 * @param claimId   stable id, see {@link ClaimIds}
 * @param doc       the article's path relative to the input folder
 * @param qualifier {@code approx}, {@code over}, {@code under} or null ({@code near} is read as approx)
 * @param saidBy    the speaker when the figure sits inside a quote, else null (the outlet says it)
 * @param start     offset of the figure in the document's text, in chars
 * @param end       end of the figure, exclusive
 * @param sentence  the sentence the figure sits in, shown to editors as evidence (may be null)
 * @param published the article's publication date, ISO, or null
 * @param binding   how the binder tied the figure to its subject ({@link Binding}), or null for a claim that
 *                  did not come from the binder (a reference table, a claims file without the field)
 * @param confidence how sure the binding is, 0 to 1; the reconciler compares across articles only claims at
 *                  or above its threshold
 * @param step      how precisely the figure was written, as the number grammar read it ({@code Figure.step}):
 *                  one unit of its last written digit in the units of {@code value} (1,000 for 16.9萬, 0.1 for
 *                  9.0%, 0 for 三分一, a fraction stated exactly); null where not known (a table cell the binder
 *                  rebuilt, a reference table's row, an older claims file), and then the reconciler reads the
 *                  precision from {@code surface}
 * @param time      the period's parts as the period resolver decided them (edition, stated years, cut-off), from
 *                  which {@code period} is written; null for a claim known only by its period string (a reference
 *                  table's row, a claims file from before these fields, gold)
 */
public record Claim(String claimId, String doc, String subject, String metric, BigDecimal value, String unit,
                    String qualifier, String period, String scope, String saidBy, int start, int end,
                    String surface, String sentence, String outlet, String published, String binding,
                    double confidence, BigDecimal step, ClaimTime time) {

    /** A claim known by its period string alone (see {@code time}). */
    public Claim(String claimId, String doc, String subject, String metric, BigDecimal value, String unit,
                 String qualifier, String period, String scope, String saidBy, int start, int end,
                 String surface, String sentence, String outlet, String published, String binding,
                 double confidence, BigDecimal step) {
        this(claimId, doc, subject, metric, value, unit, qualifier, period, scope, saidBy, start, end, surface,
                sentence, outlet, published, binding, confidence, step, null);
    }

    /** A claim whose written precision is not known: the reconciler reads it from {@code surface}. */
    public Claim(String claimId, String doc, String subject, String metric, BigDecimal value, String unit,
                 String qualifier, String period, String scope, String saidBy, int start, int end,
                 String surface, String sentence, String outlet, String published, String binding,
                 double confidence) {
        this(claimId, doc, subject, metric, value, unit, qualifier, period, scope, saidBy, start, end, surface,
                sentence, outlet, published, binding, confidence, null);
    }

    /** A claim whose binding is not known (a reference table's row, an older claims file): taken as sure. */
    public Claim(String claimId, String doc, String subject, String metric, BigDecimal value, String unit,
                 String qualifier, String period, String scope, String saidBy, int start, int end,
                 String surface, String sentence, String outlet, String published) {
        this(claimId, doc, subject, metric, value, unit, qualifier, period, scope, saidBy, start, end, surface,
                sentence, outlet, published, null, 1.0);
    }

    public static final String APPROX = "approx";
    public static final String OVER = "over";
    public static final String UNDER = "under";
    private static final Set<String> QUALIFIERS = Set.of(APPROX, OVER, UNDER);

    public Claim {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        qualifier = qualifier(qualifier);
        period = blankToNull(period);
        scope = blankToNull(scope);
        saidBy = blankToNull(saidBy);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1] for claim " + claimId);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for claim " + claimId);
        }
        if (step != null && step.signum() < 0) {
            throw new IllegalArgumentException("negative step " + step + " for claim " + claimId);
        }
    }

    /**
     * The same claim with its period written for a run whose newest edition is {@code reported} (see
     * {@link ClaimTime#period}); a claim without {@code time} keeps its period.
     */
    public Claim dated(String reported) {
        if (time == null) {
            return this;
        }
        String newPeriod = time.period(reported);
        if (java.util.Objects.equals(newPeriod, period)) {
            return this;
        }
        return new Claim(claimId, doc, subject, metric, value, unit, qualifier, newPeriod, scope, saidBy, start, end,
                surface, sentence, outlet, published, binding, confidence, step, time);
    }

    /** The contract's qualifier vocabulary; "near" (近, 接近, nearly) is an approximation like 約. */
    private static String qualifier(String qualifier) {
        String q = blankToNull(qualifier);
        if (q == null) {
            return null;
        }
        q = CaseFilter.lower(q.trim());
        if (q.equals("near")) {
            return APPROX;
        }
        if (!QUALIFIERS.contains(q)) {
            throw new IllegalArgumentException("unknown qualifier '" + qualifier + "': expected approx, over or under");
        }
        return q;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
