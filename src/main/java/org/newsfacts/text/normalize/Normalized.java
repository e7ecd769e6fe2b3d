package org.newsfacts.text.normalize;

import java.util.Arrays;

/**
 * A text after one or more {@link CharFilter}s, with the map back to the text they were given: every
 * character knows the stretch {@code [sourceStart, sourceEnd)} of the input it came from. A filter that changes
 * length (a run of dashes to one, a word OpenCC spells with fewer characters) maps the whole output piece to
 * the whole input piece, so a span found here always maps back to whole characters there.
 */
public final class Normalized {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int sourceLength;

    Normalized(String text, int[] starts, int[] ends, int sourceLength) {
        if (starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("offset map does not cover the text");
        }
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.sourceLength = sourceLength;
    }

    /** The text unchanged: each character maps to itself. */
    public static Normalized identity(String text) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i;
            ends[i] = i + 1;
        }
        return new Normalized(text, starts, ends, text.length());
    }

    public String text() {
        return text;
    }

    /** Where in the source the character at {@code i} starts. */
    public int sourceStart(int i) {
        return starts[i];
    }

    /** Where in the source the character at {@code i} ends (exclusive). */
    public int sourceEnd(int i) {
        return ends[i];
    }

    public int sourceLength() {
        return sourceLength;
    }

    /** Copies of the two maps, for a view that answers offset questions itself. */
    public int[] starts() {
        return starts.clone();
    }

    public int[] ends() {
        return ends.clone();
    }

    /**
     * This result's text filtered once more, its map composed with this one so that it still points into
     * this result's source: Lucene's {@code CharFilter.correctOffset} chaining, done once per text.
     */
    Normalized then(Normalized next) {
        int n = next.text.length();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            int from = next.starts[i];
            int to = next.ends[i];
            s[i] = from < starts.length ? starts[from] : sourceLength;
            e[i] = to > from ? ends[to - 1] : s[i];
        }
        return new Normalized(next.text, s, e, sourceLength);
    }

    /** Collects a filter's output with the input stretch of each piece. */
    static final class Builder {
        private final StringBuilder out;
        private int[] starts;
        private int[] ends;
        private final int sourceLength;

        Builder(int sourceLength) {
            this.sourceLength = sourceLength;
            this.out = new StringBuilder(sourceLength + 16);
            this.starts = new int[sourceLength + 16];
            this.ends = new int[sourceLength + 16];
        }

        /** Appends {@code piece}, which replaces the input's {@code [from, to)}. */
        Builder append(CharSequence piece, int from, int to) {
            for (int i = 0; i < piece.length(); i++) {
                append(piece.charAt(i), from, to);
            }
            return this;
        }

        Builder append(char c, int from, int to) {
            int n = out.length();
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2 + 1);
                ends = Arrays.copyOf(ends, n * 2 + 1);
            }
            out.append(c);
            starts[n] = from;
            ends[n] = to;
            return this;
        }

        int length() {
            return out.length();
        }

        /** The last code point written so far; call only when something was. */
        int lastCodePoint() {
            return Character.codePointBefore(out, out.length());
        }

        /** Copies the input's {@code [from, to)} unchanged, each character mapped to itself. */
        Builder copy(String input, int from, int to) {
            for (int k = from; k < to; k++) {
                append(input.charAt(k), k, k + 1);
            }
            return this;
        }

        Normalized build() {
            int n = out.length();
            return new Normalized(out.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), sourceLength);
        }
    }
}
