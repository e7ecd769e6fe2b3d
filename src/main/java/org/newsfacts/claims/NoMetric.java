package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

/**
 * Figures that state no metric of any subject, whatever metric phrase stands near them: a count that picks members
 * out by a property, an ordinal that names a tier of a ranking, a share that is the rate of something no metric
 * names. Every word it asks about is in grammar.tsv.
 */
final class NoMetric {
    private final ClaimLexicon lexicon;

    NoMetric(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the figure, of the unit group {@code unit}, states no metric (one of the three readings below). */
    boolean stated(BindContext cx, Figure figure, String unit, Span sentence) {
        return unit.equals("count") && picksMembers(cx, figure, sentence) || unit.equals("rank") && namesATier(cx, figure)
                || unit.equals("%") && rateOfAnotherThing(cx, figure, sentence);
    }

    /**
     * A count right after a superlative and its 的 in one clause ("增幅最大的是三個中國集群", "提升幅度最大的三个集群")
     * picks some members of the ranking out by a property; it is not how many the economy has.
     */
    boolean picksMembers(BindContext cx, Figure figure, Span sentence) {
        int clause = cx.clauseStart(sentence, figure.start());
        int de = figure.start() - 1;
        while (de >= clause && !lexicon.isWord("attributive", cx.view.charAt(de))) {
            de--;
        }
        if (de < clause) {
            return false;
        }
        // Only the count right after the 的 phrase (or 的是): "以最多的集群數量(26個)" states China's own count.
        String between = cx.view.substring(de + 1, figure.start()).strip();
        if (!between.isEmpty() && !lexicon.functionWords("copula").contains(between)) {
            return false;
        }
        for (Cue cue : lexicon.grammar("superlative")) {
            if (cue.lastIndexIn(cx.view, cx.lowered, clause, de) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "第一梯隊", "first tier": the ordinal names a tier of a ranking (grammar.tsv tier), not one place in it. */
    boolean namesATier(BindContext cx, Figure figure) {
        int at = figure.end();
        while (at < cx.view.length() && (cx.view.charAt(at) == ' ' || cx.view.charAt(at) == '-')) {
            at++;
        }
        for (Cue cue : lexicon.grammar("tier")) {
            if (cue.indexWithin(cx.view, cx.lowered, at, at + cue.form().length()) == at) {
                return true;
            }
        }
        return false;
    }

    /**
     * A share right after a rate word that is no metric phrase of ours ("准确率达96%", "an accuracy rate of 96%";
     * grammar.tsv rate and rate-link): the rate of what that word names, not a share of a metric a phrase further
     * back names.
     */
    boolean rateOfAnotherThing(BindContext cx, Figure figure, Span sentence) {
        int end = figure.start();
        int clause = cx.clauseStart(sentence, figure.start());
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            while (end > clause && cx.view.charAt(end - 1) == ' ') {
                end--;
            }
            for (Cue link : lexicon.grammar("rate-link")) {
                int at = link.lastIndexIn(cx.view, cx.lowered, Math.max(clause, end - link.form().length()), end);
                if (at >= 0 && at + link.form().length() == end) {
                    end = at;
                    trimmed = true;
                    break;
                }
            }
        }
        int rateStart = -1;
        for (Cue r : lexicon.grammar("rate")) {
            int at = r.lastIndexIn(cx.view, cx.lowered, Math.max(clause, end - r.form().length()), end);
            if (at >= 0 && at + r.form().length() == end) {
                rateStart = at;
            }
        }
        if (rateStart < 0) {
            return false;
        }
        // The rate word's own noun ends right before it (出租|率, letting| rate) or the cue holds it (入駐率).
        for (ClaimLexicon.MetricRule rule : lexicon.metrics()) {
            for (Cue cue : rule.cues()) {
                int at = cue.lastIndexIn(cx.view, cx.lowered, Math.max(clause, rateStart - cue.form().length() - 1), end);
                if (at >= 0 && at + cue.form().length() >= rateStart - 1) {
                    return false;
                }
            }
        }
        return true;
    }
}
