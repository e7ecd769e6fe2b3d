package org.newsfacts.pipeline;

import org.newsfacts.text.TimeLimit;
import org.newsfacts.claims.Attribution;
import org.newsfacts.claims.ArticleFacts;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimBinder;
import org.newsfacts.claims.ClaimLexicon;
import org.newsfacts.extract.figures.Figure;
import org.newsfacts.extract.figures.FigureContext;
import org.newsfacts.extract.figures.FigureExtractor;
import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.extract.mentions.MentionExtractor;
import org.newsfacts.extract.quotes.Quote;
import org.newsfacts.extract.quotes.QuoteExtractor;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.ingest.ExtractedDocument;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.MatchingView;
import org.newsfacts.text.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The extract and claims stages over one analysed article: figures on the matching view, mentions, quotes,
 * then claims binding figures to subjects. Holds only immutable extractors.
 */
public final class Extractors {
    private final FigureExtractor figures;
    private final MentionExtractor mentions;
    private final QuoteExtractor quotes;
    private final ClaimBinder claims;
    /** Stages that models/stages.txt adds (README, "Adding a language stage"); their mentions join the others. */
    private final List<LanguageStage> added;

    public Extractors(FigureExtractor figures, MentionExtractor mentions, QuoteExtractor quotes, ClaimBinder claims) {
        this(figures, mentions, quotes, claims, List.of());
    }

    public Extractors(FigureExtractor figures, MentionExtractor mentions, QuoteExtractor quotes, ClaimBinder claims,
                      List<LanguageStage> added) {
        this.figures = figures;
        this.mentions = mentions;
        this.quotes = quotes;
        this.claims = claims;
        this.added = List.copyOf(added);
    }

    public static Extractors load(Path modelsDir) {
        return new Extractors(FigureExtractor.load(modelsDir), MentionExtractor.load(modelsDir),
                QuoteExtractor.load(modelsDir), new ClaimBinder(ClaimLexicon.load(modelsDir)),
                LanguageStages.load(modelsDir));
    }

    ArticleResult extract(String doc, String sha256, ExtractedDocument extracted, AnalyzedText text,
                          DocumentMetadata metadata) {
        return extract(doc, sha256, extracted, text, metadata, null);
    }

    ArticleResult extract(String doc, String sha256, ExtractedDocument extracted, AnalyzedText text,
                          DocumentMetadata metadata, StageTimes times) {
        MatchingView view = text.matchingView();
        List<Figure> found = figures.extract(view.text(), FigureContext.forLanguage(text.lang().code()));
        lap(times, StageTimes.FIGURES);
        TimeLimit.check();
        List<Mention> named = withAddedStages(mentions.extract(text), text);
        lap(times, StageTimes.MENTIONS);
        TimeLimit.check();
        List<Quote> said = quotes.extract(text, named);
        lap(times, StageTimes.QUOTES);
        TimeLimit.check();
        List<Claim> bound = claims.bind(new ArticleFacts(doc, sha256, text, found, named,
                said.stream().map(q -> new Attribution(q.speaker(), q.start(), q.end())).toList(),
                metadata.outlet(), metadata.published()));
        lap(times, StageTimes.CLAIMS);
        TimeLimit.check();
        ArticleResult result = record(doc, sha256, extracted, text, metadata, view, found, named, said, bound);
        lap(times, StageTimes.RECORDS);
        return result;
    }

    /** The built-in mentions and those of every added stage, in text order as the mention stage gives them. */
    private List<Mention> withAddedStages(List<Mention> builtIn, AnalyzedText text) {
        if (added.isEmpty()) {
            return builtIn;
        }
        List<Mention> all = new ArrayList<>(builtIn);
        for (LanguageStage stage : added) {
            all.addAll(stage.find(text));
            TimeLimit.check();
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return List.copyOf(all);
    }

    private static void lap(StageTimes times, int stage) {
        if (times != null) {
            times.lap(stage);
        }
    }

    private ArticleResult record(String doc, String sha256, ExtractedDocument extracted, AnalyzedText text,
                                 DocumentMetadata metadata, MatchingView view, List<Figure> found,
                                 List<Mention> named, List<Quote> said, List<Claim> bound) {
        return new ArticleResult(doc, sha256, null, extracted.mediaType(), extracted.charset(), metadata, text,
                found.stream().map(f -> toText(f, view, text.text())).toList(),
                named.stream().map(m -> new ArticleResult.FoundMention(m.type(), m.id(), m.surface(), m.start(),
                        m.end(), m.title())).toList(),
                said.stream().map(q -> new ArticleResult.FoundQuote(q.speaker(), q.speakerTitle(), q.kind(),
                        q.text(), q.start(), q.end())).toList(),
                bound, claims.editionOf(org.newsfacts.claims.Cue.lower(view.text()), metadata.published()));
    }

    /** The extract and claims stages on text analysed elsewhere (a draft, a test's sentence). */
    public ArticleResult extractAnalyzed(String doc, String sha256, AnalyzedText text, DocumentMetadata metadata) {
        return extract(doc, sha256, new ExtractedDocument(text.text(), "text/plain", null, metadata), text, metadata);
    }

    /** A figure found in the matching view, told in the article's own words and offsets. */
    private static ArticleResult.FoundFigure toText(Figure f, MatchingView view, String text) {
        Span span = view.toOriginal(f.start(), f.end());
        return new ArticleResult.FoundFigure(span.coveredText(text), f.value(), f.unit(), f.qualifierCode(), span.start(),
                span.end());
    }
}
