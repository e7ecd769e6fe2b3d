package org.newsfacts.claims;

import org.newsfacts.text.Span;

/** A stretch of the article's text said by someone (a quote), in repaired-text offsets. */
public record Attribution(String speaker, Span span) {

    public Attribution(String speaker, int start, int end) {
        this(speaker, new Span(start, end));
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
