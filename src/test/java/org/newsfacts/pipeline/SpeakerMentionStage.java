package org.newsfacts.pipeline;

import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.extract.quotes.Quote;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * A stage that cannot have a place in the pipeline: it names, as a person mention, every speaker the quote
 * stage found, so it requires quotes; but the quote stage reads the mentions, so they would be incomplete when
 * it reads them. {@link PipelineOrderTest} shows the pipeline refuses it when stages.txt names it.
 */
public final class SpeakerMentionStage implements Stage {
    public SpeakerMentionStage(Path modelsDir) {
        // No data of its own.
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT, Layer.QUOTES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.MENTIONS);
    }

    @Override
    public void annotate(Annotation article) {
        article.addMentions(article.quotes().stream().map(SpeakerMentionStage::speakerOf).toList());
    }

    private static Mention speakerOf(Quote q) {
        return new Mention(Mention.PERSON, q.speaker(), q.text(), q.start(), q.end(), q.speakerTitle(), false, true);
    }
}
