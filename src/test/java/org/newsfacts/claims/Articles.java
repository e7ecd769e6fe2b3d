package org.newsfacts.claims;

import org.newsfacts.Fixtures;
import org.newsfacts.extract.figures.Figure;
import org.newsfacts.extract.figures.FigureContext;
import org.newsfacts.extract.figures.FigureExtractor;
import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.extract.mentions.MentionExtractor;
import org.newsfacts.extract.quotes.QuoteExtractor;
import org.newsfacts.text.AnalyzedText;

import java.time.LocalDate;
import java.util.List;

/**
 * A news sentence as the binder's resolvers see it: analysed, its figures, mentions and quotes found by the real
 * stages with the project's models, and put into one {@link BindContext}. The tests of each resolver start here.
 */
final class Articles {
    static final ClaimLexicon LEXICON = ClaimLexicon.load(Fixtures.MODELS);
    private static final FigureExtractor FIGURES = FigureExtractor.load(Fixtures.MODELS);
    private static final MentionExtractor MENTIONS = MentionExtractor.load(Fixtures.MODELS);
    private static final QuoteExtractor QUOTES = QuoteExtractor.load(Fixtures.MODELS);

    private Articles() {
    }

    static BindContext context(String text, LocalDate published) {
        AnalyzedText analyzed = Fixtures.analyzer().analyze(text);
        List<Figure> figures = FIGURES.extract(analyzed.matchingView().text(),
                FigureContext.forLanguage(analyzed.lang().code()));
        List<Mention> mentions = MENTIONS.extract(analyzed);
        List<Attribution> quotes = QUOTES.extract(analyzed, mentions).stream()
                .map(q -> new Attribution(q.speaker(), q.start(), q.end())).toList();
        return new BindContext(new ArticleFacts("test.txt", "0".repeat(64), analyzed, figures, mentions, quotes,
                "Test outlet", published), LEXICON);
    }

    /** The figure whose text in the matching view is {@code written} (the first such). */
    static Figure figure(BindContext cx, String written) {
        return cx.figures.stream().filter(f -> cx.view.substring(f.start(), f.end()).equals(written)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure '" + written + "' among "
                        + cx.figures.stream().map(f -> cx.view.substring(f.start(), f.end())).toList()));
    }

    /** The figure's sentence, as the binder bounds it. */
    static org.newsfacts.text.Span sentence(BindContext cx, Figure figure) {
        return cx.near(cx.sentenceOf(figure.start()), figure);
    }
}
