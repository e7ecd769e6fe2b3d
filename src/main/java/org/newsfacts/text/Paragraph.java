package org.newsfacts.text;

/** A paragraph of the repaired text: a line of it, with its own language. */
public record Paragraph(int start, int end, Lang lang) {
}
