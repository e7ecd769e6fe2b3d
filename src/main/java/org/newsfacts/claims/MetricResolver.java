package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

import java.util.List;

/**
 * Which metric a figure states, by asking small tools in turn, each reading one thing from the text around the
 * figure with the words of {@code models/claims}: {@link NoMetric} (figures that state none), {@link NearestMetrics}
 * (the metric rules with a cue near the figure, nearest first, the counted noun read by {@link CountedNoun}),
 * {@link AnotherRanking} (a place in a region's, an indicator's or another noun's ranking),
 * {@link ClusterCountList} (which list a count of clusters counts), {@link CoordinatedMetric} (a second metric
 * joined to the first in one phrase) and {@link IntensityCue} (a ranking per head). {@link LocativeCue} is the
 * one look back for a word said to be "in" something that several of them share.
 */
final class MetricResolver {
    private final NoMetric noMetric;
    private final NearestMetrics nearest;
    private final AnotherRanking anotherRanking;
    private final ClusterCountList clusterLists;
    private final CoordinatedMetric coordinated;
    private final IntensityCue intensity;

    MetricResolver(ClaimLexicon lexicon) {
        LocativeCue locative = new LocativeCue(lexicon);
        this.noMetric = new NoMetric(lexicon);
        this.nearest = new NearestMetrics(lexicon, new CountedNoun(lexicon, locative));
        this.anotherRanking = new AnotherRanking(lexicon, locative);
        this.clusterLists = new ClusterCountList(lexicon);
        this.coordinated = new CoordinatedMetric(lexicon);
        this.intensity = new IntensityCue(lexicon);
    }

    /** A metric rule with how far its nearest cue stands from the figure (penalties added for weak readings). */
    record Candidate(ClaimLexicon.MetricRule rule, int distance) {
    }

    /** What an intensity (per head) cue before a place makes of it; see {@link IntensityCue}. */
    enum Intensity {
        NONE, METRIC, SCOPE
    }

    /** What a weak metric reading costs in confidence (see {@link NearestMetrics#doubt}). */
    static double metricDoubt(Candidate metric) {
        return NearestMetrics.doubt(metric);
    }

    /** Metric rules that fit the figure's unit and have a cue near it, nearest first (see {@link NearestMetrics}). */
    List<Candidate> candidates(BindContext cx, Figure figure, String unit, Span sentence) {
        return nearest.of(cx, figure, unit, sentence);
    }

    /** A figure that states no metric of any subject (see {@link NoMetric}). */
    boolean statesNoMetric(BindContext cx, Figure figure, String unit, Span sentence) {
        return noMetric.stated(cx, figure, unit, sentence);
    }

    /** An index metric read where the place is one in another ranking (see {@link AnotherRanking}). */
    boolean placeInAnotherRanking(BindContext cx, Figure figure, Candidate metric, Span sentence) {
        return anotherRanking.holds(cx, figure, metric, sentence);
    }

    /** Which list a count of clusters counts (see {@link ClusterCountList}). */
    String whichList(BindContext cx, Figure figure, Candidate metric, Span sentence, PeriodResolver periods) {
        return clusterLists.metric(cx, figure, metric, sentence, periods);
    }

    /** The metric coordinated with the figure's own in its phrase, or null (see {@link CoordinatedMetric}). */
    ClaimLexicon.MetricRule coordinated(BindContext cx, Figure figure, Candidate metric, Span sentence) {
        return coordinated.of(cx, figure, metric, sentence);
    }

    /** Whether a per-head cue makes the place its own metric or scopes it (see {@link IntensityCue}). */
    Intensity intensity(BindContext cx, Figure figure, Span sentence) {
        return intensity.before(cx, figure, sentence);
    }
}
