package org.newsfacts.text;

import java.util.List;

/**
 * An article's text after the text stages: the repaired text that all offsets point into, its paragraphs
 * and sentences, its language, and the matching view extractors work on.
 */
public record AnalyzedText(String text, Lang lang, List<Paragraph> paragraphs, List<Sentence> sentences,
                           MatchingView matchingView) {
    public AnalyzedText {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }
}
