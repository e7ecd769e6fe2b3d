package org.newsfacts.evaluate;

/**
 * A gold item no prediction matched. {@code surface} is what to look for (a figure's surface, a
 * claim's subject and metric, a quote's speaker), {@code context} where it is, {@code expected} the
 * values that had to match, {@code reason} what the evaluator saw instead.
 */
public record Miss(String doc, String surface, String context, String expected, String reason) {
}
