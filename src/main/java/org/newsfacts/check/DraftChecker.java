package org.newsfacts.check;

import org.newsfacts.claims.Claim;
import org.newsfacts.output.ClaimsWriter;
import org.newsfacts.claims.MetricLabels;
import org.newsfacts.claims.MetricRoles;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.records.FigureRecord;
import org.newsfacts.reconcile.Display;
import org.newsfacts.reconcile.Explanations;
import org.newsfacts.reconcile.Interval;
import org.newsfacts.reconcile.ReconciledGroup;
import org.newsfacts.reconcile.Reconciler;
import org.newsfacts.reconcile.ShareCheck;
import org.newsfacts.reconcile.StatedInterval;
import org.newsfacts.text.Sentence;
import org.newsfacts.text.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Answers the editor's question for each figure of a draft: is it right? Each figure's claim is compared, on
 * its own, with what is known of the same subject, metric, period and scope:
 * <ul>
 *   <li>the reference table, when it has the cell, decides alone: the figure {@code agrees} when the ranges
 *       the two allow overlap (9% allows 8.5–9.5; the table's 9.0 allows 8.95–9.05), else it {@code conflicts};</li>
 *   <li>else the articles: a source backs the figure when their ranges overlap and says otherwise when not;
 *       a derived check (the share an article's counts imply) backs or rules out the figure as one more
 *       source. Every source backing it: {@code agrees}; every source against: {@code conflicts}; both:
 *       {@code disputed} (the sources disagree among themselves, and the draft sides with some);</li>
 *   <li>nothing to compare with, or no subject and metric read: {@code unknown}.</li>
 * </ul>
 * Sources are counted by story: copies of one sentence (one story in several files or outlets) are one.
 */
public final class DraftChecker {
    public enum Verdict { AGREES, CONFLICTS, DISPUTED, UNKNOWN }

    /** Distinct evidence sentences shown per side; the rest are counted ("and 12 more in 9 articles"). */
    public static final int SHOWN_PER_SIDE = 3;

    /**
     * One source the figure was compared with. {@code kind} is {@code reference} (a cell of the table, cited
     * with {@code line} and {@code sourceUrl}), {@code article}, or {@code derived} (a share the counts of
     * {@code doc} imply; {@code sentence} is then the computation). {@code markStart}/{@code markEnd} are the
     * figure's place in {@code sentence}, or -1 (so two ints, not a {@code text.Span}).
     */
    public record Evidence(String kind, String doc, String outlet, String date, String sentence, int markStart,
                           int markEnd, BigDecimal value, String unit, String surface, String allows, Integer line,
                           String sourceUrl) {
    }

    /**
     * One side of the comparison: the evidence shown (at most {@link #SHOWN_PER_SIDE} distinct sentences),
     * how many independent sources (stories) and articles stand on it, and how many sentences and articles
     * were left out of {@code shown}.
     */
    public record Side(List<Evidence> shown, int sources, int articles, int moreSentences, int moreArticles) {
        static final Side NONE = new Side(List.of(), 0, 0, 0, 0);
    }

    /**
     * The outcome for one figure of the draft (and the claim it makes, if any). Its offsets are ints, not
     * {@code text.Span}s: they are {@code check --json}'s fields, and the mark is -1 where the figure is not found.
     */
    public record FigureCheck(Verdict verdict, String surface, BigDecimal value, String unit, String qualifier,
                              int start, int end, String sentence, int markStart, int markEnd, String subject,
                              String metric, String metricLabel, String metricLabelZh, String period,
                              String periodLabel, String explanation, Side backing, Side against) {
    }

    private final Map<String, List<Claim>> known = new HashMap<>();
    private final List<Claim> all;
    private final KnownClaims.ReferenceTable reference;
    private final MetricLabels labels;
    private final Reconciler reconciler;

    private final java.util.function.Function<String, String> storyOf;

    /**
     * @param storyOf the story a run's document belongs to (conflicts.json's {@code stories}: copies of one
     *                article are one story), the document itself when it has no copies
     */
    public DraftChecker(List<Claim> runClaims, KnownClaims.ReferenceTable reference, MetricLabels labels,
                        MetricRoles roles, java.util.function.Function<String, String> storyOf) {
        this.storyOf = storyOf;
        this.reference = reference;
        this.labels = labels;
        this.reconciler = new Reconciler(roles, labels);
        this.all = Stream.concat(runClaims.stream(), reference.claims().stream()).toList();
        for (Claim c : all) {
            known.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
        }
    }

    public List<FigureCheck> check(ArticleResult draft) {
        Map<String, List<Derived>> derived = derivedChecks(draft.claims());
        String edition = reference.edition() != null ? reference.edition() : draft.edition();
        List<FigureCheck> checks = new ArrayList<>();
        for (FigureRecord figure : draft.figures()) {
            List<Claim> claims = draft.claims().stream()
                    .filter(c -> c.start() == figure.start() && c.end() == figure.end()).toList();
            Span sentence = sentenceOf(draft, figure.start());
            String text = sentence.coveredText(draft.text().text());
            if (claims.isEmpty()) {
                checks.add(new FigureCheck(Verdict.UNKNOWN, figure.surface(), figure.value(), figure.unit(),
                        figure.qualifier(), figure.start(), figure.end(), text, figure.start() - sentence.start(),
                        figure.end() - sentence.start(), null, null, null, null, null, null,
                        "no subject and metric recognised for this figure", Side.NONE, Side.NONE));
            }
            for (Claim claim : claims) {
                checks.add(check(claim, text, sentence.start(), edition, derived.getOrDefault(claim.claimId(), List.of())));
            }
        }
        return checks;
    }

    /** A derived check that backs ({@code contradicts} false) or rules out one draft claim. */
    private record Derived(ShareCheck check, boolean contradicts) {
    }

    /**
     * The derived checks for the draft's shares: the reconciler run over everything known and the draft,
     * keeping only checks anchored in a known source (the draft's own counts are no evidence for its shares).
     */
    private Map<String, List<Derived>> derivedChecks(List<Claim> draftClaims) {
        Set<String> draftIds = new HashSet<>();
        draftClaims.forEach(c -> draftIds.add(c.claimId()));
        Map<String, List<Derived>> out = new HashMap<>();
        if (draftClaims.isEmpty()) {
            return out;
        }
        var reconciliation = reconciler.reconcile(Stream.concat(all.stream(), draftClaims.stream()).toList());
        Set<ShareCheck> seen = new HashSet<>();
        for (ReconciledGroup group : Stream.concat(reconciliation.conflicts().stream(),
                reconciliation.agreements().stream()).toList()) {
            for (ShareCheck check : group.shareChecks()) {
                if (!seen.add(check) || check.subjectCounts().stream().anyMatch(c -> draftIds.contains(c.claimId()))
                        || check.pairs().stream().flatMap(p -> Stream.concat(p.counts().stream(), p.shares().stream()))
                        .anyMatch(c -> draftIds.contains(c.claimId()))) {
                    continue;
                }
                check.fitting().stream().filter(c -> draftIds.contains(c.claimId()))
                        .forEach(c -> out.computeIfAbsent(c.claimId(), k -> new ArrayList<>()).add(new Derived(check, false)));
                check.contradicted().stream().filter(c -> draftIds.contains(c.claimId()))
                        .forEach(c -> out.computeIfAbsent(c.claimId(), k -> new ArrayList<>()).add(new Derived(check, true)));
            }
        }
        return out;
    }

    private FigureCheck check(Claim claim, String sentence, int sentenceStart, String edition, List<Derived> derived) {
        Interval mine = StatedInterval.of(claim);
        List<Claim> others = known.getOrDefault(key(claim), List.of()).stream()
                .sorted(Comparator.comparing(KnownClaims::isReference).reversed().thenComparing(ClaimsWriter.DOCUMENT_ORDER))
                .toList();
        List<Claim> refs = others.stream().filter(KnownClaims::isReference).toList();
        List<Evidence> backing = new ArrayList<>();
        List<Evidence> against = new ArrayList<>();
        // Shown in order of weight: the reference, then what the counts imply, then the articles.
        for (Claim ref : refs) {
            (StatedInterval.of(ref).overlaps(mine) ? backing : against).add(evidence(ref));
        }
        for (Derived d : derived) {
            (d.contradicts() ? against : backing).add(evidence(d.check()));
        }
        for (Claim other : others) {
            if (!KnownClaims.isReference(other)) {
                (StatedInterval.of(other).overlaps(mine) ? backing : against).add(evidence(other));
            }
        }
        Side back = side(backing);
        Side contra = side(against);
        Verdict verdict;
        if (!refs.isEmpty()) {
            boolean fits = refs.stream().allMatch(r -> StatedInterval.of(r).overlaps(mine));
            verdict = fits ? Verdict.AGREES : Verdict.CONFLICTS;
        } else if (back.sources() == 0 && contra.sources() == 0) {
            verdict = Verdict.UNKNOWN;
        } else if (contra.sources() == 0) {
            verdict = Verdict.AGREES;
        } else if (back.sources() == 0) {
            verdict = Verdict.CONFLICTS;
        } else {
            verdict = Verdict.DISPUTED;
        }
        String explanation = explain(verdict, claim, mine, refs, backing, against, back, contra);
        int markStart = claim.start() - sentenceStart;
        return new FigureCheck(verdict, claim.surface(), claim.value(), claim.unit(), claim.qualifier(), claim.start(),
                claim.end(), sentence, markStart, markStart + (claim.end() - claim.start()), claim.subject(),
                claim.metric(), labels.english(claim.metric()), labels.chinese(claim.metric()), claim.period(),
                periodLabel(claim.period(), edition, labels), explanation, back, contra);
    }

    /** A null period is the edition the sources report: "GII 2025" (time.tsv's name for it) when that is known. */
    static String periodLabel(String period, String edition, MetricLabels labels) {
        if (period != null) {
            return period;
        }
        return edition == null ? "the edition reported" : labels.edition(edition);
    }

    private String explain(Verdict verdict, Claim claim, Interval mine, List<Claim> refs, List<Evidence> backing,
                           List<Evidence> against, Side back, Side contra) {
        String figure = Display.withUnit(claim.surface(), null) + " (allows " + Display.range(mine, claim.unit()) + ")";
        if (!refs.isEmpty()) {
            Claim ref = refs.get(0);
            KnownClaims.Citation cite = reference.citation(ref);
            String table = "the reference table (" + cite.file() + " line " + cite.line() + ") gives "
                    + Display.withUnit(ref.surface(), ref.unit());
            String articles = contra.sources() > 0 && verdict == Verdict.AGREES
                    ? "; " + contra.sources() + " source(s) say otherwise: " + values(against)
                    : back.sources() > 1 && verdict == Verdict.CONFLICTS ? "; other sources agree with the draft: "
                    + values(backing.stream().filter(e -> !e.kind().equals("reference")).toList()) : "";
            return (verdict == Verdict.AGREES ? "matches: " : "contradicted: ") + table + ", the draft " + figure
                    + articles;
        }
        return switch (verdict) {
            case UNKNOWN -> "nothing known about " + claim.subject() + " · " + labels.english(claim.metric());
            case AGREES -> "every source (" + back.sources() + ") allows " + figure + ": " + values(backing);
            case CONFLICTS -> "every source (" + contra.sources() + ") rules out " + figure + ": " + values(against);
            case DISPUTED -> "sources disagree: the draft's " + figure + " sides with " + back.sources()
                    + " source(s) (" + values(backing) + ") against " + contra.sources() + " (" + values(against) + ")";
        };
    }

    /** The values a side states, each once with the number of stories stating it: "12% (2 sources)". */
    private String values(List<Evidence> evidence) {
        Map<String, Set<String>> stories = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            String v = e.kind().equals("derived") ? "the counts in " + e.doc()
                    : e.surface() != null ? e.surface() : Display.withUnit(Display.grouped(e.value()), e.unit());
            stories.computeIfAbsent(v, k -> new HashSet<>()).add(storyKey(e));
        }
        List<String> parts = new ArrayList<>();
        stories.forEach((v, n) -> parts.add(n.size() > 1 ? v + " (" + n.size() + " sources)" : v));
        return String.join(", ", parts);
    }

    /**
     * Evidence grouped by story: copies of one article (conflicts.json's stories) are one source, shown by one
     * sentence; of the rest, identical sentences are counted once ("and 12 more in 9 articles").
     */
    private Side side(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return Side.NONE;
        }
        Map<String, List<Evidence>> byStory = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            byStory.computeIfAbsent(storyKey(e), k -> new ArrayList<>()).add(e);
        }
        List<Evidence> shown = new ArrayList<>();
        Set<String> shownSentences = new HashSet<>();
        for (List<Evidence> story : byStory.values()) {
            if (shown.size() < SHOWN_PER_SIDE) {
                shown.add(story.get(0));
                shownSentences.add(sentenceKey(story.get(0)));
            }
        }
        Set<String> moreSentences = new HashSet<>();
        Set<String> moreDocs = new HashSet<>();
        for (Evidence e : evidence) {
            if (!shownSentences.contains(sentenceKey(e))) {
                moreSentences.add(sentenceKey(e));
                moreDocs.add(e.doc());
            }
        }
        long articles = evidence.stream().map(Evidence::doc).distinct().count();
        return new Side(List.copyOf(shown), byStory.size(), (int) articles, moreSentences.size(), moreDocs.size());
    }

    /** The source an evidence stands for: an article's story, the reference table, or one derived check. */
    private String storyKey(Evidence e) {
        return e.kind().equals("article") ? "story\u0000" + storyOf.apply(e.doc()) : e.kind() + "\u0000" + e.doc() + "\u0000" + e.sentence();
    }

    /** Copies of a sentence differ in spacing, punctuation width and quotation marks, not in words. */
    private static String sentenceKey(Evidence e) {
        return e.sentence() == null ? e.kind() + e.doc() : e.sentence().replaceAll("[\\s\\p{P}\\p{S}]", "");
    }

    private Evidence evidence(Claim c) {
        if (KnownClaims.isReference(c)) {
            KnownClaims.Citation cite = reference.citation(c);
            return new Evidence("reference", c.doc(), "reference table", null,
                    c.subject() + ": " + c.surface() + " (" + cite.file() + " line " + cite.line() + ")", -1, -1,
                    c.value(), c.unit(), c.surface(), Display.range(StatedInterval.of(c), c.unit()), cite.line(),
                    cite.sourceUrl());
        }
        int mark = c.sentence() == null || c.surface() == null ? -1 : c.sentence().indexOf(c.surface());
        return new Evidence("article", c.doc(), c.outlet(), c.published(), c.sentence(), mark,
                mark < 0 ? -1 : mark + c.surface().length(), c.value(), c.unit(), c.surface(),
                Display.range(StatedInterval.of(c), c.unit()), null, null);
    }

    private static Evidence evidence(ShareCheck check) {
        Claim anchor = check.subjectCounts().isEmpty() ? null : check.subjectCounts().get(0);
        return new Evidence("derived", check.anchorDoc(), check.anchorOutlet(), anchor == null ? null : anchor.published(),
                Explanations.derivedSentence(check), -1, -1, null, "%", null,
                Display.range(check.impliedShare(), "%"), null, null);
    }

    private static Span sentenceOf(ArticleResult draft, int offset) {
        for (Sentence s : draft.text().sentences()) {
            if (s.span().contains(offset)) {
                return s.span();
            }
        }
        String text = draft.text().text();
        int start = Math.max(0, text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1);
        int end = text.indexOf('\n', offset);
        return new Span(start, end < 0 ? text.length() : end);
    }

    private static String key(Claim c) {
        return String.join("\u0000", c.subject(), c.metric(), Objects.toString(c.period(), ""),
                Objects.toString(c.scope(), ""), c.unit());
    }
}
