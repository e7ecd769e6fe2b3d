package org.newsfacts.pipeline;

import org.newsfacts.extract.quotes.QuoteExtractor;

import java.util.EnumSet;
import java.util.Set;

/** Statements and who made them; a speaker is one of the article's people or offices, so mentions come first. */
final class QuoteStage implements Stage {
    private final QuoteExtractor quotes;

    QuoteStage(QuoteExtractor quotes) {
        this.quotes = quotes;
    }

    @Override
    public Set<Layer> requires() {
        EnumSet<Layer> needs = EnumSet.copyOf(Layer.FROM_TEXT_STAGES);
        needs.add(Layer.MENTIONS);
        return needs;
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.QUOTES);
    }

    @Override
    public void annotate(Annotation article) {
        article.addQuotes(quotes.extract(article.text(), article.mentions()));
    }
}
