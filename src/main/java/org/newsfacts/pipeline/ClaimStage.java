package org.newsfacts.pipeline;

import org.newsfacts.claims.ArticleFacts;
import org.newsfacts.claims.Attribution;
import org.newsfacts.claims.ClaimBinder;
import org.newsfacts.claims.Cue;
import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.MatchingView;
import org.newsfacts.text.Span;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Claims: each figure bound to a metric, a subject and a period, with the quote that says it; and the ranking
 * edition the article reports. The binder reads figures where they are in the matching view, as it reads cues
 * and subjects there, so this stage places the figure layer back in the view.
 */
final class ClaimStage implements Stage {
    private final ClaimBinder claims;

    ClaimStage(ClaimBinder claims) {
        this.claims = claims;
    }

    @Override
    public Set<Layer> requires() {
        EnumSet<Layer> needs = EnumSet.copyOf(Layer.FROM_TEXT_STAGES);
        needs.addAll(EnumSet.of(Layer.FIGURES, Layer.MENTIONS, Layer.QUOTES));
        return needs;
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.CLAIMS);
    }

    @Override
    public void annotate(Annotation article) {
        MatchingView view = article.text().matchingView();
        List<Figure> inView = article.figures().stream().map(f -> inView(f, view)).toList();
        List<Attribution> said = article.quotes().stream()
                .map(q -> new Attribution(q.speaker(), q.start(), q.end())).toList();
        var bound = claims.bind(new ArticleFacts(article.doc(), article.sha256(), article.text(), inView,
                article.mentions(), said, article.metadata().outlet(), article.metadata().published()));
        article.setClaims(bound, claims.editionOf(Cue.lower(view.text()), article.metadata().published()));
    }

    /** A figure of the figure layer placed back where the figure stage found it in the matching view. */
    static Figure inView(Figure f, MatchingView view) {
        Span span = view.toView(f.start(), f.end());
        return new Figure(span, span.coveredText(view.text()), f.value(), f.unit(), f.qualifier(), f.step());
    }
}
