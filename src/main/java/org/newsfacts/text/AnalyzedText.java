package org.newsfacts.text;

import java.util.List;

/**
 * An article's text after the text stages: the repaired text that all offsets point into, its paragraphs
 * and sentences, its language, the paragraphs that are page furniture rather than the article
 * ({@link PageFurniture}), the matching view extractors work on, and the {@link ArticleView} that places the
 * article's paragraphs and sentences in the matching view, built once here for every stage. Furniture stays in
 * the text, the paragraphs and the sentences (offsets do not move), but the matching view holds spaces there
 * and the article view leaves its paragraphs and sentences out, so no extractor reads it.
 */
public record AnalyzedText(String text, Lang lang, List<Paragraph> paragraphs, List<Sentence> sentences,
                           List<Span> furniture, MatchingView matchingView, ArticleView view) {
    public AnalyzedText {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        furniture = List.copyOf(furniture);
        if (view.matching() != matchingView || view.paragraphs().size() > paragraphs.size()
                || view.sentences().size() > sentences.size()) {
            throw new IllegalArgumentException("the article view was built over another analysis");
        }
    }

    /** The analysis of a text without page furniture, with its article view built from the other parts. */
    public AnalyzedText(String text, Lang lang, List<Paragraph> paragraphs, List<Sentence> sentences,
                        MatchingView matchingView) {
        this(text, lang, paragraphs, sentences, List.of(), matchingView);
    }

    /**
     * The analysis with the furniture paragraphs blanked in {@code matchingView} (the whole text's view) and left
     * out of the article view.
     */
    public AnalyzedText(String text, Lang lang, List<Paragraph> paragraphs, List<Sentence> sentences,
                        List<Span> furniture, MatchingView matchingView) {
        this(text, lang, paragraphs, sentences, furniture, matchingView.blank(furniture), furniture.isEmpty());
    }

    private AnalyzedText(String text, Lang lang, List<Paragraph> paragraphs, List<Sentence> sentences,
                         List<Span> furniture, MatchingView blanked, boolean none) {
        this(text, lang, paragraphs, sentences, furniture, blanked, new ArticleView(text,
                none ? paragraphs : paragraphs.stream().filter(p -> !inside(furniture, p.start())).toList(),
                none ? sentences : sentences.stream().filter(s -> !inside(furniture, s.start())).toList(),
                blanked));
    }

    /** True when the repaired text's offset lies in a furniture paragraph. */
    public boolean isFurniture(int offset) {
        return inside(furniture, offset);
    }

    private static boolean inside(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
