package org.newsfacts.text;

/**
 * A stretch of text in Java {@code char} offsets, end exclusive, with an optional type (what was found
 * there: a paragraph's language, a name's kind). The one span type of the code base, shaped as OpenNLP's
 * {@code opennlp.tools.util.Span}. Stage results are in offsets of the repaired text (documents.jsonl's
 * {@code text}); a span in the matching view is mapped back with {@link MatchingView#toOriginal}.
 */
public record Span(int start, int end, String type) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** A span without a type. */
    public Span(int start, int end) {
        this(start, end, null);
    }

    /** The span a record's {@code start}/{@code end} describe in a text, or null where they cannot be one. */
    public static Span checked(Integer start, Integer end, int textLength) {
        if (start == null || end == null || start < 0 || end <= start || end > textLength) {
            return null;
        }
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    /** True when {@code other} lies wholly inside this span (an empty span at either edge included). */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** True when the offset is one of this span's characters. */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** True when the two spans share at least one character; spans that only touch do not overlap. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Characters the two spans share; 0 where they only touch or are apart. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** Characters between the two spans; 0 where they touch or overlap. */
    public int gap(Span other) {
        return Math.max(0, Math.max(start, other.start) - Math.min(end, other.end));
    }

    /** The characters of {@code text} this span covers. */
    public String coveredText(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
