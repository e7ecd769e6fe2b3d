package org.newsfacts.evaluate;

import org.newsfacts.records.DocumentRecord;

import java.util.Optional;

/**
 * A gold article and the output document it is scored against ({@code output} is null where the run
 * has no document for it), with that document's text ready for matching.
 */
public record ScoredDocument(GoldDocument gold, DocumentRecord output, NormalizedText text) {

    public static ScoredDocument of(GoldDocument gold, DocumentRecord output) {
        return new ScoredDocument(gold, output, NormalizedText.of(output == null || output.text() == null ? "" : output.text()));
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
        if (output.status() != null && !"ok".equalsIgnoreCase(output.status())) {
            return Optional.of("extraction failed: " + output.error());
        }
        return Optional.empty();
    }
}
