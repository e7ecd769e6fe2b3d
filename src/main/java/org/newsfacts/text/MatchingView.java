package org.newsfacts.text;

import java.util.Arrays;

/**
 * The normalised copy of an article's repaired text that extractors match on, with the map back to the
 * repaired text. Every character of {@link #text()} knows the stretch of the repaired text it came from;
 * a conversion that changes length (one character to a surrogate pair, a run of dashes to one) maps the
 * whole output to the whole input, so a span found here always maps to whole characters there.
 */
public final class MatchingView {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int originalLength;

    MatchingView(String text, int[] starts, int[] ends, int originalLength) {
        if (starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("offset map does not cover the text");
        }
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.originalLength = originalLength;
    }

    public String text() {
        return text;
    }

    /**
     * This view with the characters of the repaired text's spans made spaces (the map unchanged), so a matcher
     * finds nothing there while every offset stays where it was; {@code this} when there are none.
     */
    public MatchingView blank(java.util.List<Span> originalSpans) {
        if (originalSpans.isEmpty()) {
            return this;
        }
        char[] chars = text.toCharArray();
        for (Span s : originalSpans) {
            Span v = toView(s.start(), s.end());
            for (int i = v.start(); i < v.end(); i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return new MatchingView(new String(chars), starts, ends, originalLength);
    }

    /** The stretch of the repaired text that the view's span {@code [start, end)} came from. */
    public Span toOriginal(int start, int end) {
        if (start < 0 || end > text.length() || end < start) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") outside 0.." + text.length());
        }
        if (start == end) {
            int at = start < text.length() ? starts[start] : originalLength;
            return new Span(at, at);
        }
        return new Span(starts[start], ends[end - 1]);
    }

    public Span toOriginal(Span span) {
        return toOriginal(span.start(), span.end());
    }

    /**
     * The view's span over the repaired text's {@code [start, end)}: from the first view character that starts at
     * or after {@code start} to the last that starts before {@code end}. It undoes {@link #toOriginal} exactly
     * unless the span cut through one piece the normalisation rewrote whole (an OpenCC word of another length),
     * where it grows to the whole piece.
     */
    public Span toView(int start, int end) {
        int from = fromOriginal(start);
        return new Span(from, Math.max(from, fromOriginal(end)));
    }

    /** The first view position whose source starts at or after {@code originalOffset}. */
    public int fromOriginal(int originalOffset) {
        int i = Arrays.binarySearch(starts, originalOffset);
        if (i >= 0) {
            while (i > 0 && starts[i - 1] == originalOffset) {
                i--;
            }
            return i;
        }
        return -i - 1;
    }
}
