package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

import java.util.List;

/**
 * Which list a count of clusters counts: a top-N cut-off in its sentence (streaks.tsv: 五大, 前十, top 25) makes a
 * count with a fixed cut-off (top 100) one of the cut-off its sentence names (metric-roles.tsv top-n); "席" counts places in whichever list the sentence names: "蝉联百强科技集群榜首,坐拥
 * 26席" is the top 100, "前十强中,亚洲占据七席" a top 10.
 */
final class ClusterCountList {
    private final ClaimLexicon lexicon;

    ClusterCountList(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The metric the count states: the candidate's own, or the other of its family (metric-roles.tsv top-n: the
     * count with a fixed cut-off and the one whose sentence names it).
     */
    String metric(BindContext cx, Figure figure, MetricResolver.Candidate metric, Span sentence, PeriodResolver periods) {
        String metricId = metric.rule().metric();
        String topN = lexicon.roles().topNForm(metricId);
        if (topN != null && topNCueInSentence(cx, figure, sentence)) {
            return topN;
        }
        String fixed = lexicon.roles().fixedCutoffForm(metricId);
        if (fixed != null && metric.rule().where() == ClaimLexicon.Where.AFTER
                && periods.period(cx, figure, sentence, metricId) == null) {
            return fixed;
        }
        return metricId;
    }

    /**
     * A top-N cut-off (五大, 前十, top 25: streaks.tsv) before the figure in its own sentence, or in the sentence
     * before (same paragraph) when this one picks its figures out of that group (grammar.tsv partitive: "four of
     * the top five ... centers ... One of the centers is in Japan, three in China").
     */
    boolean topNCueInSentence(BindContext cx, Figure figure, Span sentence) {
        int from = sentence.start();
        if (cx.hasCueBefore(lexicon.grammar("partitive"), sentence.start(), figure.start())) {
            Span previous = cx.previousSentenceInParagraph(sentence);
            if (previous != null) {
                from = previous.start();
            }
        }
        for (List<Cue> cues : lexicon.topNCues().values()) {
            if (cx.hasCueBefore(cues, from, figure.start())) {
                return true;
            }
        }
        return false;
    }
}
