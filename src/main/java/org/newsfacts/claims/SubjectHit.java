package org.newsfacts.claims;

import org.newsfacts.text.Span;

/** Where the matching view names a possible subject of claims, with the subject's id and kind. */
record SubjectHit(String id, String kind, Span span, boolean anaphor) {

    SubjectHit(String id, String kind, int start, int end, boolean anaphor) {
        this(id, kind, new Span(start, end), anaphor);
    }

    int start() {
        return span.start();
    }

    int end() {
        return span.end();
    }
}
