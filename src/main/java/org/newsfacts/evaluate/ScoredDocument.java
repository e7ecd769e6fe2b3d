package org.newsfacts.evaluate;

import java.util.Optional;

/**
 * A gold article and the output document it is scored against ({@code output} is null where the run
 * has no document for it), with that document's text ready for matching.
 */
public record ScoredDocument(GoldDocument gold, OutputDocument output, NormalizedText text) {

    public static ScoredDocument of(GoldDocument gold, OutputDocument output) {
        return new ScoredDocument(gold, output, NormalizedText.of(output == null ? "" : output.textOrEmpty()));
    }

    public String goldDoc() {
        return gold.doc();
    }

    /** The name predictions for this article carry in their {@code doc} field, or null. */
    public String outputDoc() {
        return output == null ? null : output.doc();
    }

    /** Why nothing can be found in this document, if nothing can. */
    public Optional<String> unscorable() {
        if (output == null) {
            return Optional.of("document not in output");
        }
        if (!output.ok()) {
            return Optional.of("extraction failed: " + output.error());
        }
        return Optional.empty();
    }
}
