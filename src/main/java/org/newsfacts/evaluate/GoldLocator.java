package org.newsfacts.evaluate;

import org.newsfacts.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places gold items in a document's text. A gold item carries a {@code context} copied from the
 * article and, for a figure, the {@code surface} inside it; both are found in matching form, and the
 * result is mapped back to an original span.
 *
 * <p>A context may occur more than once (boilerplate repeated at the end of a press release). Gold lists
 * items in reading order, so the k-th gold item with the same context and the same identity is taken to
 * be the k-th occurrence. Items that share a context but differ in identity ({@code 5} and {@code 7} in
 * "包括5間上市公司及7間獨角獸企業") count their occurrences separately.
 */
public final class GoldLocator {

    /** What locates one gold item: its context, the surface inside it (null: the whole context), its identity. */
    public record Anchor(String context, String surface, String identity) {
    }

    /** A gold item's span in the document, or why it has none. */
    public record Located(Span span, String problem) {
        public boolean found() {
            return span != null;
        }
    }

    private GoldLocator() {
    }

    /** One result per anchor, in the same order. */
    public static List<Located> locate(ScoredDocument document, List<Anchor> anchors) {
        List<Located> located = new ArrayList<>(anchors.size());
        String unscorable = document.unscorable().orElse(null);
        Map<String, Integer> seen = new HashMap<>();
        for (Anchor anchor : anchors) {
            if (unscorable != null) {
                located.add(new Located(null, unscorable));
                continue;
            }
            String context = MatchText.normalize(anchor.context());
            String surface = anchor.surface() == null ? context : MatchText.normalize(anchor.surface());
            if (context.isEmpty() || surface.isEmpty()) {
                located.add(new Located(null, "gold item has an empty context or surface"));
                continue;
            }
            int inContext = context.indexOf(surface);
            if (inContext < 0) {
                located.add(new Located(null, "gold surface is not inside its own context"));
                continue;
            }
            List<Integer> occurrences = document.text().occurrences(context);
            if (occurrences.isEmpty()) {
                located.add(new Located(null, "context not found in the document text"));
                continue;
            }
            String key = context + '\u0000' + surface + '\u0000' + anchor.identity();
            int nth = seen.merge(key, 1, Integer::sum) - 1;
            // More gold repeats than text repeats: the gold items share the last place, and only one can match.
            int start = occurrences.get(Math.min(nth, occurrences.size() - 1)) + inContext;
            located.add(new Located(document.text().originalSpan(start, start + surface.length()), null));
        }
        return located;
    }
}
