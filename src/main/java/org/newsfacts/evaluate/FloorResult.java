package org.newsfacts.evaluate;

/** A floor checked against the primary scope; {@code actual} is null where there was nothing to measure. */
public record FloorResult(String floor, double minimum, Double actual, boolean met, String message) {
}
