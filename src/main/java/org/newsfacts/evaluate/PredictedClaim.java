package org.newsfacts.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/** A {@code claims.jsonl} record. */
public record PredictedClaim(@JsonProperty("claim_id") String claimId, String doc, String subject, String metric,
                             BigDecimal value, String unit, String qualifier, String period,
                             @JsonProperty("said_by") String saidBy, Integer start, Integer end) {
}
