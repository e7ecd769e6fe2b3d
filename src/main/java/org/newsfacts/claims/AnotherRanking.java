package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a place the metric phrases read as one in the ranking is one in another ranking: a region's or a group's
 * ("保持在亚洲第5位", "retain first place in three sub-indicators"), an indicator's ("香港在「信貸」高踞全球第1位",
 * "venture capital recipients' value (6th)") or another noun's ("the 9th largest automotive manufacturer").
 * Every word it asks about is in grammar.tsv.
 */
final class AnotherRanking {
    /** 在「信貸」, 「高等教育」(: a quoted name said to hold a place (see namedIndicatorBefore). */
    private static final Pattern QUOTED_INDICATOR = Pattern.compile("在[「“\"][^」”\"]{1,12}[」”\"]|[」”\"]\\s*[(（]");
    /** How far before a region word its locative may end ("in Asia", "within Asean" is not "in"; 在亞洲). */
    private static final int REGION_LOCATIVE_REACH = 8;
    /** How far before an indicator its locative may end (在创投交易, "in venture capital"). */
    private static final int INDICATOR_LOCATIVE_REACH = 4;
    /** How far after an indicator's words its closing word may stand (在创投交易中, 在风投方面). */
    private static final int INDICATOR_CLOSE_REACH = 4;
    /** How far after "largest" the noun it ranks may end ("science and technology (S&T) cluster": 38 characters). */
    private static final int SUPERLATIVE_NOUN_REACH = 40;
    /** How far before a bracketed place the name of what holds it may start. */
    private static final int BRACKETED_NAME_REACH = 60;

    private final ClaimLexicon lexicon;
    private final LocativeCue locative;

    AnotherRanking(ClaimLexicon lexicon, LocativeCue locative) {
        this.lexicon = lexicon;
        this.locative = locative;
    }

    /**
     * An index metric read where the place is one in another ranking: "保持在亚洲第5位", "retain first place in
     * three sub-indicators" (a sub-ranking, for a metric of the index of economies), "香港在「信貸」高踞全球第1位" (a
     * named indicator, for the index's overall place): the roles are metric-roles.tsv's economy-index and overall.
     */
    boolean holds(BindContext cx, Figure figure, MetricResolver.Candidate metric, Span sentence) {
        ClaimLexicon.MetricRule rule = metric.rule();
        return (rule.where() == ClaimLexicon.Where.WEAK || rule.where() == ClaimLexicon.Where.DEFAULT)
                && (inARegionBefore(cx, figure, sentence) || inAnIndicatorBefore(cx, figure, sentence))
                || lexicon.roles().economyIndex(rule.metric()) && (inSubranking(cx, figure, sentence)
                || lexicon.roles().overallPlace(rule.metric()) && namedIndicatorBefore(cx, figure, sentence))
                || rule.unit().equals("rank") && bracketedAfterAName(cx, figure)
                || rule.unit().equals("rank") && superlativeOfAnotherNoun(cx, figure, sentence);
    }

    /**
     * A place within a region, a group of economies or one indicator (grammar.tsv subranking): the word stands
     * between the figure before (or the sentence start) and this one, or after it within its clause. "在全球132個
     * 經濟體中排名第17位，保持在亞洲第5位" keeps 17 and drops 5.
     */
    boolean inSubranking(BindContext cx, Figure figure, Span sentence) {
        int to = figure.end();
        while (to < sentence.end() && !cx.clauseBreakBetween(to, to + 1)) {
            to++;
        }
        return cx.hasCueBefore(lexicon.grammar("subranking"), sinceFigureBefore(cx, figure, sentence), figure.start())
                || cx.hasCueBefore(lexicon.grammar("subranking"), figure.end(), to);
    }

    /**
     * A quoted name right before a bare place is the indicator the place is in: "香港在「信貸」高踞全球第1位",
     * "「高等教育」(第3位)、「知識的吸收」(第5位)" (dev2 31); with a word of its own the sub-index has its own metric
     * ("在“创新投入”方面排名全球第8位", dev2 08), so only the overall GII rank is dropped, and not when the quoted
     * name is the index's own (grammar.tsv index-name: "在「全球創新指數」中排名第15位"). Looked for between the
     * figure before (or the sentence start) and this one.
     */
    boolean namedIndicatorBefore(BindContext cx, Figure figure, Span sentence) {
        Matcher m = QUOTED_INDICATOR.matcher(cx.lowered).region(sinceFigureBefore(cx, figure, sentence), figure.start());
        List<Cue> indexNames = lexicon.grammar("index-name");
        while (m.find()) {
            String quoted = m.group();
            if (indexNames.stream().noneMatch(name -> quoted.contains(name.form()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place in its clause after "in" one indicator of the ranking (grammar.tsv indicator; Chinese closes the
     * phrase with 中 or 方面): "伦敦因在创投交易中在全球排序第3,使其整体排序从第21名攀升至第8名" (dev2 38) is London's
     * place in venture capital deals, not in the ranking, as "在“创新投入”方面排名全球第8位" (dev2 08) is a
     * sub-index's and "專利影響力指標中蟬聯中國第一" (corpus 000) an indicator's.
     */
    boolean inAnIndicatorBefore(BindContext cx, Figure figure, Span sentence) {
        int clause = cx.clauseStart(sentence, figure.start());
        for (Cue indicator : lexicon.grammar("indicator")) {
            int length = indicator.form().length();
            for (int at = locative.lastAfterLocative(cx, indicator, clause, figure.start(), INDICATOR_LOCATIVE_REACH);
                 at >= 0; at = locative.lastAfterLocative(cx, indicator, clause, at + length - 1, INDICATOR_LOCATIVE_REACH)) {
                if (indicator.latin()) {
                    return true;
                }
                int end = at + length;
                String after = cx.lowered.substring(end, Math.min(figure.start(), end + INDICATOR_CLOSE_REACH));
                if (lexicon.grammar("indicator-close").stream().anyMatch(c -> after.contains(c.form()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A place said to be held "in" a region in its own clause ("而香港的排名在亞洲保持第五位", dev2 07; "within Asean,
     * Malaysia remained in second place", dev2 24): a place in that region, not in the ranking, whatever the
     * subject. The region word alone is not enough ("大灣區兄弟城市已是全球第一的創新集群", dev2 31, names the cluster).
     */
    boolean inARegionBefore(BindContext cx, Figure figure, Span sentence) {
        int clause = cx.clauseStart(sentence, figure.start());
        for (Cue region : lexicon.grammar("subranking")) {
            if (locative.lastAfterLocative(cx, region, clause, figure.start(), REGION_LOCATIVE_REACH) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * An ordinal before a superlative ranks the noun after it (grammar.tsv ordinal-superlative): "Nissan was the
     * 9th largest automotive manufacturer in the world" (dev2 12) is a place among carmakers, while "the 25th largest
     * science and technology (S&T) cluster" (dev2 21) and "第二大科技集群" (dev2 06) name a cluster word and are places
     * in the ranking.
     */
    boolean superlativeOfAnotherNoun(BindContext cx, Figure figure, Span sentence) {
        int at = figure.end();
        while (at < sentence.end() && (cx.view.charAt(at) == ' ' || cx.view.charAt(at) == '-')) {
            at++;
        }
        for (Cue superlative : lexicon.grammar("ordinal-superlative")) {
            if (superlative.indexWithin(cx.view, cx.lowered, at, at + superlative.form().length()) == at) {
                int from = at + superlative.form().length();
                int end = from;
                while (end < Math.min(sentence.end(), from + SUPERLATIVE_NOUN_REACH) && !cx.clauseBreakBetween(end, end + 1)) {
                    end++;
                }
                return !cx.hasCueBefore(lexicon.clusterWords(), from, end);
            }
        }
        return false;
    }

    /**
     * A place alone in brackets right after a noun phrase that names no subject is the place in what that phrase
     * names, an indicator: "venture capital recipients' value (6th), finance for startups and scaleups (8th)"
     * (dev2 05), "「高等教育」(第3位)、「知識的吸收」(第5位)" (dev2 31). After a subject's name ("北京(第3位)") it
     * is that subject's place.
     */
    boolean bracketedAfterAName(BindContext cx, Figure figure) {
        int open = figure.start() - 1;
        while (open >= 0 && cx.view.charAt(open) == ' ') {
            open--;
        }
        // A scope word may open the bracket (grammar.tsv place-scope): "靠6.9%的风投份额(全球第一)稳居第三" (dev2 36)
        // is the share's place, as "「高等教育」(第3位)" (dev2 31) the indicator's.
        for (Cue scope : lexicon.grammar("place-scope")) {
            int at = scope.lastIndexIn(cx.view, cx.lowered, Math.max(0, open - scope.form().length() - 4), open + 1);
            if (at >= 0 && cx.view.substring(at + scope.form().length(), open + 1).isBlank()) {
                int o = at - 1;
                while (o >= 0 && cx.view.charAt(o) == ' ') {
                    o--;
                }
                if (o >= 0 && "(（".indexOf(cx.view.charAt(o)) >= 0) {
                    open = o;
                    break;
                }
            }
        }
        int close = figure.end();
        while (close < cx.view.length() && cx.view.charAt(close) == ' ') {
            close++;
        }
        if (open < 0 || close >= cx.view.length() || "(（".indexOf(cx.view.charAt(open)) < 0
                || ")）".indexOf(cx.view.charAt(close)) < 0) {
            return false;
        }
        int nameEnd = open;
        while (nameEnd > 0 && cx.view.charAt(nameEnd - 1) == ' ') {
            nameEnd--;
        }
        if (nameEnd == 0 || !Character.isLetter(cx.view.charAt(nameEnd - 1)) && "」”\"'’".indexOf(cx.view.charAt(nameEnd - 1)) < 0) {
            return false;
        }
        final int end = nameEnd;
        return cx.subjectsIn(new Span(Math.max(0, end - BRACKETED_NAME_REACH), end)).stream().noneMatch(s -> s.end() >= end - 1);
    }

    /** Where the words about this figure begin: after the figure before it in its sentence, or the sentence start. */
    private static int sinceFigureBefore(BindContext cx, Figure figure, Span sentence) {
        int from = sentence.start();
        for (Figure f : cx.figuresIn(sentence.start(), figure.start())) {
            if (f.end() <= figure.start()) {
                from = Math.max(from, f.end());
            }
        }
        return from;
    }
}
