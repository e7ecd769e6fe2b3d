package org.newsfacts.pipeline;

import org.newsfacts.extract.mentions.MentionExtractor;

import java.util.EnumSet;
import java.util.Set;

/** Clusters, people and organisations (HanLP's segmentation, the gazetteers, the person recognisers). */
final class MentionStage implements Stage {
    private final MentionExtractor mentions;

    MentionStage(MentionExtractor mentions) {
        this.mentions = mentions;
    }

    @Override
    public Set<Layer> requires() {
        return Layer.FROM_TEXT_STAGES;
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.MENTIONS);
    }

    @Override
    public void annotate(Annotation article) {
        article.addMentions(mentions.extract(article.text()));
    }
}
