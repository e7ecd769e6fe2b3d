package org.newsfacts.text;

/** A paragraph of the repaired text: a line of it, with its own language. */
public record Paragraph(Span span, Lang lang) {

    public Paragraph(int start, int end, Lang lang) {
        this(new Span(start, end), lang);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
