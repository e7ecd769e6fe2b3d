package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;
import org.newsfacts.text.TimeLimit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The metric rules of {@code models/claims/metrics.tsv} that suit a figure's unit and have a cue near it, nearest
 * first: an after cue in the counted noun or the of-phrase of a share ("7 間獨角獸企業", "12% of global PCT
 * applications"), a before cue back to the paragraph's start ("科學論文發表量佔全球總量的2.4%"), a frame around the
 * figure ("out of 133 countries"), a default rule last.
 */
final class NearestMetrics {
    /** How far past a figure's end a counted noun may start ("2,200 間企業", "15所香港實驗室納入國家重點實驗室"). */
    private static final int AFTER_WINDOW = 12;
    /** How long the phrase a share is "of" may be ("of the world's international PCT patent applications"). */
    static final int OF_PHRASE_MAX = 50;
    private static final int EARLIER_SENTENCE_PENALTY = 1_000;
    private static final int WEAK_PENALTY = 10_000;
    private static final int DEFAULT_DISTANCE = 100_000;

    private final ClaimLexicon lexicon;
    private final ListAlignment lists;
    private final CountedNoun nouns;

    NearestMetrics(ClaimLexicon lexicon, CountedNoun nouns) {
        this.lexicon = lexicon;
        this.lists = new ListAlignment(lexicon);
        this.nouns = nouns;
    }

    /**
     * What a weak metric reading costs in confidence: a rank with no ranking word ("4th" alone) or a metric
     * phrase carried over from an earlier sentence says less about what the figure measures than a phrase
     * right beside it.
     */
    static double doubt(MetricResolver.Candidate metric) {
        if (metric.distance() >= DEFAULT_DISTANCE) {
            return 0.1;
        }
        if (metric.distance() >= WEAK_PENALTY) {
            return 0.05;
        }
        return metric.distance() >= EARLIER_SENTENCE_PENALTY ? 0.15 : 0;
    }

    /**
     * Metric rules that fit the figure's unit and have a cue near it, nearest first. A cue before the figure
     * is looked for back to the paragraph's start, but one in an earlier sentence loses to any in the
     * figure's own; a weak cue loses to every other; a default rule needs no cue and comes last.
     */
    List<MetricResolver.Candidate> of(BindContext cx, Figure figure, String unit, Span sentence) {
        List<MetricResolver.Candidate> candidates = new ArrayList<>();
        Span paragraph = cx.near(cx.paragraphOf(figure.start()), figure);
        boolean bareCount = unit.equals("count") && !nouns.follows(cx, figure);
        // "with 10 and five clusters": the noun after the last of a list of figures is each one's (after cues).
        Figure head = lists.lastJoined(cx, figure);
        for (ClaimLexicon.MetricRule rule : lexicon.metrics()) {
            TimeLimit.check();
            if (!rule.unit().equals(unit)) {
                continue;
            }
            int best = switch (rule.where()) {
                case DEFAULT -> DEFAULT_DISTANCE;
                case AFTER -> after(cx, rule, figure, head, unit, sentence);
                case BEFORE, WEAK -> before(cx, rule, figure, unit, bareCount, paragraph, sentence);
            };
            if (best != Integer.MAX_VALUE) {
                candidates.add(new MetricResolver.Candidate(rule, best));
            }
        }
        candidates.sort(Comparator.comparingInt(MetricResolver.Candidate::distance));
        return candidates;
    }

    /**
     * How far after the list's last figure {@code head} the rule's nearest fitting cue starts (0 when a frame of
     * the rule stands around the figure itself), or MAX_VALUE.
     */
    private int after(BindContext cx, ClaimLexicon.MetricRule rule, Figure figure, Figure head, String unit, Span sentence) {
        int best = Integer.MAX_VALUE;
        if (framed(cx, figure, rule)) {
            // Words on both sides of the figure say more than any one-sided cue.
            return 0;
        }
        int ofPhrase = unit.equals("%") ? ofPhraseEnd(cx, head, sentence) : -1;
        for (Cue cue : rule.cues()) {
            // Searched only as far as a cue could count, so a figure costs its neighbourhood, not the text.
            int at = cue.indexWithin(cx.view, cx.lowered, head.end(), Math.max(ofPhrase,
                    Math.min(sentence.end(), head.end() + AFTER_WINDOW + cue.form().length())));
            if (at >= 0 && at + cue.form().length() <= ofPhrase) {
                // Inside the share's own of-phrase: it names what the share is of, nearer than any cue.
                best = 1;
            } else if (at >= 0 && at <= head.end() + AFTER_WINDOW && at + cue.form().length() <= sentence.end()
                    && !cx.clauseBreakBetween(head.end(), at) && !quantityBetween(cx, head.end(), at)
                    && (at <= CountedNoun.start(cx, head, lexicon) || nouns.endsAt(cx, at + cue.form().length()))) {
                best = Math.min(best, at - head.end());
            }
        }
        return best;
    }

    /** How far before the figure the rule's nearest fitting cue ends, penalties added, or MAX_VALUE. */
    private int before(BindContext cx, ClaimLexicon.MetricRule rule, Figure figure, String unit, boolean bareCount,
                       Span paragraph, Span sentence) {
        int best = Integer.MAX_VALUE;
        for (Cue cue : rule.cues()) {
            int at = cue.lastIndexIn(cx.view, cx.lowered, paragraph.start(), figure.start());
            if (at < 0) {
                continue;
            }
            int distance = figure.start() - (at + cue.form().length()) + 1;
            // A count followed by a noun of its own counts that noun ("三項核心指標", "1,700 個行業獎項"),
            // not what a phrase before it names; a bare count ("有24個，") takes the phrase.
            if (unit.equals("count") && !bareCount) {
                continue;
            }
            if (at < sentence.start()) {
                // Only a bare count carries its metric over from the sentence before ("合計24個").
                if (!unit.equals("count")) {
                    continue;
                }
                distance += EARLIER_SENTENCE_PENALTY;
            }
            if (rule.where() == ClaimLexicon.Where.WEAK || unit.equals("rank")
                    && cx.clauseBreakBetween(at + cue.form().length(), figure.start())) {
                // A scope word of places speaks of the place in its own clause: in "全国第9位、全球第34位"
                // (dev2 03) and "全球第二、国内第一" (dev2 03's 深圳 sentence; "亞洲保持第五位、在全球…第17位",
                // dev2 07) the 全国 before the 、 is no nearer to 34 than the weak 全球 right before it.
                distance += WEAK_PENALTY;
            }
            best = Math.min(best, distance);
        }
        return best;
    }

    /** A framed cue of the rule stands around the figure ("out of 133 countries", "覆盖237个集群"). */
    private boolean framed(BindContext cx, Figure figure, ClaimLexicon.MetricRule rule) {
        if (rule.frames().isEmpty()) {
            return false;
        }
        int after = CountedNoun.start(cx, figure, lexicon);
        for (ClaimLexicon.Frame frame : rule.frames()) {
            Cue before = frame.before();
            int at = before.lastIndexIn(cx.view, cx.lowered, Math.max(0, figure.start() - before.form().length() - 2),
                    figure.start());
            if (at >= 0 && cx.view.substring(at + before.form().length(), figure.start()).isBlank()
                    && frame.after().indexWithin(cx.view, cx.lowered, after, after + frame.after().form().length()) == after) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure other than a cut-off between a count and its noun: "26个全球百强科技创新集群" still counts clusters
     * (百强 names the ranking, cutoffs.tsv), "28 個初創企業項目，3,000 個…" does not reach the second noun.
     */
    private boolean quantityBetween(BindContext cx, int from, int to) {
        return cx.figuresIn(from, to).stream()
                .anyMatch(f -> !lexicon.isCutoff(cx.view, cx.lowered, f.start(), f.end()));
    }

    /**
     * Where the phrase a share is "of" ends, or -1: English puts it after the number ("12% of global PCT
     * applications", "2.9% of venture capital deals"), Chinese after 的 ("全球9%的PCT國際專利申請",
     * "佔全球2.4%的科學出版物"). It runs to the next clause break, figure or " and " within the sentence.
     */
    private int ofPhraseEnd(BindContext cx, Figure figure, Span sentence) {
        int i = figure.end();
        while (i < sentence.end() && cx.view.charAt(i) == ' ') {
            i++;
        }
        if (cx.lowered.startsWith("of ", i)) {
            i += 3;
        } else if (i < sentence.end() && lexicon.isWord("attributive", cx.view.charAt(i))) {
            i++;
        } else {
            return -1;
        }
        int end = Math.min(sentence.end(), i + OF_PHRASE_MAX);
        for (int j = i; j < end; j++) {
            char c = cx.view.charAt(j);
            if (c == ',' || c == '。' || c == ';' || c == '、' || c == '\n' || c == '.' || c == '(' || c == '（'
                    || cx.lowered.startsWith(" and ", j) || cx.figureBetween(j, j + 1)) {
                return j;
            }
        }
        return end;
    }
}
