package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;
import org.newsfacts.text.TimeLimit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which metric a figure states: the metric rules of {@code models/claims/metrics.tsv} that suit the figure's unit
 * and have a cue near it, nearest first, and the figures that state no metric of a subject at all (a count that
 * picks members out, an ordinal naming a tier, a place in a sub-ranking or a named indicator).
 */
final class MetricResolver {
    /** How far past a figure's end a counted noun may start ("2,200 間企業", "15所香港實驗室納入國家重點實驗室"). */
    private static final int AFTER_WINDOW = 12;
    /** How long the phrase a share is "of" may be ("of the world's international PCT patent applications"). */
    private static final int OF_PHRASE_MAX = 50;
    private static final int EARLIER_SENTENCE_PENALTY = 1_000;
    private static final int WEAK_PENALTY = 10_000;
    private static final int DEFAULT_DISTANCE = 100_000;
    /** 在「信貸」, 「高等教育」(: a quoted name said to hold a place (see namedIndicatorBefore). */
    private static final Pattern QUOTED_INDICATOR = Pattern.compile("在[「“\"][^」”\"]{1,12}[」”\"]|[」”\"]\\s*[(（]");


    private final ClaimLexicon lexicon;

    private final ListAlignment lists;

    MetricResolver(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
        this.lists = new ListAlignment(lexicon);
    }

    /** A metric rule with how far its nearest cue stands from the figure (penalties added for weak readings). */
    record Candidate(ClaimLexicon.MetricRule rule, int distance) {
    }

    /**
     * What a weak metric reading costs in confidence: a rank with no ranking word ("4th" alone) or a metric
     * phrase carried over from an earlier sentence says less about what the figure measures than a phrase
     * right beside it.
     */
    static double metricDoubt(Candidate metric) {
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
    List<Candidate> candidates(BindContext cx, Figure figure, String unit, Span sentence) {
        List<Candidate> candidates = new ArrayList<>();
        Span paragraph = cx.near(cx.paragraphOf(figure.start()), figure);
        boolean bareCount = unit.equals("count") && !countsANamedThing(cx, figure);
        // "with 10 and five clusters": the noun after the last of a list of figures is each one's (after cues).
        Figure head = lists.lastJoined(cx, figure);
        for (ClaimLexicon.MetricRule rule : lexicon.metrics()) {
            TimeLimit.check();
            if (!rule.unit().equals(unit)) {
                continue;
            }
            int best = Integer.MAX_VALUE;
            switch (rule.where()) {
                case DEFAULT -> best = DEFAULT_DISTANCE;
                case AFTER -> {
                    if (framed(cx, figure, rule)) {
                        // Words on both sides of the figure say more than any one-sided cue.
                        best = 0;
                        break;
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
                                && (at <= afterCounter(cx, head, lexicon) || endsNounPhrase(cx, at + cue.form().length()))) {
                            best = Math.min(best, at - head.end());
                        }
                    }
                }
                case BEFORE, WEAK -> {
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
                }
            }
            if (best != Integer.MAX_VALUE) {
                candidates.add(new Candidate(rule, best));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance));
        return candidates;
    }

    /** A framed cue of the rule stands around the figure ("out of 133 countries", "覆盖237个集群"). */
    private boolean framed(BindContext cx, Figure figure, ClaimLexicon.MetricRule rule) {
        if (rule.frames().isEmpty()) {
            return false;
        }
        int after = afterCounter(cx, figure, lexicon);
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
     * The counted noun ends here: "28 個初創企業項目" counts projects, not companies, so a cue further from the
     * number than its counter must end the noun phrase (punctuation, a conjunction, 的 or a verb after it).
     */
    private boolean endsNounPhrase(BindContext cx, int at) {
        if (at >= cx.view.length()) {
            return true;
        }
        int cp = cx.view.codePointAt(at);
        return !org.newsfacts.text.normalize.CharClass.isHan(cp) || lexicon.isWord("conjunction", cp) || cp == '的'
                || lexicon.isWord("verb-start", cp);
    }

    /**
     * Where the phrase a share is "of" ends, or -1: English puts it after the number ("12% of global PCT
     * applications", "2.9% of venture capital deals"), Chinese after 的 ("全球9%的PCT國際專利申請",
     * "佔全球2.4%的科學出版物"). It runs to the next clause break, figure or " and " within the sentence.
     */
    private static int ofPhraseEnd(BindContext cx, Figure figure, Span sentence) {
        int i = figure.end();
        while (i < sentence.end() && cx.view.charAt(i) == ' ') {
            i++;
        }
        if (cx.lowered.startsWith("of ", i)) {
            i += 3;
        } else if (i < sentence.end() && cx.view.charAt(i) == '的') {
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

    /** Where the words after a figure's number and counter word begin ("7 間|獨角獸企業"). */
    static int afterCounter(BindContext cx, Figure figure, ClaimLexicon lexicon) {
        int i = figure.end();
        while (i < cx.view.length() && cx.view.charAt(i) == ' ') {
            i++;
        }
        i += lexicon.counterAt(cx.view, i);
        while (i < cx.view.length() && cx.view.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The figure's counter word is followed by a noun of its own ("1,700 個行業獎項", "33 economies"). */
    private boolean countsANamedThing(BindContext cx, Figure figure) {
        int i = afterCounter(cx, figure, lexicon);
        if (i >= cx.view.length()) {
            return false;
        }
        int next = figure.end();
        while (next < cx.view.length() && cx.view.charAt(next) == ' ') {
            next++;
        }
        if (startsWithLocative(cx, next) || startsWithLocative(cx, i)) {
            // "有七個位于亞洲,三個位于美國" (dev2 15; 位 of 位于 is also a counter word), "有7个在亚洲,3个在美国"
            // (dev2 18): where the counted things lie, not what they are; the count takes the phrase before it.
            return false;
        }
        if (org.newsfacts.text.normalize.CharClass.isHan(cx.view.codePointAt(i))) {
            // "比去年的21個有所增加": a verb after the generic counter 个, no noun of its own ("兩國是" counts countries).
            boolean generic = i > 0 && cx.view.charAt(i - 1) == '个';
            return !lexicon.isWord("conjunction", cx.view.charAt(i)) && !(generic && lexicon.isWord("verb-start", cx.view.charAt(i)));
        }
        int end = i;
        while (end < cx.view.length() && Character.isLetter(cx.view.charAt(end))) {
            end++;
        }
        return end > i && !lexicon.functionWords("after-count").contains(cx.lowered.substring(i, end));
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
     * A count right after a superlative and its 的 in one clause ("增幅最大的是三個中國集群", "提升幅度最大的三个集群")
     * picks some members of the ranking out by a property; it is not how many the economy has.
     */
    boolean picksMembers(BindContext cx, Figure figure, Span sentence) {
        int clause = cx.clauseStart(sentence, figure.start());
        int de = cx.view.lastIndexOf('的', figure.start() - 1);
        if (de < clause) {
            return false;
        }
        // Only the count right after the 的 phrase (or 的是): "以最多的集群數量(26個)" states China's own count.
        String between = cx.view.substring(de + 1, figure.start()).strip();
        if (!between.isEmpty() && !between.equals("是")) {
            return false;
        }
        for (Cue cue : lexicon.grammar("superlative")) {
            if (cue.lastIndexIn(cx.view, cx.lowered, clause, de) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quoted name right before a bare place is the indicator the place is in: "香港在「信貸」高踞全球第1位",
     * "「高等教育」(第3位)、「知識的吸收」(第5位)" (dev2 31); with a word of its own the sub-index has its own metric
     * ("在“创新投入”方面排名全球第8位", dev2 08), so only the overall GII rank is dropped, and not when the quoted
     * name is the index's own ("在「全球創新指數」中排名第15位"). Looked for between the figure before (or the
     * sentence start) and this one.
     */
    static boolean namedIndicatorBefore(BindContext cx, Figure figure, Span sentence) {
        int from = sentence.start();
        for (Figure f : cx.figuresIn(sentence.start(), figure.start())) {
            if (f.end() <= figure.start()) {
                from = Math.max(from, f.end());
            }
        }
        Matcher m = QUOTED_INDICATOR.matcher(cx.lowered).region(from, figure.start());
        while (m.find()) {
            if (!m.group().contains("指数") && !m.group().contains("index")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place within a region, a group of economies or one indicator (grammar.tsv subranking): the word stands
     * between the figure before (or the sentence start) and this one, or after it within its clause. "在全球132個
     * 經濟體中排名第17位，保持在亞洲第5位" keeps 17 and drops 5.
     */
    boolean inSubranking(BindContext cx, Figure figure, Span sentence) {
        int from = sentence.start();
        for (Figure f : cx.figuresIn(sentence.start(), figure.start())) {
            if (f.end() <= figure.start()) {
                from = Math.max(from, f.end());
            }
        }
        int to = figure.end();
        while (to < sentence.end() && !cx.clauseBreakBetween(to, to + 1)) {
            to++;
        }
        return cx.hasCueBefore(lexicon.grammar("subranking"), from, figure.start())
                || cx.hasCueBefore(lexicon.grammar("subranking"), figure.end(), to);
    }
    /**
     * A figure that states no metric of any subject: a count that picks members out by a property, an ordinal
     * that names a tier of a ranking.
     */
    boolean statesNoMetric(BindContext cx, Figure figure, String unit, Span sentence) {
        return unit.equals("count") && picksMembers(cx, figure, sentence) || unit.equals("rank") && namesATier(cx, figure)
                || unit.equals("%") && rateOfAnotherThing(cx, figure, sentence);
    }

    /**
     * A share right after a rate word that is no metric phrase of ours ("准确率达96%", "an accuracy rate of 96%";
     * grammar.tsv rate and rate-link): the rate of what that word names, not a share of a metric a phrase further
     * back names.
     */
    private boolean rateOfAnotherThing(BindContext cx, Figure figure, Span sentence) {
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

    /**
     * An index metric read where the place is one in another ranking: "保持在亚洲第5位", "retain first place in
     * three sub-indicators" (a sub-ranking), "香港在「信貸」高踞全球第1位" (a named indicator).
     */
    boolean placeInAnotherRanking(BindContext cx, Figure figure, Candidate metric, Span sentence) {
        return (metric.rule().where() == ClaimLexicon.Where.WEAK || metric.rule().where() == ClaimLexicon.Where.DEFAULT)
                && (inARegionBefore(cx, figure, sentence) || inAnIndicatorBefore(cx, figure, sentence))
                || metric.rule().metric().startsWith("gii_") && (inSubranking(cx, figure, sentence)
                || metric.rule().metric().startsWith("gii_rank") && namedIndicatorBefore(cx, figure, sentence))
                || metric.rule().unit().equals("rank") && bracketedAfterAName(cx, figure, lexicon)
                || metric.rule().unit().equals("rank") && superlativeOfAnotherNoun(cx, figure, sentence);
    }

    /** How far after "largest" the noun it ranks may end ("science and technology (S&T) cluster": 38 characters). */
    private static final int SUPERLATIVE_NOUN_REACH = 40;

    /**
     * An ordinal before a superlative ranks the noun after it (grammar.tsv ordinal-superlative): "Nissan was the
     * 9th largest automotive manufacturer in the world" (dev2 12) is a place among carmakers, while "the 25th largest
     * science and technology (S&T) cluster" (dev2 21) and "第二大科技集群" (dev2 06) name a cluster word and are places
     * in the ranking.
     */
    private boolean superlativeOfAnotherNoun(BindContext cx, Figure figure, Span sentence) {
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
     * A place in its clause after "in" one indicator of the ranking (grammar.tsv indicator; Chinese closes the
     * phrase with 中 or 方面): "伦敦因在创投交易中在全球排序第3,使其整体排序从第21名攀升至第8名" (dev2 38) is London's
     * place in venture capital deals, not in the ranking, as "在“创新投入”方面排名全球第8位" (dev2 08) is a
     * sub-index's and "專利影響力指標中蟬聯中國第一" (corpus 000) an indicator's.
     */
    private boolean inAnIndicatorBefore(BindContext cx, Figure figure, Span sentence) {
        int clause = cx.clauseStart(sentence, figure.start());
        for (Cue indicator : lexicon.grammar("indicator")) {
            for (int at = indicator.lastIndexIn(cx.view, cx.lowered, clause, figure.start()); at >= 0;
                 at = indicator.lastIndexIn(cx.view, cx.lowered, clause, at + indicator.form().length() - 1)) {
                String before = cx.lowered.substring(Math.max(clause, at - 4), at).stripTrailing();
                if (!endsWithLocative(before)) {
                    continue;
                }
                if (indicator.latin()) {
                    return true;
                }
                int end = at + indicator.form().length();
                String after = cx.lowered.substring(end, Math.min(figure.start(), end + 4));
                if (lexicon.grammar("indicator-close").stream().anyMatch(c -> after.contains(c.form()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean startsWithLocative(BindContext cx, int at) {
        for (Cue cue : lexicon.grammar("locative")) {
            if (!cue.latin() && cue.indexWithin(cx.view, cx.lowered, at, at + cue.form().length()) == at) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place said to be held "in" a region in its own clause ("而香港的排名在亞洲保持第五位", dev2 07; "within Asean,
     * Malaysia remained in second place", dev2 24): a place in that region, not in the ranking, whatever the
     * subject. The region word alone is not enough ("大灣區兄弟城市已是全球第一的創新集群", dev2 31, names the cluster).
     */
    private boolean inARegionBefore(BindContext cx, Figure figure, Span sentence) {
        int clause = cx.clauseStart(sentence, figure.start());
        for (Cue region : lexicon.grammar("subranking")) {
            for (int at = region.lastIndexIn(cx.view, cx.lowered, clause, figure.start()); at >= 0;
                 at = region.lastIndexIn(cx.view, cx.lowered, clause, at + region.form().length() - 1)) {
                if (endsWithLocative(cx.lowered.substring(Math.max(clause, at - 8), at).stripTrailing())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code before} ends with a locative word ("in", 在), a Latin one as a whole word ("within" is not "in"). */
    private boolean endsWithLocative(String before) {
        for (Cue locative : lexicon.grammar("locative")) {
            String form = locative.form();
            if (before.endsWith(form) && (!locative.latin() || before.length() == form.length()
                    || !Character.isLetter(before.charAt(before.length() - form.length() - 1)))) {
                return true;
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
    private static boolean bracketedAfterAName(BindContext cx, Figure figure, ClaimLexicon lexicon) {
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
        return cx.subjectsIn(new Span(Math.max(0, end - 60), end)).stream().noneMatch(s -> s.end() >= end - 1);
    }

    /**
     * Which list a count of clusters counts: a top-N cut-off in its sentence makes a top-100 count a top-N one;
     * "席" counts places in whichever list the sentence names: "蝉联百强科技集群榜首,坐拥26席" is the top 100,
     * "前十强中,亚洲占据七席" a top 10.
     */
    String whichList(BindContext cx, Figure figure, Candidate metric, Span sentence, PeriodResolver periods) {
        String metricId = metric.rule().metric();
        if (metricId.equals("clusters_in_top100") && topNCueInSentence(cx, figure, sentence)) {
            return "clusters_in_top_n";
        }
        if (metricId.equals("clusters_in_top_n") && metric.rule().where() == ClaimLexicon.Where.AFTER
                && periods.period(cx, figure, sentence, metricId) == null) {
            return "clusters_in_top100";
        }
        return metricId;
    }

    /**
     * The metric coordinated with the figure's own in the phrase that says what the figure is: "全球专利申请和风险
     * 投资活动的约70%" (dev2 38) and "贡献了全球70%的国际专利申请(PCT)和风投交易" (dev2 36) are each a share of the
     * world's PCT applications and one of its venture capital deals; "a 70% share of patent applications and
     * venture capital deals" reads the same. The two metric phrases must be joined by a list word alone (a
     * bracketed aside aside): "9.0%的PCT全球份额(全球最高)和2.9%的风投占比" gives each figure its own. Null when
     * there is none.
     */
    ClaimLexicon.MetricRule coordinated(BindContext cx, Figure figure, Candidate metric, Span sentence) {
        ClaimLexicon.MetricRule own = metric.rule();
        if (own.where() != ClaimLexicon.Where.BEFORE && own.where() != ClaimLexicon.Where.AFTER) {
            return null;
        }
        int from;
        int to;
        if (own.where() == ClaimLexicon.Where.AFTER) {
            from = figure.end();
            to = figure.end();
            while (to < sentence.end() && to - figure.end() < OF_PHRASE_MAX && !cx.clauseBreakBetween(to, to + 1)
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
        // Each metric's phrases in the span, outside brackets, as [start, end, rule] runs in order.
        boolean[] bracketed = new boolean[to - from];
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = cx.view.charAt(i);
            depth += c == '(' || c == '（' ? 1 : 0;
            bracketed[i - from] = depth > 0;
            depth -= (c == ')' || c == '）') && depth > 0 ? 1 : 0;
        }
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
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            if (at[i] != null && (i == 0 || at[i - 1] == null || !at[i - 1].metric().equals(at[i].metric()))) {
                runs.add(new int[]{i, i + 1});
            } else if (at[i] != null) {
                runs.get(runs.size() - 1)[1] = i + 1;
            }
        }
        for (int r = 0; r + 1 < runs.size(); r++) {
            ClaimLexicon.MetricRule a = at[runs.get(r)[0]];
            ClaimLexicon.MetricRule b = at[runs.get(r + 1)[0]];
            if (a.metric().equals(b.metric()) || !a.metric().equals(own.metric()) && !b.metric().equals(own.metric())) {
                continue;
            }
            StringBuilder gap = new StringBuilder();
            for (int i = runs.get(r)[1]; i < runs.get(r + 1)[0]; i++) {
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

    /** What an intensity (per head) cue before a place makes of it; see {@link #intensity}. */
    enum Intensity {
        NONE, METRIC, SCOPE
    }

    /**
     * The ranking by activity per head is its own metric (FORMAT-addendum: intensity_rank) when the place's
     * sentence says so ("就人口比例而言…全球第50位"); a cue further back in the paragraph only scopes the rank.
     */
    Intensity intensity(BindContext cx, Figure figure, Span sentence) {
        if (cx.hasCueBefore(lexicon.periodCues("intensity"), sentence.start(), figure.start())) {
            return Intensity.METRIC;
        }
        if (cx.hasCueBefore(lexicon.periodCues("intensity"), cx.lookbackStart(figure), figure.start())) {
            return Intensity.SCOPE;
        }
        return Intensity.NONE;
    }
}
