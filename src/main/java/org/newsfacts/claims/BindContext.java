package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.MatchingView;
import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything about one article the binding rules look at, in matching-view offsets: its figures in order, the
 * subjects it names, its sentences and paragraphs, and the edition it reports. Built once per article; the
 * metric, subject and period resolvers only read it.
 */
final class BindContext {
    /** How far from a figure, in characters, binding looks for cues and subjects (see {@link #near}). */
    static final int REACH = 600;
    /** The longest first paragraph still read as a headline (title lines run to 60-odd characters). */
    private static final int HEADLINE_MAX = 90;
    /** A footnote mark with the space after it ("位居第45位 [1] - "): the statement before it has ended. */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\d{1,3}\\]\\s+");

    final ArticleFacts article;
    final MatchingView matching;
    final String view;
    final String lowered;
    final List<Figure> figures;
    final List<SubjectHit> subjects;
    final List<Span> sentences;
    final List<Span> paragraphs;
    final String edition;
    private final int[] figureStarts;
    private final java.util.Map<Figure, Integer> figureIndex = new java.util.IdentityHashMap<>();
    private final int[] sentenceStarts;
    private final int[] paragraphStarts;
    private int[] subjectStarts;
    private final int[] mentionStarts;

    BindContext(ArticleFacts article, ClaimLexicon lexicon) {
        this.article = article;
        this.matching = article.text().matchingView();
        this.view = matching.text();
        this.lowered = Cue.lower(view);
        this.figures = article.figures().stream().sorted(Comparator.comparingInt(Figure::start)).toList();
        // The article's one projection of paragraphs and sentences into the view, shared with the other stages.
        this.paragraphs = article.text().view().paragraphs().stream().map(p -> new Span(p.start(), p.end())).toList();
        this.sentences = atFootnotes(withinParagraphs(article.text().view().sentences().stream()
                .map(s -> new Span(s.start(), s.end())).toList(), paragraphs), view);
        this.figureStarts = figures.stream().mapToInt(Figure::start).toArray();
        for (int i = 0; i < figures.size(); i++) {
            figureIndex.put(figures.get(i), i);
        }
        this.sentenceStarts = sentences.stream().mapToInt(Span::start).toArray();
        this.paragraphStarts = paragraphs.stream().mapToInt(Span::start).toArray();
        this.mentionStarts = article.mentions().stream().mapToInt(m -> matching.fromOriginal(m.start())).sorted().toArray();
        this.edition = PeriodResolver.edition(lowered, article.published(), lexicon.editionName(),
                lexicon.releaseMonth());
        this.subjects = SubjectFinder.find(this, lexicon);
        this.subjectStarts = subjects.stream().mapToInt(SubjectHit::start).toArray();
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

    /** Whether the span names any subject, organisation or person outside the {@code except} subjects' spans. */
    boolean namesAnythingBut(Span span, List<SubjectHit> except) {
        if (except.isEmpty()) {
            return namesAnything(span);
        }
        if (subjectsIn(span).stream().anyMatch(s -> !except.contains(s))) {
            return true;
        }
        for (int m = firstAtOrAfter(mentionStarts, span.start()); m < mentionStarts.length && mentionStarts[m] < span.end(); m++) {
            final int at = mentionStarts[m];
            if (except.stream().noneMatch(s -> s.start() <= at && at < s.end())) {
                return true;
            }
        }
        return false;
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
            boolean other = false;
            for (SubjectHit hit : subjectsIn(s)) {
                if (kinds.contains(hit.kind())) {
                    return hit;
                }
                other |= !hit.anaphor() && (hit.kind().equals("cluster") || hit.kind().equals("economy"));
            }
            if (other && figureBetween(s.start(), s.end())) {
                // The text went on to give figures of a place of another kind: "香港緊貼其後,名列第11…。投入分類指數…
                // 排名上升一位至第7" (master-insight.com/article/21625, 2020) speaks of Hong Kong, not of the cluster
                // two paragraphs before; "目前,合肥布局大科学装置12个" (合肥发布 via 360doc.cn, 2022) is no count of
                // a China named a paragraph before the city's own figures. A sentence that names no place (a
                // quote's frame) or names one only in passing, with no figure ("香港保留…；深圳提供…", corpus 003,
                // before "首期入駐率9成" of the park named first), does not stop it.
                return null;
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

    /** A headline: the article's first paragraph when it is one short sentence (a title line). */
    boolean isHeadline(Span sentence) {
        if (paragraphs.isEmpty()) {
            return false;
        }
        Span first = paragraphs.get(0);
        return sentence.start() >= first.start() && sentence.end() <= first.end() + 1
                && first.end() - first.start() <= HEADLINE_MAX && sentenceOf(first.start()).end() >= first.end();
    }

}
