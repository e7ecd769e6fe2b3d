package org.newsfacts.records;

import org.newsfacts.claims.Claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * One line of {@code claims.jsonl}: the contract's fields first, in the contract's order, then the extras
 * an editor needs to check a claim (scope, the figure as written, its sentence, outlet and date), and the figure's
 * written precision ({@code step}) that the reconciler reads. The result cache
 * keeps an article's claims as this record too, so a field added here is written and cached alike.
 */
@JsonPropertyOrder({"claim_id", "doc", "subject", "metric", "value", "unit", "qualifier", "period", "said_by",
        "start", "end", "scope", "surface", "sentence", "outlet", "published", "binding", "confidence", "step"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClaimRecord(String claimId, String doc, String subject, String metric, BigDecimal value, String unit,
                          String qualifier, String period, String saidBy, int start, int end, String scope,
                          String surface, String sentence, String outlet, String published, String binding,
                          BigDecimal confidence, BigDecimal step) {

    public static ClaimRecord of(Claim claim) {
        return new ClaimRecord(claim.claimId(), claim.doc(), claim.subject(), claim.metric(),
                OutputJson.plain(claim.value()), claim.unit(), claim.qualifier(), claim.period(), claim.saidBy(),
                claim.start(), claim.end(), claim.scope(), claim.surface(), claim.sentence(), claim.outlet(),
                claim.published(), claim.binding(), OutputJson.plain(BigDecimal.valueOf(claim.confidence())),
                OutputJson.plain(claim.step()));
    }

    /** The claim this line states; the inverse of {@link #of} but for the value's trailing zeros. */
    public Claim toClaim() {
        return new Claim(claimId, doc, subject, metric, value, unit, qualifier, period, scope, saidBy, start, end,
                surface, sentence, outlet, published, binding, confidence == null ? 1.0 : confidence.doubleValue(), step);
    }
}
