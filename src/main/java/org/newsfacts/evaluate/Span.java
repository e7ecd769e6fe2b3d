package org.newsfacts.evaluate;

/** A half-open range of {@code char} offsets, {@code [start, end)}. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span a record's {@code start}/{@code end} describe in a text, or null where they cannot be one. */
    public static Span ofRecord(Integer start, Integer end, int textLength) {
        if (start == null || end == null || start < 0 || end <= start || end > textLength) {
            return null;
        }
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    /** Characters the two spans share; 0 where they only touch or are apart. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** Characters between the two spans; 0 where they touch or overlap. */
    public int gap(Span other) {
        return Math.max(0, Math.max(start, other.start) - Math.min(end, other.end));
    }
}
