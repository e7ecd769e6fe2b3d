package org.newsfacts.text;

/** A sentence of the repaired text; it never crosses a paragraph. */
public record Sentence(Span span, Lang lang) {

    public Sentence(int start, int end, Lang lang) {
        this(new Span(start, end), lang);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
