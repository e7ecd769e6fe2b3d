package org.newsfacts.evaluate;

import org.newsfacts.text.Span;
import org.newsfacts.text.normalize.Normalized;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's text in {@link MatchText} form, with the way back the normalisation chain keeps (Lucene's
 * {@code correctOffset}): every folded character knows the original offset it came from, so a gold context found in the folded text becomes a span of the
 * original text, the text that extracted offsets point into.
 */
public final class NormalizedText {

    private final String original;
    private final String folded;
    /** For each folded index, the original offset it came from. */
    private final int[] originalOffset;
    /** For each original offset (and the end), the first folded index at or after it. */
    private final int[] foldedIndex;

    private NormalizedText(String original, String folded, int[] originalOffset, int[] foldedIndex) {
        this.original = original;
        this.folded = folded;
        this.originalOffset = originalOffset;
        this.foldedIndex = foldedIndex;
    }

    public static NormalizedText of(String original) {
        String text = original == null ? "" : original;
        Normalized folded = MatchText.CHAIN.filter(text);
        int n = folded.text().length();
        int[] origin = new int[n];
        for (int k = 0; k < n; k++) {
            origin[k] = folded.sourceStart(k);
        }
        int[] foldedIndex = new int[text.length() + 1];
        int k = 0;
        for (int i = 0; i <= text.length(); i++) {
            while (k < n && origin[k] < i) {
                k++;
            }
            foldedIndex[i] = k;
        }
        return new NormalizedText(text, folded.text(), origin, foldedIndex);
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** Folded start indexes of every occurrence of an already folded needle, overlapping ones included. */
    public List<Integer> occurrences(String foldedNeedle) {
        List<Integer> found = new ArrayList<>();
        if (foldedNeedle.isEmpty()) {
            return found;
        }
        for (int at = folded.indexOf(foldedNeedle); at >= 0; at = folded.indexOf(foldedNeedle, at + 1)) {
            found.add(at);
        }
        return found;
    }

    /** The original span that the folded range {@code [foldedStart, foldedEnd)} came from. */
    public Span originalSpan(int foldedStart, int foldedEnd) {
        return new Span(originalOffset[foldedStart], originalOffset[foldedEnd - 1] + 1);
    }

    /** The folded range an original span covers; whitespace-only spans come out empty. */
    public Span foldedSpan(Span originalSpan) {
        return new Span(foldedIndex[originalSpan.start()], foldedIndex[originalSpan.end()]);
    }
}
