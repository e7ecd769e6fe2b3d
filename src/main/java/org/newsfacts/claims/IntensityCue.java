package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

/**
 * The ranking by activity per head is its own metric (FORMAT-addendum: intensity_rank) when the place's sentence
 * says so ("就人口比例而言…全球第50位"); a cue further back in the paragraph only scopes the rank. The cues are
 * streaks.tsv's intensity words.
 */
final class IntensityCue {
    private final ClaimLexicon lexicon;

    IntensityCue(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** What an intensity cue before the figure makes of it: its own metric, a scope, or nothing. */
    MetricResolver.Intensity before(BindContext cx, Figure figure, Span sentence) {
        if (cx.hasCueBefore(lexicon.periodCues("intensity"), sentence.start(), figure.start())) {
            return MetricResolver.Intensity.METRIC;
        }
        if (cx.hasCueBefore(lexicon.periodCues("intensity"), cx.lookbackStart(figure), figure.start())) {
            return MetricResolver.Intensity.SCOPE;
        }
        return MetricResolver.Intensity.NONE;
    }
}
