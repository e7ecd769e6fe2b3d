package org.newsfacts.evaluate;

import org.newsfacts.text.Span;

/** Short, one-line excerpts of a document for listings. */
public final class Snippets {

    /** Characters shown either side of an extracted span. */
    public static final int RADIUS = 15;

    private Snippets() {
    }

    /** The span with {@link #RADIUS} characters either side, the span itself in brackets, on one line. */
    public static String around(String text, Span span) {
        if (span == null) {
            return "(no valid start/end)";
        }
        int from = Math.max(0, span.start() - RADIUS);
        int to = Math.min(text.length(), span.end() + RADIUS);
        return oneLine(text.substring(from, span.start())) + "[" + oneLine(text.substring(span.start(), span.end()))
                + "]" + oneLine(text.substring(span.end(), to));
    }

    /** At most {@code max} characters of a text, on one line. */
    public static String shorten(String text, int max) {
        String line = oneLine(text == null ? "" : text);
        return line.length() <= max ? line : line.substring(0, max) + "…";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
