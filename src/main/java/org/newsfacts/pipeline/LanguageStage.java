package org.newsfacts.pipeline;

import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.text.AnalyzedText;

import java.util.List;

/**
 * A language stage added to the pipeline without changing it: one class that reads the analysed article
 * (repaired text, paragraphs with their language, sentences, the matching view) and returns what it names
 * there as {@link Mention}s, in offsets of the repaired text. Its mentions are written to mentions.jsonl with
 * the built-in stages' and are seen by the claims stage like theirs.
 *
 * <p>A stage is registered by naming its class in {@code models/stages.txt}; the pipeline builds it once,
 * through a public constructor taking the models folder (where its own data lives), and calls it from every
 * worker thread, so it must be immutable. See README, "Adding a language stage".
 */
public interface LanguageStage {
    List<Mention> find(AnalyzedText text);
}
