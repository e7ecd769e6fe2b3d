package org.newsfacts.pipeline;

import org.newsfacts.claims.Claim;
import org.newsfacts.extract.figures.Figure;
import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.extract.quotes.Quote;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.text.AnalyzedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One article as the {@link Stage}s fill it in, CoreNLP's {@code Annotation}: the analysed text the text stages
 * made, and the layers the stages have added so far, all in offsets of the repaired text. Made per article
 * and used by one thread. Reading a layer no stage has provided yet is a defect of the pipeline's declarations,
 * so it throws rather than answering with nothing.
 */
public final class Annotation {
    private static final Comparator<Figure> FIGURE_ORDER =
            Comparator.comparingInt(Figure::start).thenComparingInt(Figure::end);
    private static final Comparator<Mention> MENTION_ORDER =
            Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end);

    private final String doc;
    private final String sha256;
    private final AnalyzedText text;
    private final DocumentMetadata metadata;
    private final Set<Layer> present = EnumSet.copyOf(Layer.FROM_TEXT_STAGES);
    private List<Figure> figures = List.of();
    private List<Mention> mentions = List.of();
    private List<Quote> quotes = List.of();
    private List<Claim> claims = List.of();
    private String edition;

    public Annotation(String doc, String sha256, AnalyzedText text, DocumentMetadata metadata) {
        this.doc = doc;
        this.sha256 = sha256;
        this.text = text;
        this.metadata = metadata;
    }

    public String doc() {
        return doc;
    }

    public String sha256() {
        return sha256;
    }

    /** The text, paragraphs, sentences, languages and matching view ({@link Layer#FROM_TEXT_STAGES}). */
    public AnalyzedText text() {
        return text;
    }

    /** Where and when the article was published, as the reader and the dateline found it. */
    public DocumentMetadata metadata() {
        return metadata;
    }

    public boolean has(Layer layer) {
        return present.contains(layer);
    }

    /** Figures in repaired-text offsets, surfaces as the article writes them, in text order. */
    public List<Figure> figures() {
        return read(Layer.FIGURES, figures);
    }

    public List<Mention> mentions() {
        return read(Layer.MENTIONS, mentions);
    }

    public List<Quote> quotes() {
        return read(Layer.QUOTES, quotes);
    }

    public List<Claim> claims() {
        return read(Layer.CLAIMS, claims);
    }

    /** The year of the ranking edition the article reports, or null; the claims stage decides it. */
    public String edition() {
        read(Layer.CLAIMS, claims);
        return edition;
    }

    /** Adds figures; a second stage's join the first's in text order. */
    public void addFigures(List<Figure> found) {
        figures = joined(Layer.FIGURES, figures, found, FIGURE_ORDER);
    }

    /**
     * Adds mentions; a second stage's join the first's in text order (a stable sort, so at one place the first
     * stage's mention stays first).
     */
    public void addMentions(List<Mention> found) {
        mentions = joined(Layer.MENTIONS, mentions, found, MENTION_ORDER);
    }

    public void addQuotes(List<Quote> found) {
        quotes = joined(Layer.QUOTES, quotes, found, Comparator.comparingInt(Quote::start));
    }

    public void setClaims(List<Claim> bound, String edition) {
        if (present.contains(Layer.CLAIMS)) {
            throw new IllegalStateException("claims were already bound for " + doc);
        }
        this.claims = List.copyOf(bound);
        this.edition = edition;
        present.add(Layer.CLAIMS);
    }

    private <T> List<T> joined(Layer layer, List<T> before, List<T> found, Comparator<T> order) {
        if (!present.add(layer)) {
            List<T> all = new ArrayList<>(before);
            all.addAll(found);
            all.sort(order);
            return List.copyOf(all);
        }
        return List.copyOf(found);
    }

    private <T> T read(Layer layer, T value) {
        if (!present.contains(layer)) {
            throw new IllegalStateException("no stage has provided " + layer.label() + " for " + doc
                    + " yet: a stage reads a layer it does not declare in requires()");
        }
        return value;
    }
}
