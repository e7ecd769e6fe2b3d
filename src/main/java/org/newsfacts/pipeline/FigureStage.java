package org.newsfacts.pipeline;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.extract.figures.FigureContext;
import org.newsfacts.extract.figures.FigureExtractor;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.MatchingView;
import org.newsfacts.text.Span;

import java.util.EnumSet;
import java.util.Set;

/**
 * Figures: the number grammar and the figure decision run on the matching view (one spelling of every digit
 * and dash), and the figures leave the stage in the article's own offsets and words, like every stage's.
 */
final class FigureStage implements Stage {
    private final FigureExtractor figures;

    FigureStage(FigureExtractor figures) {
        this.figures = figures;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT, Layer.LANGUAGE, Layer.MATCHING_VIEW);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.FIGURES);
    }

    @Override
    public void annotate(Annotation article) {
        AnalyzedText text = article.text();
        MatchingView view = text.matchingView();
        article.addFigures(figures.extract(view.text(), FigureContext.forLanguage(text.lang().code())).stream()
                .map(f -> inOriginal(f, view, text.text())).toList());
    }

    /** A figure found in the matching view, told in the article's own words and offsets. */
    static Figure inOriginal(Figure f, MatchingView view, String text) {
        Span span = view.toOriginal(f.start(), f.end());
        return new Figure(span, span.coveredText(text), f.value(), f.unit(), f.qualifier(), f.step());
    }
}
