package org.newsfacts.report;

import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Text split at highlight offsets into text nodes and elements, so the library escapes every character of the
 * article and no markup is ever assembled from it by hand.
 *
 * <p>Highlights overlap in real output (a figure inside a quote, a name inside a quote). HTML elements can
 * only nest, so the spans are first reduced to a nesting set: longer spans outside, and for equal spans the
 * layer order (quote, mention, figure); a span that crosses the boundary of one already kept is dropped. The
 * result depends only on the spans, never on the order they came in.
 */
final class HighlightedText {
    private static final Comparator<Highlight> OUTER_FIRST = Comparator.comparingInt(Highlight::start)
            .thenComparing(Comparator.comparingInt(Highlight::end).reversed())
            .thenComparing(Highlight::layer)
            .thenComparing(h -> h.id() == null ? "" : h.id());

    private HighlightedText() {
    }

    /**
     * The highlights that can be drawn together, outermost first: spans past the text's end, empty ones,
     * repeats of a span on the same layer and spans partly overlapping a kept one are left out.
     */
    static List<Highlight> nesting(List<Highlight> candidates, int textLength) {
        List<Highlight> sorted = new ArrayList<>(candidates.size());
        for (Highlight h : candidates) {
            if (h.end() <= textLength && h.start() < h.end()) {
                sorted.add(h);
            }
        }
        sorted.sort(OUTER_FIRST);
        List<Highlight> kept = new ArrayList<>(sorted.size());
        // The kept spans still open at the current start; they nest, so each holds the one above it.
        Deque<Highlight> open = new ArrayDeque<>();
        Highlight previous = null;
        for (Highlight h : sorted) {
            if (previous != null && previous.start() == h.start() && previous.end() == h.end()
                    && previous.layer() == h.layer()) {
                continue;
            }
            while (!open.isEmpty() && open.peek().end() <= h.start()) {
                open.pop();
            }
            if (open.isEmpty() || open.peek().contains(h)) {
                kept.add(h);
                open.push(h);
                previous = h;
            }
        }
        return kept;
    }

    /**
     * Appends {@code text[from, to)} to {@code parent}, with each of {@code nested} (the output of
     * {@link #nesting}) that lies inside that stretch drawn as an element around its part of the text.
     */
    static void append(Element parent, String text, int from, int to, List<Highlight> nested) {
        Deque<Open> open = new ArrayDeque<>();
        Element current = parent;
        int at = from;
        for (Highlight h : nested) {
            if (h.start() < from || h.end() > to) {
                continue;
            }
            while (!open.isEmpty() && open.peek().end() <= h.start()) {
                at = appendText(current, text, at, open.pop().end());
                current = open.isEmpty() ? parent : open.peek().element();
            }
            at = appendText(current, text, at, h.start());
            Element element = current.appendElement(h.layer().tag());
            element.attr("class", h.cssClass());
            if (h.id() != null) {
                element.id(h.id());
            }
            if (h.title() != null) {
                element.attr("title", h.title());
            }
            element.attr("data-start", Integer.toString(h.start())).attr("data-end", Integer.toString(h.end()));
            open.push(new Open(element, h.end()));
            current = element;
        }
        while (!open.isEmpty()) {
            at = appendText(current, text, at, open.pop().end());
            current = open.isEmpty() ? parent : open.peek().element();
        }
        appendText(parent, text, at, to);
    }

    private static int appendText(Element element, String text, int from, int to) {
        if (to > from) {
            element.appendText(text.substring(from, to));
        }
        return Math.max(from, to);
    }

    private record Open(Element element, int end) {
    }
}
