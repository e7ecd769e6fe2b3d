package org.newsfacts.evaluate;

/**
 * A prediction that matched no gold item, with a snippet of the text around it (or of the prediction
 * itself where it has no place in one text) and what it claimed.
 */
public record FalseHit(String doc, String surface, String snippet, String value, String unit, String note) {
}
