package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The metric coordinated with a figure's own in the phrase that says what the figure is: "全球专利申请和风险投资活动
 * 的约70%" (dev2 38) and "贡献了全球70%的国际专利申请(PCT)和风投交易" (dev2 36) are each a share of the world's PCT
 * applications and one of its venture capital deals; "a 70% share of patent applications and venture capital
 * deals" reads the same. The two metric phrases must be joined by a list word of grammar.tsv alone (a bracketed
 * aside aside): "9.0%的PCT全球份额(全球最高)和2.9%的风投占比" gives each figure its own.
 */
final class CoordinatedMetric {
    private final ClaimLexicon lexicon;

    CoordinatedMetric(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The other metric joined to the figure's own in its phrase, or null when there is none. */
    ClaimLexicon.MetricRule of(BindContext cx, Figure figure, MetricResolver.Candidate metric, Span sentence) {
        ClaimLexicon.MetricRule own = metric.rule();
        if (own.where() != ClaimLexicon.Where.BEFORE && own.where() != ClaimLexicon.Where.AFTER) {
            return null;
        }
        int from;
        int to;
        if (own.where() == ClaimLexicon.Where.AFTER) {
            from = figure.end();
            to = figure.end();
            while (to < sentence.end() && to - figure.end() < NearestMetrics.OF_PHRASE_MAX && !cx.clauseBreakBetween(to, to + 1)
                    && !cx.figureBetween(to, to + 1)) {
                to++;
            }
        } else {
            from = cx.clauseStart(sentence, figure.start());
            for (Figure f : cx.figuresIn(from, figure.start())) {
                from = Math.max(from, f.end());
            }
            to = figure.start();
        }
        boolean[] bracketed = bracketed(cx, from, to);
        ClaimLexicon.MetricRule[] at = phrases(cx, own, from, to, bracketed);
        // The runs of one metric's phrases, in offsets from `from`.
        List<Span> runs = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            if (at[i] != null && (i == 0 || at[i - 1] == null || !at[i - 1].metric().equals(at[i].metric()))) {
                runs.add(new Span(i, i + 1));
            } else if (at[i] != null) {
                runs.set(runs.size() - 1, new Span(runs.get(runs.size() - 1).start(), i + 1));
            }
        }
        for (int r = 0; r + 1 < runs.size(); r++) {
            ClaimLexicon.MetricRule a = at[runs.get(r).start()];
            ClaimLexicon.MetricRule b = at[runs.get(r + 1).start()];
            if (a.metric().equals(b.metric()) || !a.metric().equals(own.metric()) && !b.metric().equals(own.metric())) {
                continue;
            }
            StringBuilder gap = new StringBuilder();
            for (int i = runs.get(r).end(); i < runs.get(r + 1).start(); i++) {
                if (!bracketed[i] && "()（）".indexOf(cx.view.charAt(from + i)) < 0) {
                    gap.append(cx.lowered.charAt(from + i));
                }
            }
            String g = gap.toString().strip();
            if (lexicon.grammar("list").stream().anyMatch(w -> w.form().equals(g))) {
                return a.metric().equals(own.metric()) ? b : a;
            }
        }
        return null;
    }

    /** Which characters of [from, to) stand inside brackets (the brackets themselves counted in). */
    private static boolean[] bracketed(BindContext cx, int from, int to) {
        boolean[] bracketed = new boolean[to - from];
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = cx.view.charAt(i);
            depth += c == '(' || c == '（' ? 1 : 0;
            bracketed[i - from] = depth > 0;
            depth -= (c == ')' || c == '）') && depth > 0 ? 1 : 0;
        }
        return bracketed;
    }

    /**
     * For each character of [from, to), the metric rule of the unit and position of {@code own} whose phrase
     * covers it outside brackets (the first rule in metrics.tsv order where phrases of two metrics overlap).
     */
    private ClaimLexicon.MetricRule[] phrases(BindContext cx, ClaimLexicon.MetricRule own, int from, int to, boolean[] bracketed) {
        ClaimLexicon.MetricRule[] at = new ClaimLexicon.MetricRule[to - from];
        for (ClaimLexicon.MetricRule rule : lexicon.metrics()) {
            if (!rule.unit().equals(own.unit()) || rule.where() != own.where()) {
                continue;
            }
            for (Cue cue : rule.cues()) {
                for (int k = cue.indexWithin(cx.view, cx.lowered, from, to); k >= 0; k = cue.indexWithin(cx.view, cx.lowered, k + 1, to)) {
                    for (int i = k; i < k + cue.form().length(); i++) {
                        if (!bracketed[i - from] && (at[i - from] == null || at[i - from].metric().equals(rule.metric()))) {
                            at[i - from] = rule;
                        }
                    }
                }
            }
        }
        return at;
    }
}
