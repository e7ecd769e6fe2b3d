package org.newsfacts.pipeline;

import org.newsfacts.claims.ClaimBinder;
import org.newsfacts.claims.ClaimLexicon;
import org.newsfacts.extract.figures.FigureExtractor;
import org.newsfacts.extract.mentions.MentionExtractor;
import org.newsfacts.extract.quotes.QuoteExtractor;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.ingest.ExtractedDocument;
import org.newsfacts.records.FigureRecord;
import org.newsfacts.records.MentionRecord;
import org.newsfacts.records.QuoteRecord;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.TimeLimit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The stages after the text stages, in an order checked once when the pipeline is built (CoreNLP's requirement
 * check): figures, mentions, the stages {@code models/stages.txt} adds, quotes, claims. Every stage reads and
 * adds layers of one {@link Annotation} per article; holds only immutable stages.
 */
public final class Extractors {
    private final List<Stage> stages;

    /**
     * The pipeline of these stages in this order.
     *
     * @throws IllegalArgumentException naming the first stage whose requirement no earlier stage provides, or
     *                                  that adds to a layer an earlier stage has already read
     */
    public Extractors(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        check(this.stages);
    }

    /** The built-in stages over the lexicons in {@code modelsDir}, with those its stages.txt adds. */
    public static Extractors load(Path modelsDir) {
        List<Stage> builtIn = List.of(new FigureStage(FigureExtractor.load(modelsDir)),
                new MentionStage(MentionExtractor.load(modelsDir)), new QuoteStage(QuoteExtractor.load(modelsDir)),
                new ClaimStage(new ClaimBinder(ClaimLexicon.load(modelsDir))));
        return new Extractors(placed(builtIn, LanguageStages.load(modelsDir)));
    }

    /** The stages in the order they run. */
    public List<Stage> stages() {
        return stages;
    }

    /**
     * The built-in stages with each added one placed right after the last stage that provides a layer it
     * requires or adds to: a stage naming companies runs after the built-in mention stage (so its mentions
     * follow theirs) and before quotes and claims read the mentions.
     */
    static List<Stage> placed(List<Stage> builtIn, List<Stage> added) {
        List<Stage> order = new ArrayList<>(builtIn);
        for (Stage stage : added) {
            Set<Layer> touches = EnumSet.noneOf(Layer.class);
            touches.addAll(stage.requires());
            touches.addAll(stage.provides());
            int at = 0;
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).provides().stream().anyMatch(touches::contains)) {
                    at = i + 1;
                }
            }
            order.add(at, stage);
        }
        return order;
    }

    /**
     * Refuses an order in which a stage requires a layer no earlier stage (nor the text stages) provides, or
     * adds to a layer an earlier stage has already read: those earlier stages would have read it incomplete.
     */
    static void check(List<Stage> order) {
        Set<Layer> provided = EnumSet.copyOf(Layer.FROM_TEXT_STAGES);
        for (int i = 0; i < order.size(); i++) {
            Stage stage = order.get(i);
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(provided);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage " + stage.name() + " requires " + Layer.labels(missing)
                        + ", which no earlier stage provides (before it: " + Layer.labels(provided) + ")");
            }
            for (int j = 0; j < i; j++) {
                Set<Layer> readEarlier = EnumSet.noneOf(Layer.class);
                readEarlier.addAll(order.get(j).requires());
                readEarlier.retainAll(stage.provides());
                if (!readEarlier.isEmpty()) {
                    throw new IllegalArgumentException("stage " + stage.name() + " provides "
                            + Layer.labels(readEarlier) + ", which the earlier stage " + order.get(j).name()
                            + " has already read; it cannot run before " + order.get(j).name() + " as it requires "
                            + Layer.labels(stage.requires()));
                }
            }
            provided.addAll(stage.provides());
        }
    }

    ArticleResult extract(String doc, String sha256, ExtractedDocument extracted, AnalyzedText text,
                          DocumentMetadata metadata) {
        return extract(doc, sha256, extracted, text, metadata, null);
    }

    ArticleResult extract(String doc, String sha256, ExtractedDocument extracted, AnalyzedText text,
                          DocumentMetadata metadata, StageTimes times) {
        Annotation article = new Annotation(doc, sha256, text, metadata);
        for (Stage stage : stages) {
            stage.annotate(article);
            if (times != null) {
                times.lap(timeSlot(stage));
            }
            TimeLimit.check();
        }
        ArticleResult result = record(extracted, article);
        if (times != null) {
            times.lap(StageTimes.RECORDS);
        }
        return result;
    }

    /** The profile's line a stage's CPU time is charged to: that of the first layer it provides. */
    private static int timeSlot(Stage stage) {
        Set<Layer> provides = stage.provides();
        if (provides.contains(Layer.FIGURES)) {
            return StageTimes.FIGURES;
        }
        if (provides.contains(Layer.MENTIONS)) {
            return StageTimes.MENTIONS;
        }
        if (provides.contains(Layer.QUOTES)) {
            return StageTimes.QUOTES;
        }
        return StageTimes.CLAIMS;
    }

    private static ArticleResult record(ExtractedDocument extracted, Annotation article) {
        return new ArticleResult(article.doc(), article.sha256(), null, extracted.mediaType(), extracted.charset(),
                article.metadata(), article.text(),
                article.figures().stream().map(f -> new FigureRecord(article.doc(), f.surface(), f.value(), f.unit(),
                        f.qualifierCode(), f.start(), f.end())).toList(),
                article.mentions().stream().map(m -> new MentionRecord(article.doc(), m.type(), m.id(), m.surface(),
                        m.start(), m.end(), m.title())).toList(),
                article.quotes().stream().map(q -> new QuoteRecord(article.doc(), q.speaker(), q.speakerTitle(),
                        q.kind(), q.text(), q.start(), q.end())).toList(),
                article.claims(), article.edition());
    }

    /** The extract and claims stages on text analysed elsewhere (a draft, a test's sentence). */
    public ArticleResult extractAnalyzed(String doc, String sha256, AnalyzedText text, DocumentMetadata metadata) {
        return extract(doc, sha256, new ExtractedDocument(text.text(), "text/plain", null, metadata), text, metadata);
    }
}
