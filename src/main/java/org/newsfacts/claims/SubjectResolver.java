package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a figure is about, once its metric is known: the nearest subject of a kind the metric is said of, before
 * the figure in its sentence (else after it; after a copula or a locative, the one after), else the first of the
 * sentence before; lists pair subjects and figures element by element (各, 分別, respectively). Says how the
 * subject was found ({@link Binding}) and how sure that is.
 */
final class SubjectResolver {
    private static final String EDITION_KIND = "edition";
    /** Confidence a binding loses when its sentence names another subject of a kind the metric fits. */
    private static final double RIVAL_SUBJECT = 0.2;
    /** How far back a subject named in an earlier paragraph may still be what a figure is about. */
    private static final int SUBJECT_LOOKBACK = 300;
    /** How far before a figure a word of togetherness still speaks of it ("Together, these clusters account for nearly"). */
    private static final int TOGETHER_REACH = 60;


    private final ClaimLexicon lexicon;
    private final ListAlignment lists;

    SubjectResolver(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
        this.lists = new ListAlignment(lexicon);
    }

    /** The subjects a figure is bound to, how they were found and how sure that is. */
    record Bound(List<SubjectHit> subjects, Binding binding, double confidence) {
        static final Bound NONE = new Bound(List.of(), null, 0);
    }

    /** The subjects a figure speaks of: usually one; several when a list pairs subjects and figures in order. */
    Bound subjectsFor(BindContext cx, Figure figure, ClaimLexicon.MetricRule rule, Span sentence) {
        if (rule.subjectKinds().contains(EDITION_KIND)) {
            // "在全球132個經濟體中", "among the 132 countries": said of the edition the article reports.
            return cx.edition == null ? Bound.NONE : new Bound(List.of(new SubjectHit(lexicon.editionSubject(cx.edition), EDITION_KIND,
                    figure.start(), figure.start(), false)), Binding.CLAUSE, Binding.CLAUSE.base() - 0.1);
        }
        // A place or score in the index of economies (metric-roles.tsv economy-index) read in a sentence about
        // clusters is the cluster's ("Kuala Lumpur ranked 93rd ... Malaysia", dev2 22-25).
        if (lexicon.roles().economyIndex(rule.metric())
                && !(rule.where() != ClaimLexicon.Where.DEFAULT && economyNamedLast(cx, figure, sentence)
                && !clusterWordAfterIndexWord(cx, figure, rule, sentence))
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
        List<SubjectHit> distributed = lists.pair(cx, figure, inSentence, sentence);
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
            } else if (after == null && s.start() >= figure.end()
                    && !(figure.unit().equals("rank") && isComparedWith(cx, s, sentence))
                    && !cx.hasCueBefore(lexicon.grammar("contrast"), figure.end(), s.start())) {
                after = s;
            }
        }
        // "国内排名从第11升至第9位(超越天津和长沙)" (dev2 03), "超越韩国首尔,跃居第三" (dev2 18): a place the sentence
        // gives only beside the places it overtook is still the one of the subject the text spoke of before.
        List<SubjectHit> rivals = figure.unit().equals("rank")
                ? cx.subjectsIn(sentence).stream().filter(s -> isComparedWith(cx, s, sentence)).toList() : List.of();
        // "排第三的是聖荷西-三藩市集群": what follows the copula is what the figure is about.
        // (function-words.tsv copula, after an attributive 的 or not)
        int afterDe = figure.end() < cx.view.length() && lexicon.isWord("attributive", cx.view.charAt(figure.end()))
                ? figure.end() + 1 : figure.end();
        boolean copula = afterDe < cx.view.length() && lexicon.isWord("copula", cx.view.charAt(afterDe));
        // "three in China", "三個位于美國": a count of what lies in the subject right after it (grammar.tsv locative).
        // The locative may start with a counter word's character: 位 of "三個位于美國" (dev2 15) is also a counter.
        int counted = CountedNoun.start(cx, figure, lexicon);
        int next = figure.end();
        while (next < cx.view.length() && cx.view.charAt(next) == ' ') {
            next++;
        }
        boolean locative = after != null && (isLocative(cx, counted, after.start()) || isLocative(cx, next, after.start()));
        if (!locative && figure.unit().equals("count") && (startsWithLocative(cx, counted) || startsWithLocative(cx, next))) {
            // "有七個位于亞洲,三個位于美國": a count in a place that is no subject of ours (Asia) has none.
            return Bound.NONE;
        }
        // "亚洲占据七席,而美国则占据其余三席" (dev2 18), "Germany, with nine clusters, is the nation with the third most;
        // Munich ranks as the biggest" (dev2 11): a subject named only in a later clause starts a statement of its own
        // when the sentence named something before the figure. A sentence that opens with its predicate names its
        // subject after the comma ("连续五年位列该排行榜第二名,“深圳—香港—广州”集群今年为何能首次登顶", dev2 35).
        SubjectHit laterClause = after != null && cx.clauseBreakBetween(figure.end(), after.start())
                && namedBefore(cx, figure, sentence, after) ? null : after;
        SubjectHit chosen = (copula || locative || countedIn(cx, figure, counted, after)) && after != null ? after
                : before != null ? before : laterClause;
        Binding binding;
        if (chosen != null) {
            binding = cx.isHeadline(sentence) ? Binding.HEADLINE
                    : cx.clauseBreakBetween(Math.min(chosen.end(), figure.end()), Math.max(chosen.start(), figure.start()))
                    ? Binding.SENTENCE : Binding.CLAUSE;
        } else if (!cx.namesAnythingBut(sentence, rivals) && !(rule.where() == ClaimLexicon.Where.DEFAULT
                && !rule.subjectKinds().contains("cluster"))) {
            // An economy's place read with no index word (gii_rank default) takes no subject from the sentence
            // before: with neither the metric nor the subject said, it would be a guess twice over (a table's
            // bare "1 8 10" under a paragraph about Hong Kong).
            // The sentence goes on about the subject of the one before ("…集群連續五年位居全球第二…。2025年，
            // 憑藉PCT專利申請量(占全球12%)…"): take that sentence's first subject of a fitting kind.
            // A place, not the ranking as a whole: "…百強創新集群，「深圳─香港─廣州」集群排名全球第一。該集群的PCT…佔全球9%"
            // goes on about the cluster; the ranking is said of in its own sentence only.
            Set<String> kinds = new java.util.HashSet<>(rule.subjectKinds());
            kinds.remove("ranking");
            chosen = cx.firstSubjectOfPreviousSentence(kinds, sentence, SUBJECT_LOOKBACK);
            binding = Binding.PREVIOUS_SENTENCE;
        } else {
            binding = null;
        }
        if (chosen == null || !chosen.kind().equals("ranking") && saidTogether(cx, figure, sentence)) {
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
        return new Bound(List.of(withPhase(cx, chosen, figure)), binding, confidence);
    }

    /**
     * The figure is said of several subjects at once (grammar.tsv together: "Together, these clusters account for
     * nearly 20% of global PCT applications", "兩者合計…五分之一"): a combined share or count is no one subject's,
     * neither one named in the sentence nor the one of the sentence before. The ranking's own groups (the top 100
     * "collectively account for roughly 70%") are one subject and keep it.
     */
    private boolean saidTogether(BindContext cx, Figure figure, Span sentence) {
        return cx.hasCueBefore(lexicon.grammar("together"), Math.max(sentence.start(), figure.start() - TOGETHER_REACH),
                figure.start());
    }

    /**
     * The place named last before the figure is an economy, with no cluster or cluster word after it up to the
     * figure: a sentence that speaks of a cluster and then of the economy ("深圳—香港—廣州…第二位,而香港的排名在
     * 亞洲保持第五位、在全球132個經濟體中排名第17位") gives the economy's place after naming it, and the cluster rule
     * does not reach it. Only with a word of the index before the place (經濟體中): a bare place in a sentence
     * about clusters ("中國擁有21個頂級科技集群,與美國并列第一", "德國排第三,有10個科技集群") ranks economies by
     * their clusters, not in the GII.
     */
    private boolean economyNamedLast(BindContext cx, Figure figure, Span sentence) {
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
     * The sentence names a subject other than {@code later} before the figure, or a region (grammar.tsv subranking)
     * in the figure's clause: what the figure's clause speaks of is not {@code later}.
     */
    private boolean namedBefore(BindContext cx, Figure figure, Span sentence, SubjectHit later) {
        return cx.subjectsIn(new Span(sentence.start(), figure.start())).stream().anyMatch(s -> !s.anaphor() && !s.id().equals(later.id()))
                || cx.hasCueBefore(lexicon.grammar("subranking"), cx.clauseStart(sentence, figure.start()), figure.start());
    }

    /**
     * A cluster word stands between the index's word and the place: the sentence named the index and then went on
     * to clusters, so a place after an economy is the economy's by its clusters, not its GII place ("發布了2022年
     * "全球創新指數"報告的部分內容…其中顯示中國擁有21個世界領先的科技集群,在數量上首次追平美國,并列世界第一", dev2 01),
     * whereas "香港的排名…在全球132個經濟體中排名第17位" (dev2 07) names the index right before the place.
     */
    private boolean clusterWordAfterIndexWord(BindContext cx, Figure figure, ClaimLexicon.MetricRule rule, Span sentence) {
        int indexWord = -1;
        for (Cue cue : rule.cues()) {
            indexWord = Math.max(indexWord, cue.lastIndexIn(cx.view, cx.lowered, sentence.start(), figure.start()));
        }
        return indexWord >= 0 && cx.hasCueBefore(lexicon.clusterWords(), indexWord, figure.start());
    }

    /**
     * The subject is what another is compared with (grammar.tsv rival: "超越东京-横滨登顶全球第一", "仅次于英国剑桥地区,
     * 排名全球第二", "超越韩国首尔,跃居第三"): the place that follows is the other one's. Only places: shares in
     * brackets after the rival are the rival's ("超越东京-横滨(PCT占比10.3%但风投仅2.2%)").
     */
    boolean isComparedWith(BindContext cx, SubjectHit s, Span sentence) {
        int from = Math.max(cx.clauseStart(sentence, s.start()), s.start() - 10);
        for (Cue cue : lexicon.grammar("rival")) {
            if (cue.lastIndexIn(cx.view, cx.lowered, from, s.start()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * An economy named between a count and the clusters it counts is whose they are: "versus 8 U.S. clusters"
     * (dev2 14), "three Chinese hubs" (dev2 04), "三個中國集群" (dev2 01), whatever subject the sentence named before.
     */
    private boolean countedIn(BindContext cx, Figure figure, int counted, SubjectHit after) {
        if (after == null || !figure.unit().equals("count") || !after.kind().equals("economy")
                || !cx.view.substring(Math.min(counted, after.start()), after.start()).isBlank()) {
            return false;
        }
        int noun = after.end();
        while (noun < cx.view.length() && cx.view.charAt(noun) == ' ') {
            noun++;
        }
        // The counted noun is one a count metric names after its figure (metrics.tsv after: clusters, hubs, 集群).
        for (ClaimLexicon.MetricRule rule : lexicon.metrics()) {
            if (rule.unit().equals("count") && rule.cueAfter()) {
                for (Cue word : rule.cues()) {
                    if (word.indexWithin(cx.view, cx.lowered, noun, noun + word.form().length()) == noun) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A locative word right after the count and its counter ("七個位于亞洲", "7个在亚洲", "three in Asia"). */
    private boolean startsWithLocative(BindContext cx, int at) {
        for (Cue cue : lexicon.grammar("locative")) {
            if (cue.indexWithin(cx.view, cx.lowered, at, at + cue.form().length()) == at) {
                return true;
            }
        }
        return false;
    }

    /** The words between a count and a subject say the count lies in it: only a locative ("in", "位于", "在"). */
    private boolean isLocative(BindContext cx, int from, int to) {
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
    private List<SubjectHit> each(BindContext cx, Figure figure, List<SubjectHit> inSentence, Span sentence) {
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
            // A figure that opens a list of figures ("分別佔全球總量4%、2.5%及2.4%", 明報 2025-09-01; "分列第四、第五",
            // dev2 36) is paired element by element (ListAlignment), never shared.
            boolean lone = lists.lastJoined(cx, figure) == figure && cx.figuresIn(figure.end(), sentence.end()).stream()
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
     * A park's subject read after a phase word (models/claims/phases.tsv): "園區首期入駐企業" is about the park's
     * first phase; the phase word nearest before the figure decides (二期 in "首期…，二期擴容七成" speaks of the
     * park's growth as a whole).
     */
    SubjectHit withPhase(BindContext cx, SubjectHit subject, Figure figure) {
        if (!subject.kind().equals("park") || subject.end() > figure.start()) {
            return subject;
        }
        String suffix = lexicon.phaseSuffix(cx.view, cx.lowered, subject.end(), figure.start());
        if (suffix == null || suffix.isEmpty()) {
            return subject;
        }
        return new SubjectHit(subject.id() + " " + suffix, subject.kind(), subject.start(), subject.end(), false);
    }
}
