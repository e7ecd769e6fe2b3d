package org.newsfacts.text;

/** A sentence of the repaired text; it never crosses a paragraph. */
public record Sentence(int start, int end, Lang lang) {
}
