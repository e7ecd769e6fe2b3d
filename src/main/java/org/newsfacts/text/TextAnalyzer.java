package org.newsfacts.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The text stages in order: repair the line layout, find paragraphs and their languages, split sentences,
 * build the matching view. Holds only immutable models, so one instance serves all threads.
 */
public final class TextAnalyzer {
    private final LanguageIdentifier languages;
    private final SentenceSplitter sentences;
    private final MatchingViewBuilder matchingViews;

    public TextAnalyzer(LanguageIdentifier languages, SentenceSplitter sentences, MatchingViewBuilder matchingViews) {
        this.languages = languages;
        this.sentences = sentences;
        this.matchingViews = matchingViews;
    }

    /** The analyser with the models this project ships. */
    public static TextAnalyzer withBundledModels() {
        ScriptConverter converter = ScriptConverter.shared();
        return new TextAnalyzer(
                new LanguageIdentifier(LanguageIdentifier::loadBundledModel, converter),
                new SentenceSplitter(SentenceSplitter::loadBundledEnglishModel),
                new MatchingViewBuilder(converter));
    }

    public AnalyzedText analyze(String extracted) {
        return analyze(extracted, false);
    }

    /**
     * @param paragraphsKnown the text is already one paragraph a line (a PDF rebuilt from its layout): its lines are
     *                        cleaned but never joined
     */
    public AnalyzedText analyze(String extracted, boolean paragraphsKnown) {
        String text = paragraphsKnown ? LineRepair.cleanLines(extracted) : LineRepair.repair(extracted);
        List<Paragraph> paragraphs = paragraphs(text);
        Lang lang = languages.documentLang(text, paragraphs);
        return new AnalyzedText(text, lang, paragraphs, sentences.split(text, paragraphs), matchingViews.build(text));
    }

    private List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start && !text.substring(start, end).isBlank()) {
                paragraphs.add(new Paragraph(start, end, languages.paragraphLang(text.substring(start, end))));
            }
            start = end + 1;
        }
        return paragraphs;
    }
}
