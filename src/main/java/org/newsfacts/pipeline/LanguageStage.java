package org.newsfacts.pipeline;

import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.text.AnalyzedText;

import java.util.List;
import java.util.Set;

/**
 * The commonest added stage: one class that reads the analysed article (repaired text, paragraphs with their
 * language, sentences, the matching view) and returns what it names there as {@link Mention}s, in offsets of
 * the repaired text. It requires only what the text stages give and provides {@link Layer#MENTIONS}, so the
 * pipeline runs it after the built-in mention stage and before quotes and claims, which see its mentions like
 * theirs; they are written to mentions.jsonl with the built-in stages'.
 *
 * <p>A stage is registered by naming its class in {@code models/stages.txt}; the pipeline builds it once,
 * through a public constructor taking the models folder (where its own data lives), and calls it from every
 * worker thread, so it must be immutable. See README, "Adding a language stage".
 */
public interface LanguageStage extends Stage {
    List<Mention> find(AnalyzedText text);

    @Override
    default Set<Layer> requires() {
        return Layer.FROM_TEXT_STAGES;
    }

    @Override
    default Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    default void annotate(Annotation article) {
        article.addMentions(find(article.text()));
    }
}
