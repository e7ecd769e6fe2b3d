package org.newsfacts.pipeline;

import java.util.Set;

/**
 * One step of the per-article pipeline after the text stages, in the manner of CoreNLP's {@code Annotator}: it
 * reads the layers it {@link #requires()} from the article's {@link Annotation} and adds the layers it
 * {@link #provides()}. Every span it adds is in offsets of the repaired text ({@link Layer#TEXT}), whatever it
 * matched on. The pipeline checks the declarations once, when it is built ({@link Extractors}), so a stage whose
 * requirement no earlier stage provides stops the build instead of failing on the first article.
 *
 * <p>A stage is built once and called from every worker thread, so it must be immutable. A new stage is one class
 * named in {@code models/stages.txt} (README, "Adding a language stage").
 */
public interface Stage {
    /** The layers this stage reads. */
    Set<Layer> requires();

    /** The layers this stage adds to; several stages may add to one layer (mentions). */
    Set<Layer> provides();

    /** Reads {@link #requires()} from the article and adds {@link #provides()} to it. */
    void annotate(Annotation article);

    /** The name build errors give: the class's simple name. */
    default String name() {
        return getClass().getSimpleName();
    }
}
