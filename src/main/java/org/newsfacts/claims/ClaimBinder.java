package org.newsfacts.claims;

import org.newsfacts.text.TimeLimit;
import org.newsfacts.extract.figures.Figure;
import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.text.MatchingView;
import org.newsfacts.text.Sentence;
import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds each figure of an article to what it is about: a subject (cluster, economy, organisation, park,
 * fund, or the ranking) and a metric, with the period it belongs to and who said it.
 *
 * <p>The metric is read from the nearest metric phrase of {@code models/claims/metrics.tsv} that suits the
 * figure's unit, before the figure in its sentence or right after its counter word; the subject is the
 * nearest subject of a kind the metric is said of, before the figure in the sentence (else after it, else
 * earlier in the paragraph). Lists ("北京，佔4%、「上海─蘇州」佔2.5%") fall out of nearest-before; lists
 * with 分別 / respectively pair subjects and figures in order. Flattened tables are rebuilt by
 * {@link FlattenedTable}. A figure with no metric phrase or no subject of a fitting kind makes no claim.
 */
public final class ClaimBinder {
    /** How far past a figure's end a counted noun may start ("2,200 間企業", "15所香港實驗室納入國家重點實驗室"). */
    private static final int AFTER_WINDOW = 12;
    /** How long the phrase a share is "of" may be ("of the world's international PCT patent applications"). */
    private static final int OF_PHRASE_MAX = 50;
    /** How far from a figure, in characters, binding looks for cues and subjects (see Context.near). */
    static final int REACH = 600;
    /** Chinese words after a count that join it to the next, not name what it counts ("22個和7個"). */
    private static final String CONJUNCTIONS = "和及与或至到等";
    /** Characters that start the verb after a counted noun ("79家创科机构落地", "企业入驻"): the noun has ended. */
    private static final String VERB_STARTS = "落入进在已将于获为是有来";
    /** English words after a number that are not what it counts ("22 and Germany", "24, the US"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "in", "of", "with", "to", "from", "by",
            "at", "on", "for", "as", "than", "while", "each", "apiece", "per", "percent", "cent");
    private static final int EARLIER_SENTENCE_PENALTY = 1_000;
    private static final int WEAK_PENALTY = 10_000;
    private static final int DEFAULT_DISTANCE = 100_000;
    /** Confidence a binding loses when its sentence names another subject of a kind the metric fits. */
    private static final double RIVAL_SUBJECT = 0.2;
    /** How far back a subject named in an earlier paragraph may still be what a figure is about. */
    private static final int SUBJECT_LOOKBACK = 300;
    /** The longest first paragraph still read as a headline (title lines run to 60-odd characters). */
    private static final int HEADLINE_MAX = 90;
    private static final String EDITION_KIND = "edition";
    /** "自2020年起", "since 2020": the first year of a streak. */
    private static final Pattern SINCE_YEAR = Pattern.compile("(?:自|从|since )\\s*((?:19|20)\\d{2})");
    /** How far before a place a cue of an earlier edition may stand ("去年排名第", "up from "). */
    private static final int PREVIOUS_REACH = 8;
    /** 在「信貸」, 「高等教育」(: a quoted name said to hold a place (see namedIndicatorBefore). */
    private static final Pattern QUOTED_INDICATOR = Pattern.compile("在[「“\"][^」”\"]{1,12}[」”\"]|[」”\"]\\s*[(（]");
    /** " position in 2021", " in 2015", "(2021年)": a year stated right after a place. */
    private static final Pattern YEAR_AFTER_PLACE = Pattern.compile(
            "(?:\\s*(?:position|place|spot|rank))?\\s*(?:in\\s+|[(（]\\s*)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*年?\\s*(?:至|到|-|~|to)\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)(?!\\s*-\\s*\\d)");
    private static final Pattern DEFAULT_EDITION_NAME = ClaimLexicon.editionPattern(
            List.of("全球创新指数", "global innovation index", "gii"));
    private static final int DEFAULT_RELEASE_MONTH = 6;
    private static final Pattern STREAK_YEARS = Pattern.compile(ClaimLexicon.SMALL_NUMBER + "\\s*(?:年|years?)");
    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
            Map.entry("一", 1), Map.entry("二", 2), Map.entry("两", 2), Map.entry("三", 3), Map.entry("四", 4),
            Map.entry("五", 5), Map.entry("六", 6), Map.entry("七", 7), Map.entry("八", 8), Map.entry("九", 9),
            Map.entry("十", 10), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
    private static final Pattern PHASE_ONE = Pattern.compile("首期|一期|第一期|phase 1|phase one|first phase");
    private static final Pattern PHASE = Pattern.compile("(首期|第?[一二三四五]期|phase \\d|phase one|phase two|first phase|second phase)");
    /** A footnote mark with the space after it ("位居第45位 [1] - "): the statement before it has ended. */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\d{1,3}\\]\\s+");

    private final ClaimLexicon lexicon;

    public ClaimBinder(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The edition an article reports (see {@link #edition(String, java.time.LocalDate, Pattern, int)}), by this binder's lexicon. */
    public String editionOf(String loweredView, java.time.LocalDate published) {
        return edition(loweredView, published, lexicon.editionName(), lexicon.releaseMonth());
    }

    /** The claims of one article. A pure function of its input. */
    public List<Claim> bind(ArticleFacts article) {
        Context cx = new Context(article, lexicon);
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

    private void bindOne(Context cx, Figure figure, List<Claim> out) {
        String unit = unitGroup(figure.unit());
        if (unit == null || lexicon.isCutoff(cx.view, cx.lowered, figure.start(), figure.end())
                || lexicon.isChangeOrMarker(cx.view, cx.lowered, figure.start(), figure.end())) {
            return;
        }
        Span sentence = cx.near(cx.sentenceOf(figure.start()), figure);
        if (unit.equals("count") && picksMembers(cx, figure, sentence) || unit.equals("rank") && namesATier(cx, figure)) {
            return;
        }
        boolean earlierValue = isFromValue(cx, figure, sentence);
        for (Candidate metric : metricCandidates(cx, figure, unit, sentence)) {
            if (metric.rule().metric().startsWith("gii_") && (inSubranking(cx, figure, sentence)
                    || metric.rule().metric().startsWith("gii_rank") && namedIndicatorBefore(cx, figure, sentence))) {
                // "保持在亚洲第5位", "retain first place in three sub-indicators": a place in another ranking.
                continue;
            }
            Bound bound = subjectsFor(cx, figure, metric.rule(), sentence);
            if (bound.subjects().isEmpty()) {
                continue;
            }
            String metricId = metric.rule().metric();
            if (metricId.equals("clusters_in_top100") && topNCueInSentence(cx, figure, sentence)) {
                metricId = "clusters_in_top_n";
            } else if (metricId.equals("clusters_in_top_n") && metric.rule().where() == ClaimLexicon.Where.AFTER
                    && period(cx, figure, sentence, metricId) == null) {
                // "席" counts places in whichever list the sentence names: "蝉联百强科技集群榜首,坐拥26席" is the
                // top 100, "前十强中,亚洲占据七席" a top 10.
                metricId = "clusters_in_top100";
            }
            String period = period(cx, figure, sentence, metricId);
            String scope = null;
            if (metricId.equals("rank") || metricId.equals("gii_rank")) {
                String previous = metricId.equals("rank") ? "rank_previous" : "gii_rank_previous";
                String yearAfter = earlierYearAfter(cx, figure, sentence);
                if (yearAfter != null) {
                    metricId = previous;
                    period = yearAfter;
                } else if (previousCue(cx, figure, sentence)) {
                    metricId = previous;
                    period = cx.edition == null ? null : String.valueOf(Integer.parseInt(cx.edition) - 1);
                } else if (earlierValue || streakEnded(cx, figure, sentence, bound.subjects().get(0).id())) {
                    metricId = previous;
                    period = previousPeriod(cx, figure, sentence);
                } else if (metricId.equals("rank") && cx.hasCueBefore(lexicon.periodCues("intensity"), sentence.start(), figure.start())) {
                    // The ranking by activity per head is its own metric (FORMAT-addendum: intensity_rank) when its
                    // sentence says so ("就人口比例而言…全球第50位"); a cue further back only scopes the rank.
                    metricId = "intensity_rank";
                } else if (metricId.equals("rank") && cx.hasCueBefore(lexicon.periodCues("intensity"), cx.lookbackStart(figure), figure.start())) {
                    scope = "intensity";
                }
            } else if (earlierValue) {
                // "從千餘家躍升至近4700家": the first value is a past one, and no metric of ours holds past values.
                return;
            } else if ((metricId.startsWith("clusters_in_top") || metricId.equals("gii_score"))
                    && previousCue(cx, figure, sentence) && cx.edition != null) {
                // "比去年的21個有所增加", "超过去年的24个": a count of the edition before; "a slightly lower score of
                // 40.5 compared with last year's 40.9": the score of the edition before.
                period = String.valueOf(Integer.parseInt(cx.edition) - 1);
            }
            double confidence = bound.confidence() - metricDoubt(metric);
            for (SubjectHit subject : bound.subjects()) {
                out.add(cx.claim(figure, subject.id(), metricId, period, scope, bound.binding(),
                        Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0));
            }
            return;
        }
    }

    /**
     * What a weak metric reading costs in confidence: a rank with no ranking word ("4th" alone) or a metric
     * phrase carried over from an earlier sentence says less about what the figure measures than a phrase
     * right beside it.
     */
    private static double metricDoubt(Candidate metric) {
        if (metric.distance() >= DEFAULT_DISTANCE) {
            return 0.1;
        }
        if (metric.distance() >= WEAK_PENALTY) {
            return 0.05;
        }
        return metric.distance() >= EARLIER_SENTENCE_PENALTY ? 0.15 : 0;
    }

    /** The subjects a figure is bound to, how they were found and how sure that is. */
    record Bound(List<SubjectHit> subjects, Binding binding, double confidence) {
        static final Bound NONE = new Bound(List.of(), null, 0);
    }

    record Candidate(ClaimLexicon.MetricRule rule, int distance) {
    }

    /**
     * Metric rules that fit the figure's unit and have a cue near it, nearest first. A cue before the figure
     * is looked for back to the paragraph's start, but one in an earlier sentence loses to any in the
     * figure's own; a weak cue loses to every other; a default rule needs no cue and comes last.
     */
    private List<Candidate> metricCandidates(Context cx, Figure figure, String unit, Span sentence) {
        List<Candidate> candidates = new ArrayList<>();
        Span paragraph = cx.near(cx.paragraphOf(figure.start()), figure);
        boolean bareCount = unit.equals("count") && !countsANamedThing(cx, figure, lexicon);
        for (ClaimLexicon.MetricRule rule : lexicon.metrics()) {
            TimeLimit.check();
            if (!rule.unit().equals(unit)) {
                continue;
            }
            int best = Integer.MAX_VALUE;
            switch (rule.where()) {
                case DEFAULT -> best = DEFAULT_DISTANCE;
                case AFTER -> {
                    int ofPhrase = unit.equals("%") ? ofPhraseEnd(cx, figure, sentence) : -1;
                    for (Cue cue : rule.cues()) {
                        // Searched only as far as a cue could count, so a figure costs its neighbourhood, not the text.
                        int at = cue.indexWithin(cx.view, cx.lowered, figure.end(), Math.max(ofPhrase,
                                Math.min(sentence.end(), figure.end() + AFTER_WINDOW + cue.form().length())));
                        if (at >= 0 && at + cue.form().length() <= ofPhrase) {
                            // Inside the share's own of-phrase: it names what the share is of, nearer than any cue.
                            best = 1;
                        } else if (at >= 0 && at <= figure.end() + AFTER_WINDOW && at + cue.form().length() <= sentence.end()
                                && !cx.clauseBreakBetween(figure.end(), at) && !quantityBetween(cx, figure.end(), at)
                                && (at <= afterCounter(cx, figure, lexicon) || endsNounPhrase(cx, at + cue.form().length()))) {
                            best = Math.min(best, at - figure.end());
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
                        if (rule.where() == ClaimLexicon.Where.WEAK) {
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

    /**
     * A figure other than a cut-off between a count and its noun: "26个全球百强科技创新集群" still counts clusters
     * (百强 names the ranking, cutoffs.tsv), "28 個初創企業項目，3,000 個…" does not reach the second noun.
     */
    private boolean quantityBetween(Context cx, int from, int to) {
        return cx.figuresIn(from, to).stream()
                .anyMatch(f -> !lexicon.isCutoff(cx.view, cx.lowered, f.start(), f.end()));
    }

    /**
     * The counted noun ends here: "28 個初創企業項目" counts projects, not companies, so a cue further from the
     * number than its counter must end the noun phrase (punctuation, a conjunction, 的 or a verb after it).
     */
    private static boolean endsNounPhrase(Context cx, int at) {
        if (at >= cx.view.length()) {
            return true;
        }
        int cp = cx.view.codePointAt(at);
        return !org.newsfacts.text.normalize.CharClass.isHan(cp) || CONJUNCTIONS.indexOf(cp) >= 0 || cp == '的'
                || VERB_STARTS.indexOf(cp) >= 0;
    }

    /**
     * Where the phrase a share is "of" ends, or -1: English puts it after the number ("12% of global PCT
     * applications", "2.9% of venture capital deals"), Chinese after 的 ("全球9%的PCT國際專利申請",
     * "佔全球2.4%的科學出版物"). It runs to the next clause break, figure or " and " within the sentence.
     */
    private static int ofPhraseEnd(Context cx, Figure figure, Span sentence) {
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
    private static int afterCounter(Context cx, Figure figure, ClaimLexicon lexicon) {
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
    private static boolean countsANamedThing(Context cx, Figure figure, ClaimLexicon lexicon) {
        int i = afterCounter(cx, figure, lexicon);
        if (i >= cx.view.length()) {
            return false;
        }
        if (org.newsfacts.text.normalize.CharClass.isHan(cx.view.codePointAt(i))) {
            // "比去年的21個有所增加": a verb after the generic counter 个, no noun of its own ("兩國是" counts countries).
            boolean generic = i > 0 && cx.view.charAt(i - 1) == '个';
            return CONJUNCTIONS.indexOf(cx.view.charAt(i)) < 0 && !(generic && VERB_STARTS.indexOf(cx.view.charAt(i)) >= 0);
        }
        int end = i;
        while (end < cx.view.length() && Character.isLetter(cx.view.charAt(end))) {
            end++;
        }
        return end > i && !FUNCTION_WORDS.contains(cx.lowered.substring(i, end));
    }

    /** The subjects a figure speaks of: usually one; several when a list pairs subjects and figures in order. */
    private Bound subjectsFor(Context cx, Figure figure, ClaimLexicon.MetricRule rule, Span sentence) {
        if (rule.subjectKinds().contains(EDITION_KIND)) {
            // "在全球132個經濟體中", "among the 132 countries": said of the edition the article reports.
            return cx.edition == null ? Bound.NONE : new Bound(List.of(new SubjectHit("GII " + cx.edition, EDITION_KIND,
                    figure.start(), figure.start(), false)), Binding.CLAUSE, Binding.CLAUSE.base() - 0.1);
        }
        if (rule.metric().startsWith("gii_")
                && !(rule.where() != ClaimLexicon.Where.DEFAULT && economyNamedLast(cx, figure, sentence))
                && (cx.subjectsIn(sentence).stream().anyMatch(s -> s.kind().equals("cluster"))
                || cx.hasCueBefore(lexicon.clusterWords(), sentence.start(), sentence.end()))) {
            return Bound.NONE;
        }
        List<SubjectHit> inSentence = cx.subjectsIn(sentence).stream()
                .filter(s -> rule.subjectKinds().contains(s.kind()))
                .toList();
        List<SubjectHit> each = each(cx, figure, inSentence, sentence);
        if (each != null) {
            return new Bound(each, Binding.LIST, Binding.LIST.base());
        }
        List<SubjectHit> distributed = distributed(cx, figure, inSentence, sentence);
        if (distributed != null) {
            return distributed.isEmpty() ? Bound.NONE : new Bound(distributed, Binding.LIST, Binding.LIST.base());
        }
        SubjectHit before = null;
        SubjectHit after = null;
        for (SubjectHit s : inSentence) {
            if (s.end() <= figure.start()) {
                if (!figure.unit().equals("rank") || !isComparedWith(cx, s, sentence)) {
                    before = s;
                }
            } else if (after == null && s.start() >= figure.end()) {
                after = s;
            }
        }
        // "排第三的是聖荷西-三藩市集群": what follows the copula is what the figure is about.
        boolean copula = cx.lowered.startsWith("的是", figure.end()) || cx.lowered.startsWith("是", figure.end())
                || cx.lowered.startsWith("为", figure.end());
        // "three in China", "三個位于美國": a count of what lies in the subject right after it (grammar.tsv locative).
        boolean locative = after != null && isLocative(cx, afterCounter(cx, figure, lexicon), after.start());
        if (!locative && figure.unit().equals("count") && startsWithLocative(cx, afterCounter(cx, figure, lexicon))) {
            // "有七個位于亞洲,三個位于美國": a count in a place that is no subject of ours (Asia) has none.
            return Bound.NONE;
        }
        SubjectHit chosen = (copula || locative) && after != null ? after : before != null ? before : after;
        Binding binding;
        if (chosen != null) {
            binding = cx.isHeadline(sentence) ? Binding.HEADLINE
                    : cx.clauseBreakBetween(Math.min(chosen.end(), figure.end()), Math.max(chosen.start(), figure.start()))
                    ? Binding.SENTENCE : Binding.CLAUSE;
        } else if (!cx.namesAnything(sentence) && !(rule.where() == ClaimLexicon.Where.DEFAULT
                && !rule.subjectKinds().contains("cluster"))) {
            // An economy's place read with no index word (gii_rank default) takes no subject from the sentence
            // before: with neither the metric nor the subject said, it would be a guess twice over (a table's
            // bare "1 8 10" under a paragraph about Hong Kong).
            // The sentence goes on about the subject of the one before ("…集群連續五年位居全球第二…。2025年，
            // 憑藉PCT專利申請量(占全球12%)…"): take that sentence's first subject of a fitting kind.
            chosen = cx.firstSubjectOfPreviousSentence(rule.subjectKinds(), sentence, SUBJECT_LOOKBACK);
            binding = Binding.PREVIOUS_SENTENCE;
        } else {
            binding = null;
        }
        if (chosen == null) {
            return Bound.NONE;
        }
        if (chosen.anaphor()) {
            chosen = cx.antecedent(chosen);
            if (chosen == null) {
                return Bound.NONE;
            }
        }
        double confidence = binding.base();
        // Another subject of a fitting kind in the sentence is a rival reading the nearest-subject rule passed over.
        final String id = chosen.id();
        if (binding != Binding.PREVIOUS_SENTENCE && inSentence.stream().anyMatch(s -> !s.id().equals(id))) {
            confidence -= RIVAL_SUBJECT;
        }
        return new Bound(List.of(cx.withPhase(chosen, figure)), binding, confidence);
    }

    /**
     * The place named last before the figure is an economy, with no cluster or cluster word after it up to the
     * figure: a sentence that speaks of a cluster and then of the economy ("深圳—香港—廣州…第二位,而香港的排名在
     * 亞洲保持第五位、在全球132個經濟體中排名第17位") gives the economy's place after naming it, and the cluster rule
     * does not reach it. Only with a word of the index before the place (經濟體中): a bare place in a sentence
     * about clusters ("中國擁有21個頂級科技集群,與美國并列第一", "德國排第三,有10個科技集群") ranks economies by
     * their clusters, not in the GII.
     */
    private boolean economyNamedLast(Context cx, Figure figure, Span sentence) {
        SubjectHit last = null;
        for (SubjectHit s : cx.subjectsIn(new Span(sentence.start(), figure.start()))) {
            if (s.kind().equals("cluster") || s.kind().equals("economy")) {
                last = s;
            }
        }
        return last != null && last.kind().equals("economy")
                && !cx.hasCueBefore(lexicon.clusterWords(), last.end(), figure.start());
    }

    /**
     * The subject is what another is compared with (grammar.tsv rival: "超越东京-横滨登顶全球第一", "仅次于英国剑桥地区,
     * 排名全球第二", "超越韩国首尔,跃居第三"): the place that follows is the other one's. Only places: shares in
     * brackets after the rival are the rival's ("超越东京-横滨(PCT占比10.3%但风投仅2.2%)").
     */
    private boolean isComparedWith(Context cx, SubjectHit s, Span sentence) {
        int from = Math.max(cx.clauseStart(sentence, s.start()), s.start() - 10);
        for (Cue cue : lexicon.grammar("rival")) {
            if (cue.lastIndexIn(cx.view, cx.lowered, from, s.start()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A locative word right after the count and its counter ("七個位于亞洲", "7个在亚洲", "three in Asia"). */
    private boolean startsWithLocative(Context cx, int at) {
        for (Cue cue : lexicon.grammar("locative")) {
            if (cue.indexWithin(cx.view, cx.lowered, at, at + cue.form().length()) == at) {
                return true;
            }
        }
        return false;
    }

    /** The words between a count and a subject say the count lies in it: only a locative ("in", "位于", "在"). */
    private boolean isLocative(Context cx, int from, int to) {
        if (to <= from || to - from > 16) {
            return false;
        }
        String between = cx.lowered.substring(from, to).strip();
        for (Cue cue : lexicon.grammar("locative")) {
            if (between.equals(cue.form())) {
                return true;
            }
        }
        return false;
    }

    /**
     * One figure said of each subject listed before it: 各 right before the figure ("韓國各有3個", "各為21個"), 分别
     * before a lone figure of its unit ("加拿大、日本、南韩则分别拥有3个"), or "each"/"apiece" after it in its clause
     * ("with four clusters each"). The subjects are those of a fitting kind between the figure before it in the
     * sentence (or the sentence start) and the figure; null when the sentence says no such thing or names fewer
     * than two subjects there.
     */
    private List<SubjectHit> each(Context cx, Figure figure, List<SubjectHit> inSentence, Span sentence) {
        if (figure.unit().equals("rank")) {
            // One place is one subject's: "內地與香港…分別穩佔第一、二位" lists places, it never shares one.
            return null;
        }
        int from = sentence.start();
        for (Figure f : cx.figuresIn(sentence.start(), figure.start())) {
            if (f.end() <= figure.start()) {
                from = Math.max(from, f.end());
            }
        }
        boolean said = false;
        for (Cue cue : lexicon.grammar("each")) {
            if (!cue.latin()) {
                int at = cue.lastIndexIn(cx.view, cx.lowered, Math.max(from, figure.start() - 4), figure.start());
                said |= at >= 0;
            } else {
                int end = figure.end();
                while (end < sentence.end() && end - figure.end() < 40 && !cx.clauseBreakBetween(end, end + 1)
                        && !cx.figureBetween(end, end + 1)) {
                    end++;
                }
                said |= cue.indexWithin(cx.view, cx.lowered, figure.end(), end) >= 0;
            }
        }
        if (!said) {
            int respectively = Cue.lastIndexWithin(cx.lowered, "分别", from, figure.start());
            boolean lone = cx.figuresIn(figure.end(), sentence.end()).stream()
                    .noneMatch(f -> f.unit().equals(figure.unit()) && !cx.clauseBreakBetween(figure.end(), f.start()));
            said = respectively >= 0 && lone;
        }
        if (!said) {
            return null;
        }
        final int start = from;
        List<SubjectHit> listed = new ArrayList<>();
        for (SubjectHit s : inSentence) {
            if (s.start() >= start && s.end() <= figure.start() && listed.stream().noneMatch(l -> l.id().equals(s.id()))) {
                listed.add(s);
            }
        }
        return listed.size() < 2 ? null : listed;
    }

    /**
     * "美國及德國分別有22個和7個", "內地與香港…分別穩佔第一、二位": k subjects, a distributive word, then k figures of
     * one unit; the i-th figure belongs to the i-th subject.
     */
    private List<SubjectHit> distributed(Context cx, Figure figure, List<SubjectHit> inSentence, Span sentence) {
        int cue = -1;
        for (Cue respectively : lexicon.grammar("respectively")) {
            String word = respectively.form();
            int at = Cue.lastIndexWithin(cx.lowered, word, sentence.start(), figure.start() + word.length());
            if (at >= sentence.start() && at > cue) {
                cue = at;
            }
        }
        if (cue < 0) {
            return null;
        }
        final int cueAt = cue;
        List<Figure> run = cx.figuresIn(cueAt + 1, sentence.end()).stream()
                .filter(f -> f.end() <= sentence.end() && f.unit().equals(figure.unit()))
                .toList();
        List<SubjectHit> subjects = inSentence.stream().filter(s -> s.end() <= cueAt).toList();
        if (run.size() < 2 || subjects.size() < run.size()) {
            return null;
        }
        List<SubjectHit> last = subjects.subList(subjects.size() - run.size(), subjects.size());
        if (last.stream().map(SubjectHit::id).distinct().count() < run.size()) {
            return null;
        }
        return List.of(last.get(run.indexOf(figure)));
    }

    /**
     * A top-N cut-off (五大, 前十, top 25: streaks.tsv) before the figure in its own sentence, or in the sentence
     * before (same paragraph) when this one picks its figures out of that group (grammar.tsv partitive: "four of
     * the top five ... centers ... One of the centers is in Japan, three in China").
     */
    private boolean topNCueInSentence(Context cx, Figure figure, Span sentence) {
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
    private boolean namesATier(Context cx, Figure figure) {
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
    private boolean picksMembers(Context cx, Figure figure, Span sentence) {
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
    private static boolean namedIndicatorBefore(Context cx, Figure figure, Span sentence) {
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
    private boolean inSubranking(Context cx, Figure figure, Span sentence) {
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

    /** A year or year range stated before the figure in its sentence, unless it is the edition's own year. */
    private String period(Context cx, Figure figure, Span sentence, String metric) {
        if (metric.equals("clusters_in_top_n")) {
            String best = null;
            int bestAt = -1;
            for (var entry : lexicon.topNCues().entrySet()) {
                for (Cue cue : entry.getValue()) {
                    int at = cue.lastIndexIn(cx.view, cx.lowered, cx.lookbackStart(figure), figure.start());
                    if (at > bestAt) {
                        bestAt = at;
                        best = entry.getKey();
                    }
                }
            }
            return best;
        }
        String before = cx.view.substring(sentence.start(), figure.start());
        Matcher range = YEAR_RANGE.matcher(before);
        String found = null;
        while (range.find()) {
            found = range.group(1) + "-" + range.group(2);
        }
        if (found != null) {
            return found;
        }
        Matcher year = YEAR.matcher(before);
        while (year.find()) {
            String y = year.group(1);
            if (!y.equals(cx.edition) && !isEditionName(before, year.end())) {
                found = y;
            }
        }
        return found;
    }

    private static boolean isEditionName(String text, int yearEnd) {
        String rest = text.substring(yearEnd, Math.min(text.length(), yearEnd + 8)).toLowerCase();
        return rest.matches("^\\s*年?\\s*(全球创新指数|global innovation).*");
    }

    /**
     * A cue of an earlier edition right before a place, with nothing between that moves it to this edition:
     * "去年排第二", "此前排名第5", "up from 21st", "last year's 17th" (time.tsv). "較去年上升15位至第83位" is not one:
     * 至 (to) leads to this edition's place.
     */
    private boolean previousCue(Context cx, Figure figure, Span sentence) {
        for (Cue cue : lexicon.previousCues()) {
            // Reach is counted from the cue's end, so a long cue ("after holding 36th spot") reaches as far as a short one.
            int from = Math.max(sentence.start(), figure.start() - PREVIOUS_REACH - cue.form().length());
            int at = cue.lastIndexIn(cx.view, cx.lowered, from, figure.start());
            if (at < 0) {
                continue;
            }
            String between = cx.lowered.substring(at + cue.form().length(), figure.start());
            if (!between.matches(".*(\\d|至|到|升|降|为|是| to |,|，|;).*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A year before the article's edition right after the place ("India was in the 46th position in 2021 and 81st
     * in 2015", "ranked 11th in 2022"): the place of that year's edition.
     */
    private static String earlierYearAfter(Context cx, Figure figure, Span sentence) {
        if (cx.edition == null) {
            return null;
        }
        Matcher m = YEAR_AFTER_PLACE.matcher(cx.lowered).region(figure.end(), Math.min(sentence.end(), figure.end() + 24));
        if (m.lookingAt() && Integer.parseInt(m.group(1)) < Integer.parseInt(cx.edition)) {
            return m.group(1);
        }
        return null;
    }

    /** "由第21躍升至第8", "from 21st to eighth", "從千餘家躍升至近4700家": the first of a from–to pair. */
    private boolean isFromValue(Context cx, Figure figure, Span sentence) {
        Figure next = cx.nextFigure(figure);
        return next != null && unitGroup(next.unit()) != null && unitGroup(next.unit()).equals(unitGroup(figure.unit()))
                && next.end() <= sentence.end() && next.start() - figure.end() <= 12
                && cx.hasCueBefore(lexicon.periodCues("change"), Math.max(sentence.start(), figure.start() - 12), figure.start());
    }

    /**
     * The N of "past N years" before the figure (1 where the streak names no number), or 0 for no streak. A
     * streak speaks of the first rank after it only: "過去5年…位居第二，…排第三" makes 第三 this year's.
     */
    private int streakYears(Context cx, Figure figure, Span sentence) {
        String before = cx.lowered.substring(sentence.start(), figure.start());
        for (Pattern streak : lexicon.streaks()) {
            Matcher m = streak.matcher(before);
            int last = -1;
            int years = 0;
            while (m.find()) {
                int n = m.group(1).isEmpty() ? Math.max(1, streakNumberNear(before)) : smallNumber(m.group(1));
                if (n >= 2 || m.group(1).isEmpty()) {
                    last = m.end();
                    years = n;
                }
            }
            if (last >= 0 && !cx.rankBetween(sentence.start() + last, figure.start())) {
                return Math.max(1, years);
            }
        }
        return 0;
    }

    /**
     * A streak before the place that is over by the article's edition: its sentence says it ended (streaks.tsv
     * {@code ended}: 打破, 榜首, after holding), or it began in a year (自2020年起) whose N years end before the
     * edition. A streak that goes on ("連續五年蟬聯全球第二位" in a 2024 report) states the current place.
     */
    private boolean streakEnded(Context cx, Figure figure, Span sentence, String subject) {
        int years = streakYears(cx, figure, sentence);
        if (years <= 0) {
            return false;
        }
        for (Cue ended : lexicon.periodCues("ended")) {
            for (int at = ended.indexWithin(cx.view, cx.lowered, sentence.start(), sentence.end()); at >= 0;
                 at = ended.indexWithin(cx.view, cx.lowered, at + 1, sentence.end())) {
                // An end said in a clause about another cluster is that one's ("深圳—香港—廣州連續四年成為全球第二大
                // 科技集群,東京—橫濱(日本)位列榜首": Tokyo heads the list, the streak goes on); one about the same
                // cluster or none ends it ("连续五年位列该排行榜第二名,“深圳—香港—广州”集群今年为何能首次登顶").
                Span clause = new Span(cx.clauseStart(sentence, at), at);
                // A cluster it is compared with is not the one the clause speaks of ("今年力壓東京-橫濱集群稱冠").
                if (cx.subjectsIn(clause).stream().noneMatch(s -> s.kind().equals("cluster") && !s.id().equals(subject)
                        && !isComparedWith(cx, s, sentence))) {
                    return true;
                }
            }
        }
        Matcher since = SINCE_YEAR.matcher(cx.lowered.substring(sentence.start(), figure.start()));
        if (since.find() && cx.edition != null) {
            return Integer.parseInt(since.group(1)) + years - 1 < Integer.parseInt(cx.edition);
        }
        return false;
    }

    private static int streakNumberNear(String before) {
        Matcher m = STREAK_YEARS.matcher(before);
        return m.find() ? smallNumber(m.group(1)) : 0;
    }

    private static int smallNumber(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        Integer n = SMALL_NUMBERS.get(s);
        return n == null ? 0 : n;
    }

    private String previousPeriod(Context cx, Figure figure, Span sentence) {
        String stated = period(cx, figure, sentence, "rank_previous");
        if (stated != null) {
            return stated;
        }
        if (cx.edition == null) {
            return null;
        }
        int edition = Integer.parseInt(cx.edition);
        int years = streakYears(cx, figure, sentence);
        return years > 1 ? (edition - years) + "-" + (edition - 1) : String.valueOf(edition - 1);
    }

    /** The Global Innovation Index edition an article reports, with the default lexicon's release month. */
    public static String edition(String loweredView, java.time.LocalDate published) {
        return edition(loweredView, published, DEFAULT_EDITION_NAME, DEFAULT_RELEASE_MONTH);
    }

    /**
     * The edition an article reports: the year it names with the index's name most often ("GII 2024",
     * "2024年全球創新指數"); else the year of its publication date, less one before the release month (an article
     * of March 2026 reports the 2025 edition); else the year its text names most often.
     */
    static String edition(String loweredView, java.time.LocalDate published, Pattern editionName, int releaseMonth) {
        Matcher m = editionName.matcher(loweredView);
        Map<String, Integer> counts = new java.util.HashMap<>();
        while (m.find()) {
            counts.merge(m.group(1) != null ? m.group(1) : m.group(2), 1, Integer::sum);
        }
        if (!counts.isEmpty()) {
            return mostFrequent(counts);
        }
        if (published != null) {
            return String.valueOf(published.getMonthValue() >= releaseMonth ? published.getYear() : published.getYear() - 1);
        }
        Matcher year = YEAR.matcher(loweredView);
        while (year.find()) {
            counts.merge(year.group(1), 1, Integer::sum);
        }
        return counts.isEmpty() ? null : mostFrequent(counts);
    }

    /** The most frequent key; the later year on a tie (an article names the edition it reports more recently). */
    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }

    static String unitGroup(String unit) {
        return switch (unit) {
            case "%", "count", "rank", "per_million", "score" -> unit;
            case "HKD", "USD", "CNY", "EUR", "JPY", "GBP", "TWD", "MOP" -> "money";
            default -> null;
        };
    }

    /** Everything about one article the rules look at, in matching-view offsets. */
    static final class Context {
        final ArticleFacts article;
        final MatchingView matching;
        final String view;
        final String lowered;
        final List<Figure> figures;
        final List<SubjectHit> subjects;
        final List<Span> sentences;
        final List<Span> paragraphs;
        final String edition;
        private final ClaimLexicon lexicon;
        private final int[] figureStarts;
        private final java.util.Map<Figure, Integer> figureIndex = new java.util.IdentityHashMap<>();
        private final int[] sentenceStarts;
        private final int[] paragraphStarts;
        private int[] subjectStarts;
        private final int[] mentionStarts;

        Context(ArticleFacts article, ClaimLexicon lexicon) {
            this.article = article;
            this.matching = article.text().matchingView();
            this.view = matching.text();
            this.lowered = Cue.lower(view);
            this.figures = article.figures().stream().sorted(Comparator.comparingInt(Figure::start)).toList();
            this.paragraphs = article.text().paragraphs().stream()
                    .map(p -> new Span(matching.fromOriginal(p.start()), matching.fromOriginal(p.end()))).toList();
            this.sentences = atFootnotes(withinParagraphs(article.text().sentences().stream().map(this::toView).toList(),
                    paragraphs), view);
            this.figureStarts = figures.stream().mapToInt(Figure::start).toArray();
            for (int i = 0; i < figures.size(); i++) {
                figureIndex.put(figures.get(i), i);
            }
            this.sentenceStarts = sentences.stream().mapToInt(Span::start).toArray();
            this.paragraphStarts = paragraphs.stream().mapToInt(Span::start).toArray();
            this.mentionStarts = article.mentions().stream().mapToInt(m -> matching.fromOriginal(m.start())).sorted().toArray();
            this.subjects = SubjectFinder.find(this, lexicon);
            this.lexicon = lexicon;
            this.subjectStarts = subjects.stream().mapToInt(SubjectHit::start).toArray();
            this.edition = edition();
        }

        /**
         * Sentences cut at paragraph ends. A sentence never runs into the next paragraph, but the splitter
         * joins them when a paragraph ends in a closing quotation mark with no break it recognises
         * ("…creative goods exports.”⏎⏎The ministry said Kuala Lumpur … at 96th place."): a figure of the second
         * paragraph would otherwise take the first paragraph's subjects, and the first's figures the second's.
         */
        private static List<Span> withinParagraphs(List<Span> sentences, List<Span> paragraphs) {
            if (paragraphs.size() < 2) {
                return sentences;
            }
            List<Span> cut = new ArrayList<>(sentences.size());
            int p = 0;
            for (Span s : sentences) {
                int start = s.start();
                while (p < paragraphs.size() && paragraphs.get(p).end() <= start) {
                    p++;
                }
                int q = p;
                while (q < paragraphs.size() && paragraphs.get(q).start() < s.end()) {
                    Span para = paragraphs.get(q);
                    int from = Math.max(start, para.start());
                    int to = Math.min(s.end(), para.end());
                    if (to > from) {
                        cut.add(new Span(from, to));
                    }
                    q++;
                }
                if (q == p) {
                    cut.add(s);
                }
            }
            return cut;
        }

        /**
         * Sentences cut after a footnote mark followed by a space ("…集群位居第45位 [1] - "澳门-珠海"集群在…"):
         * summaries scraped from reference pages end each statement with its source mark and run the next on
         * in the same line, so the splitter sees one sentence where the page has several (a streak of one
         * statement would then reach the places of the next).
         */
        private static List<Span> atFootnotes(List<Span> sentences, String view) {
            List<Span> cut = new ArrayList<>(sentences.size());
            for (Span s : sentences) {
                int start = s.start();
                Matcher m = FOOTNOTE_MARK.matcher(view).region(s.start(), s.end());
                while (m.find()) {
                    if (m.end() < s.end() && m.end() > start) {
                        cut.add(new Span(start, m.end()));
                        start = m.end();
                    }
                }
                cut.add(new Span(start, s.end()));
            }
            return cut;
        }

        /**
         * The part of a sentence or paragraph within {@link #REACH} of the figure. Every rule looks at the
         * figure's neighbourhood only; bounding it keeps binding linear in the text when a "sentence" runs for
         * a megabyte (text without punctuation, 第一 repeated), where each figure would otherwise rescan it.
         * News sentences are far shorter, so real articles see whole sentences.
         */
        Span near(Span span, Figure figure) {
            return new Span(Math.max(span.start(), figure.start() - REACH), Math.max(Math.max(span.start(),
                    figure.start() - REACH), Math.min(span.end(), figure.end() + REACH)));
        }

        /** Where a look back for cues before the figure starts: its paragraph, at most {@link #REACH} back. */
        int lookbackStart(Figure figure) {
            return Math.max(paragraphOf(figure.start()).start(), figure.start() - REACH);
        }

        /** Figures that start in [from, to), from the sorted starts. */
        List<Figure> figuresIn(int from, int to) {
            int i = firstAtOrAfter(figureStarts, from);
            int j = firstAtOrAfter(figureStarts, to);
            return i >= j ? List.of() : figures.subList(i, j);
        }

        /** Subjects that lie inside the span. */
        List<SubjectHit> subjectsIn(Span span) {
            int i = firstAtOrAfter(subjectStarts, span.start());
            int j = firstAtOrAfter(subjectStarts, span.end());
            List<SubjectHit> in = new ArrayList<>();
            for (int k = i; k < j; k++) {
                if (subjects.get(k).end() <= span.end()) {
                    in.add(subjects.get(k));
                }
            }
            return in;
        }

        /** Index of the first value at or after {@code key} in a sorted array (its length when none). */
        private static int firstAtOrAfter(int[] sorted, int key) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Index of the span of a sorted, non-overlapping list that contains {@code at}, or -1. */
        private static int containing(int[] starts, List<Span> spans, int at) {
            int i = firstAtOrAfter(starts, at + 1) - 1;
            return i >= 0 && spans.get(i).start() <= at && at < spans.get(i).end() ? i : -1;
        }

        private Span toView(Sentence s) {
            return new Span(matching.fromOriginal(s.start()), matching.fromOriginal(s.end()));
        }

        Span sentenceOf(int at) {
            int i = containing(sentenceStarts, sentences, at);
            if (i >= 0) {
                return sentences.get(i);
            }
            return paragraphOf(at);
        }

        Span paragraphOf(int at) {
            int i = containing(paragraphStarts, paragraphs, at);
            if (i >= 0) {
                return paragraphs.get(i);
            }
            return new Span(0, view.length());
        }

        boolean hasCueBefore(List<Cue> cues, int from, int before) {
            for (Cue cue : cues) {
                if (cue.lastIndexIn(view, lowered, Math.max(0, from), before) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /** Where the clause holding {@code at} starts: after the last clause break before it in the sentence. */
        int clauseStart(Span sentence, int at) {
            for (int i = at - 1; i >= sentence.start(); i--) {
                if (clauseBreakBetween(i, i + 1)) {
                    return i + 1;
                }
            }
            return sentence.start();
        }

        /** The sentence before this one when it lies in the same paragraph, else null. */
        Span previousSentenceInParagraph(Span sentence) {
            int i = firstAtOrAfter(sentenceStarts, sentence.start()) - 1;
            if (i < 0) {
                return null;
            }
            Span previous = sentences.get(i);
            return paragraphOf(previous.start()).equals(paragraphOf(sentence.start())) ? previous : null;
        }

        boolean clauseBreakBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = view.charAt(i);
                if (c == ',' || c == '。' || c == ';' || c == '、' || c == '\n') {
                    return true;
                }
            }
            return false;
        }

        boolean figureBetween(int from, int to) {
            return !figuresIn(from, to).isEmpty();
        }

        boolean rankBetween(int from, int to) {
            return figuresIn(from, to).stream().anyMatch(f -> f.end() <= to && f.unit().equals("rank"));
        }

        Figure nextFigure(Figure figure) {
            Integer indexed = figureIndex.get(figure);
            int i = indexed == null ? figures.indexOf(figure) : indexed;
            return i >= 0 && i + 1 < figures.size() ? figures.get(i + 1) : null;
        }

        /** Whether any subject or named organisation or person stands in the span. */
        boolean namesAnything(Span span) {
            boolean subject = !subjectsIn(span).isEmpty();
            int m = firstAtOrAfter(mentionStarts, span.start());
            return subject || m < mentionStarts.length && mentionStarts[m] < span.end();
        }

        SubjectHit firstSubjectOfPreviousSentence(Set<String> kinds, Span sentence, int lookback) {
            for (int i = firstAtOrAfter(sentenceStarts, sentence.start()) - 1; i >= 0; i--) {
                Span s = sentences.get(i);
                if (s.end() > sentence.start()) {
                    continue;
                }
                if (s.end() < sentence.start() - lookback) {
                    return null;
                }
                for (SubjectHit hit : subjectsIn(s)) {
                    if (kinds.contains(hit.kind())) {
                        return hit;
                    }
                }
            }
            return null;
        }

        SubjectHit lastSubjectBefore(Set<String> kinds, int from, int before) {
            SubjectHit last = null;
            for (SubjectHit s : subjects) {
                if (s.start() >= from && s.end() <= before && kinds.contains(s.kind())) {
                    last = s;
                }
            }
            return last;
        }

        /** What "園區" or "the fund" refers to: the last park or fund named in full before it. */
        SubjectHit antecedent(SubjectHit anaphor) {
            SubjectHit last = null;
            for (SubjectHit s : subjects) {
                if (s.end() <= anaphor.start() && s.kind().equals(anaphor.kind()) && !s.anaphor()) {
                    last = s;
                }
            }
            return last == null ? null : new SubjectHit(last.id(), last.kind(), anaphor.start(), anaphor.end(), false);
        }

        /**
         * "園區首期入駐企業" is about the park's first phase: the phase word nearest before the figure decides
         * (二期 in "首期…，二期擴容七成" speaks of the park's growth as a whole).
         */
        SubjectHit withPhase(SubjectHit subject, Figure figure) {
            if (!subject.kind().equals("park") || subject.end() > figure.start()) {
                return subject;
            }
            Matcher m = PHASE.matcher(lowered.substring(subject.end(), figure.start()));
            String last = null;
            while (m.find()) {
                last = m.group(1);
            }
            if (last != null && PHASE_ONE.matcher(last).matches()) {
                return new SubjectHit(subject.id() + " (phase 1)", subject.kind(), subject.start(), subject.end(), false);
            }
            return subject;
        }

        private String edition() {
            return ClaimBinder.edition(lowered, article.published(), lexicon.editionName(), lexicon.releaseMonth());
        }

        /** A headline: the article's first paragraph when it is one short sentence (a title line). */
        boolean isHeadline(Span sentence) {
            if (paragraphs.isEmpty()) {
                return false;
            }
            Span first = paragraphs.get(0);
            return sentence.start() >= first.start() && sentence.end() <= first.end() + 1
                    && first.end() - first.start() <= HEADLINE_MAX && sentenceOf(first.start()).end() >= first.end();
        }

        Claim claim(Figure figure, String subject, String metric, String period, String scope, Binding binding,
                    double confidence) {
            Span span = matching.toOriginal(figure.start(), figure.end());
            String text = article.text().text();
            String saidBy = null;
            for (Attribution quote : article.quotes()) {
                if (quote.covers(span.start(), span.end())) {
                    saidBy = quote.speaker();
                    break;
                }
            }
            Span sentence = sentenceOf(figure.start());
            Span sentenceText = matching.toOriginal(sentence.start(), Math.max(sentence.start(), sentence.end()));
            return new Claim(ClaimIds.of(article.sha256() == null ? article.doc() : article.sha256(), span.start(),
                    span.end(), metric, subject), article.doc(), subject, metric, figure.value(), figure.unit(),
                    figure.qualifierCode(), period, scope, saidBy, span.start(), span.end(), span.coveredText(text),
                    sentenceText.coveredText(text), article.outlet(),
                    article.published() == null ? null : article.published().toString(), binding.id(), confidence);
        }
    }

    /** The mentions a claim can be about, in view offsets: clusters from the mention extractor, the rest from subjects.tsv. */
    static final class SubjectFinder {
        static List<SubjectHit> find(Context cx, ClaimLexicon lexicon) {
            List<SubjectHit> hits = new ArrayList<>();
            boolean[] taken = new boolean[cx.view.length() + 1];
            for (Mention m : cx.article.mentions()) {
                if (m.isCluster()) {
                    int start = cx.matching.fromOriginal(m.start());
                    int end = cx.matching.fromOriginal(m.end());
                    hits.add(new SubjectHit(m.id(), "cluster", start, end, false));
                    mark(taken, start, end);
                }
            }
            for (ClaimLexicon.SubjectName name : lexicon.subjects()) {
                for (int at = name.cue().indexIn(cx.view, cx.lowered, 0); at >= 0;
                     at = name.cue().indexIn(cx.view, cx.lowered, at + 1)) {
                    int end = at + name.cue().form().length();
                    if (!anyTaken(taken, at, end)) {
                        hits.add(new SubjectHit(name.id(), name.kind(), at, end, name.anaphor()));
                        mark(taken, at, end);
                    }
                }
            }
            hits.sort(Comparator.comparingInt(SubjectHit::start));
            return withPlaceAnaphors(cx, lexicon, hits, taken);
        }

        /**
         * "The city" (grammar.tsv anaphor) stands for the place named last before it, a cluster or an economy:
         * it takes that subject's id and kind, and names nothing when no place came before.
         */
        private static List<SubjectHit> withPlaceAnaphors(Context cx, ClaimLexicon lexicon, List<SubjectHit> hits,
                                                          boolean[] taken) {
            List<SubjectHit> anaphors = new ArrayList<>();
            for (Cue cue : lexicon.grammar("anaphor")) {
                for (int at = cue.indexIn(cx.view, cx.lowered, 0); at >= 0; at = cue.indexIn(cx.view, cx.lowered, at + 1)) {
                    int end = at + cue.form().length();
                    if (anyTaken(taken, at, end)) {
                        continue;
                    }
                    SubjectHit last = null;
                    for (SubjectHit h : hits) {
                        if (h.end() > at) {
                            break;
                        }
                        if (!h.anaphor() && (h.kind().equals("cluster") || h.kind().equals("economy"))) {
                            last = h;
                        }
                    }
                    if (last != null) {
                        anaphors.add(new SubjectHit(last.id(), last.kind(), at, end, false));
                        mark(taken, at, end);
                    }
                }
            }
            if (anaphors.isEmpty()) {
                return hits;
            }
            List<SubjectHit> all = new ArrayList<>(hits);
            all.addAll(anaphors);
            all.sort(Comparator.comparingInt(SubjectHit::start));
            return all;
        }

        private static void mark(boolean[] taken, int start, int end) {
            for (int i = start; i < end && i < taken.length; i++) {
                taken[i] = true;
            }
        }

        private static boolean anyTaken(boolean[] taken, int start, int end) {
            for (int i = start; i < end; i++) {
                if (taken[i]) {
                    return true;
                }
            }
            return false;
        }
    }
}
