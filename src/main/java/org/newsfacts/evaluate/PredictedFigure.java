package org.newsfacts.evaluate;

import java.math.BigDecimal;

/** A {@code figures.jsonl} record. */
public record PredictedFigure(String doc, String surface, BigDecimal value, String unit, String qualifier,
                              Integer start, Integer end) {
}
