package org.newsfacts.records;

import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * One line of {@code claims.jsonl}: the contract's fields first, in the contract's order, then the extras
 * an editor needs to check a claim (scope, the figure as written, its sentence, outlet and date), and the figure's
 * written precision ({@code step}) that the reconciler reads, and the parts {@code period} is written from
 * ({@code edition}, {@code years}, {@code cutoff}: {@link ClaimTime}). The result cache
 * keeps an article's claims as this record too, so a field added here is written and cached alike.
 */
@JsonPropertyOrder({"claim_id", "doc", "subject", "metric", "value", "unit", "qualifier", "period", "said_by",
        "start", "end", "scope", "surface", "sentence", "outlet", "published", "binding", "confidence", "step",
        "edition", "years", "cutoff"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClaimRecord(String claimId, String doc, String subject, String metric, BigDecimal value, String unit,
                          String qualifier, String period, String saidBy, int start, int end, String scope,
                          String surface, String sentence, String outlet, String published, String binding,
                          BigDecimal confidence, BigDecimal step, String edition, String years, String cutoff) {

    public static ClaimRecord of(Claim claim) {
        ClaimTime time = claim.time() == null ? ClaimTime.NONE : claim.time();
        return new ClaimRecord(claim.claimId(), claim.doc(), claim.subject(), claim.metric(),
                OutputJson.plain(claim.value()), claim.unit(), claim.qualifier(), claim.period(), claim.saidBy(),
                claim.start(), claim.end(), claim.scope(), claim.surface(), claim.sentence(), claim.outlet(),
                claim.published(), claim.binding(), OutputJson.plain(BigDecimal.valueOf(claim.confidence())),
                OutputJson.plain(claim.step()), time.edition(), time.years(), time.cutoff());
    }

    /** The claim this line states; the inverse of {@link #of} but for the value's trailing zeros. */
    public Claim toClaim() {
        return new Claim(claimId, doc, subject, metric, value, unit, qualifier, period, scope, saidBy, start, end,
                surface, sentence, outlet, published, binding, confidence == null ? 1.0 : confidence.doubleValue(), step,
                parts());
    }

    /**
     * The parts the period was written from. A line with a period but none of its parts was written before the
     * parts were (no time the resolver decides gives a period from nothing): it keeps its period as written.
     */
    private ClaimTime parts() {
        ClaimTime time = new ClaimTime(edition, years, cutoff);
        return time.equals(ClaimTime.NONE) && period != null ? null : time;
    }
}
