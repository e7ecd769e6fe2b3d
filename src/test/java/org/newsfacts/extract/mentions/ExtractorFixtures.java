package org.newsfacts.extract.mentions;

import org.newsfacts.Fixtures;
import org.newsfacts.extract.quotes.Quote;
import org.newsfacts.extract.quotes.QuoteExtractor;
import org.newsfacts.text.AnalyzedText;

import java.util.List;

/** The mention and quote extractors over the project's models, loaded once for all tests. */
public final class ExtractorFixtures {
    private static MentionExtractor mentions;
    private static QuoteExtractor quotes;

    private ExtractorFixtures() {
    }

    public static synchronized MentionExtractor mentionExtractor() {
        if (mentions == null) {
            mentions = MentionExtractor.load(Fixtures.MODELS);
        }
        return mentions;
    }

    public static synchronized QuoteExtractor quoteExtractor() {
        if (quotes == null) {
            quotes = QuoteExtractor.load(Fixtures.MODELS);
        }
        return quotes;
    }

    public static AnalyzedText analyze(String raw) {
        return Fixtures.analyzer().analyze(raw);
    }

    public static List<Mention> mentions(String raw) {
        return mentionExtractor().extract(analyze(raw));
    }

    public static List<Mention> mentionsOfType(String raw, String type) {
        return mentions(raw).stream().filter(m -> m.type().equals(type)).toList();
    }

    public static List<String> ids(String raw, String type) {
        return mentionsOfType(raw, type).stream().map(Mention::id).distinct().toList();
    }

    public static List<Quote> quotes(String raw) {
        AnalyzedText text = analyze(raw);
        return quoteExtractor().extract(text, mentionExtractor().extract(text));
    }
}
