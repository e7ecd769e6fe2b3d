package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;
import org.newsfacts.text.TimeLimit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Binds each figure of an article to what it is about: a subject (cluster, economy, organisation, park, fund, or
 * the ranking) and a metric, with the period it belongs to and who said it.
 *
 * <p>Each idea is its own class: {@link MetricResolver} reads the metric from the nearest metric phrase of
 * {@code models/claims/metrics.tsv} that suits the figure's unit; {@link SubjectResolver} finds the subject of a
 * kind that metric is said of (lists pair subjects and figures element by element); {@link PeriodResolver} reads
 * the edition the article reports and whether the figure belongs to an earlier one; {@link ClaimFactory} makes the
 * record. Flattened tables are rebuilt by {@link FlattenedTable}. A figure with no metric phrase or no subject of a
 * fitting kind makes no claim; a metric whose subject cannot be found gives way to the next nearest.
 */
public final class ClaimBinder {
    private final ClaimLexicon lexicon;
    private final MetricResolver metrics;
    private final SubjectResolver subjects;
    private final PeriodResolver periods;

    public ClaimBinder(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
        this.metrics = new MetricResolver(lexicon);
        this.subjects = new SubjectResolver(lexicon);
        this.periods = new PeriodResolver(lexicon, subjects);
    }

    /** The edition an article reports (see {@link PeriodResolver#edition}), by this binder's lexicon. */
    public String editionOf(String loweredView, java.time.LocalDate published) {
        return PeriodResolver.edition(loweredView, published, lexicon.editionName(), lexicon.releaseMonth());
    }

    /** The claims of one article. A pure function of its input. */
    public List<Claim> bind(ArticleFacts article) {
        BindContext cx = new BindContext(article, lexicon);
        List<Claim> claims = new ArrayList<>();
        Set<Figure> tableCells = FlattenedTable.rebuild(cx, lexicon, claims);
        for (Figure figure : cx.figures) {
            TimeLimit.check();
            if (!tableCells.contains(figure)) {
                bindOne(cx, figure, claims);
            }
        }
        claims.sort(Comparator.comparingInt(Claim::start).thenComparing(Claim::subject));
        return claims;
    }

    private void bindOne(BindContext cx, Figure figure, List<Claim> out) {
        String unit = lexicon.unitGroup(figure.unit());
        if (unit == null || lexicon.isCutoff(cx.view, cx.lowered, figure.start(), figure.end())
                || lexicon.isChangeOrMarker(cx.view, cx.lowered, figure.start(), figure.end())) {
            return;
        }
        Span sentence = cx.near(cx.sentenceOf(figure.start()), figure);
        if (metrics.statesNoMetric(cx, figure, unit, sentence)) {
            return;
        }
        for (MetricResolver.Candidate metric : metrics.candidates(cx, figure, unit, sentence)) {
            if (metrics.placeInAnotherRanking(cx, figure, metric, sentence)) {
                continue;
            }
            SubjectResolver.Bound bound = subjects.subjectsFor(cx, figure, metric.rule(), sentence);
            if (bound.subjects().isEmpty()) {
                continue;
            }
            String metricId = metrics.whichList(cx, figure, metric, sentence, periods);
            PeriodResolver.Timed timed = periods.timed(cx, figure, sentence, metricId, bound.subjects().get(0).id());
            if (timed == null) {
                return;
            }
            metricId = timed.metric();
            String scope = null;
            MetricRoles roles = lexicon.roles();
            if (roles.perHeadHoldsNone(metricId) && metrics.intensity(cx, figure, sentence) == MetricResolver.Intensity.METRIC) {
                // A place per head within the economy ("就人口比例而言…活跃度位于全国第7位", dev2 03), or an economy's
                // count in the ranking by intensity ("Based on S&T intensity, only 1 Chinese cluster made the top 25
                // versus 8 U.S. clusters", dev2 14; CONVENTIONS: clusters_in_intensity_top_n) is a ranking no metric
                // of ours holds (metric-roles.tsv per-head none); its overall place is another figure.
                return;
            }
            String perHead = roles.perHeadForm(metricId);
            if (perHead != null && !timed.earlier()) {
                MetricResolver.Intensity intensity = metrics.intensity(cx, figure, sentence);
                if (intensity == MetricResolver.Intensity.METRIC) {
                    metricId = perHead;
                } else if (intensity == MetricResolver.Intensity.SCOPE) {
                    scope = "intensity";
                }
            }
            double confidence = bound.confidence() - MetricResolver.metricDoubt(metric);
            ClaimLexicon.MetricRule also = metrics.coordinated(cx, figure, metric, sentence);
            ClaimTime time = periods.timeOf(cx, timed, metricId);
            for (SubjectHit subject : bound.subjects()) {
                out.add(ClaimFactory.claim(cx, figure, subject.id(), metricId, time, scope, bound.binding(),
                        confidence));
                if (also != null && also.subjectKinds().contains(subject.kind())) {
                    out.add(ClaimFactory.claim(cx, figure, subject.id(), also.metric(),
                            periods.timeOf(cx, timed, also.metric()), scope, bound.binding(), confidence));
                }
            }
            return;
        }
    }
}
