package org.newsfacts.pipeline;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link Stage} reads from an article or adds to it, as CoreNLP's annotation keys: a stage declares the
 * layers it {@linkplain Stage#requires() requires} and {@linkplain Stage#provides() provides}, and the pipeline
 * checks once, when it is built, that every requirement is provided by an earlier stage.
 */
public enum Layer {
    /** The repaired text that every output offset points into. */
    TEXT("text"),
    PARAGRAPHS("paragraphs"),
    SENTENCES("sentences"),
    /** The document's language and each paragraph's. */
    LANGUAGE("language"),
    /** The normalised copy of the text with its map back (and the paragraphs and sentences placed in it). */
    MATCHING_VIEW("matching view"),
    FIGURES("figures"),
    MENTIONS("mentions"),
    QUOTES("quotes"),
    CLAIMS("claims");

    /** What the text stages ({@code text.TextAnalyzer}) give every article before the first stage runs. */
    public static final Set<Layer> FROM_TEXT_STAGES =
            Collections.unmodifiableSet(EnumSet.of(TEXT, PARAGRAPHS, SENTENCES, LANGUAGE, MATCHING_VIEW));

    private final String label;

    Layer(String label) {
        this.label = label;
    }

    /** The name messages use: "matching view". */
    public String label() {
        return label;
    }

    static String labels(Set<Layer> layers) {
        return layers.stream().sorted().map(Layer::label).collect(Collectors.joining(", "));
    }
}
