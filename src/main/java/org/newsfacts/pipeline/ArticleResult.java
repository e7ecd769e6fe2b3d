package org.newsfacts.pipeline;

import org.newsfacts.claims.Claim;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.records.DocumentRecord;
import org.newsfacts.records.FigureRecord;
import org.newsfacts.records.MentionRecord;
import org.newsfacts.records.QuoteRecord;
import org.newsfacts.text.AnalyzedText;

import java.util.List;

/**
 * Everything the per-article stages make of one input file. A file that failed carries its error and no
 * text; one that succeeded carries no error. Figures, mentions and quotes are already the records of their
 * output files (figures.jsonl, mentions.jsonl, quotes.jsonl), in repaired-text offsets;
 * {@code edition} is the year of the ranking edition the article reports, or null. {@code warnings} say what
 * went wrong in a file that was read all the same (a corrupt encoding), each naming its cause.
 */
public record ArticleResult(String doc, String sha256, String error, String mediaType, String charset,
                            DocumentMetadata metadata, AnalyzedText text, List<FigureRecord> figures,
                            List<MentionRecord> mentions, List<QuoteRecord> quotes, List<Claim> claims,
                            String edition, List<String> warnings) {

    public ArticleResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        figures = List.copyOf(figures);
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }

    /** A result with no warnings. */
    public ArticleResult(String doc, String sha256, String error, String mediaType, String charset,
                         DocumentMetadata metadata, AnalyzedText text, List<FigureRecord> figures,
                         List<MentionRecord> mentions, List<QuoteRecord> quotes, List<Claim> claims, String edition) {
        this(doc, sha256, error, mediaType, charset, metadata, text, figures, mentions, quotes, claims, edition,
                List.of());
    }

    /** This result with {@code more} warnings about how the file was read (see {@code EncodingCheck}). */
    public ArticleResult withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new ArticleResult(doc, sha256, error, mediaType, charset, metadata, text, figures, mentions, quotes,
                claims, edition, all);
    }

    public static ArticleResult failed(String doc, String sha256, String error) {
        return new ArticleResult(doc, sha256, error, null, null, DocumentMetadata.NONE, null, List.of(), List.of(),
                List.of(), List.of(), null);
    }

    public boolean ok() {
        return error == null;
    }

    /** This result as its line of {@code documents.jsonl}. */
    public DocumentRecord document() {
        return ok() ? DocumentRecord.ok(doc, sha256, mediaType, charset, metadata, text, warnings)
                : DocumentRecord.failed(doc, sha256, error);
    }
}
