package org.newsfacts.text;

import java.util.List;

/**
 * An article's text after the text stages: the repaired text that all offsets point into, its paragraphs
 * and sentences, its language, the matching view extractors work on, and the {@link ArticleView} that places
 * the paragraphs and sentences in the matching view, built once here for every stage.
 */
public record AnalyzedText(String text, Lang lang, List<Paragraph> paragraphs, List<Sentence> sentences,
                           MatchingView matchingView, ArticleView view) {
    public AnalyzedText {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        if (view.matching() != matchingView || view.paragraphs().size() != paragraphs.size()
                || view.sentences().size() != sentences.size()) {
            throw new IllegalArgumentException("the article view was built over another analysis");
        }
    }

    /** The analysis with its article view built from the other parts. */
    public AnalyzedText(String text, Lang lang, List<Paragraph> paragraphs, List<Sentence> sentences,
                        MatchingView matchingView) {
        this(text, lang, paragraphs, sentences, matchingView,
                new ArticleView(text, paragraphs, sentences, matchingView));
    }
}
