package org.newsfacts.report;

import org.newsfacts.text.Span;

/**
 * A stretch of an article's text to draw marked: a quote, a mention or a figure.
 *
 * @param span     where it stands in the article's text
 * @param cssClass the element's classes, which pick its colour
 * @param title    the tooltip (what was found there), or null
 * @param id       the element's id, an anchor other parts of the page link to, or null
 */
record Highlight(Span span, Layer layer, String cssClass, String title, String id) {

    Highlight(int start, int end, Layer layer, String cssClass, String title, String id) {
        this(new Span(start, end), layer, cssClass, title, id);
    }

    int start() {
        return span.start();
    }

    int end() {
        return span.end();
    }

    /** What a highlight marks. The declaration order is the nesting order: a quote holds a mention holds a figure. */
    enum Layer {
        QUOTE("span"),
        MENTION("span"),
        // Figures alone are <mark>: the one highlight an editor is asked to check, and what tests look for.
        FIGURE("mark");

        private final String tag;

        Layer(String tag) {
            this.tag = tag;
        }

        String tag() {
            return tag;
        }
    }

    boolean contains(Highlight other) {
        return span.contains(other.span);
    }
}
