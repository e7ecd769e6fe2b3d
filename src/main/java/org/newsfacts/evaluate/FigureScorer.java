package org.newsfacts.evaluate;

import org.newsfacts.records.FigureRecord;
import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Figures: a prediction matches a gold figure when their spans overlap and value and unit are equal.
 * Optional gold figures absorb the predictions that match them and count neither way. Qualifier accuracy
 * is measured over the matched pairs.
 */
public final class FigureScorer implements CategoryScorer {

    public static final String CATEGORY = "figures";
    public static final String QUALIFIER = "qualifier";
    static final String OPTIONAL_MATCHED = "optional gold matched (not counted)";
    static final String GOLD_NOT_LOCATED = "gold not located in text";
    static final String NO_SPAN = "predictions without a valid span";

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public List<String> attributes() {
        return List.of(QUALIFIER);
    }

    @Override
    public CategoryResult score(EvaluationScope scope) {
        if (scope.run().figures().isEmpty()) {
            return CategoryResult.notScored(CATEGORY, CategoryResult.Status.NOT_PRODUCED,
                    OutputRun.FIGURES + " not in output folder");
        }
        CategoryTally tally = new CategoryTally(CATEGORY, attributes());
        Map<String, List<FigureRecord>> byDoc =
                EvaluationScope.byDoc(scope.run().figures().get(), FigureRecord::doc);
        for (ScoredDocument document : scope.documents()) {
            List<FigureRecord> predicted = document.outputDoc() == null
                    ? List.of() : byDoc.getOrDefault(document.outputDoc(), List.of());
            scoreDocument(document, predicted, tally);
        }
        return tally.result();
    }

    private void scoreDocument(ScoredDocument document, List<FigureRecord> predicted, CategoryTally tally) {
        List<GoldDocument.Figure> gold = document.gold().figures();
        List<GoldLocator.Located> located = GoldLocator.locate(document,
                gold.stream().map(f -> new GoldLocator.Anchor(f.context(), f.surface(), f.surface())).toList());
        String text = document.text().original();
        List<Span> spans = predicted.stream().map(p -> Span.checked(p.start(), p.end(), text.length())).toList();

        List<GreedyMatcher.Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Span goldSpan = located.get(g).span();
            for (int p = 0; p < predicted.size(); p++) {
                if (goldSpan != null && spans.get(p) != null && goldSpan.overlap(spans.get(p)) > 0
                        && sameReading(gold.get(g), predicted.get(p))) {
                    // Larger overlap first; on a tie a counted gold figure beats an optional one.
                    long score = 2L * goldSpan.overlap(spans.get(p)) + (gold.get(g).isOptional() ? 0 : 1);
                    candidates.add(new GreedyMatcher.Candidate(g, p, score));
                }
            }
        }
        GreedyMatcher.Assignment assignment = GreedyMatcher.match(gold.size(), predicted.size(), candidates);

        for (int g = 0; g < gold.size(); g++) {
            GoldDocument.Figure figure = gold.get(g);
            if (assignment.goldMatched(g)) {
                if (figure.isOptional()) {
                    tally.note(OPTIONAL_MATCHED);
                } else {
                    tally.truePositive();
                    FigureRecord match = predicted.get(assignment.goldToPredicted()[g]);
                    tally.attribute(QUALIFIER, Labels.same(figure.qualifier(), match.qualifier()));
                }
            } else if (!figure.isOptional()) {
                if (!located.get(g).found()) {
                    tally.note(GOLD_NOT_LOCATED);
                }
                tally.miss(new Miss(document.goldDoc(), figure.surface(), figure.context(), reading(figure),
                        missReason(located.get(g), predicted, spans)));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (assignment.predictedMatched(p)) {
                continue;
            }
            FigureRecord figure = predicted.get(p);
            if (spans.get(p) == null) {
                tally.note(NO_SPAN);
            }
            tally.falseHit(new FalseHit(figure.doc(), surfaceOf(figure, text, spans.get(p)),
                    Snippets.around(text, spans.get(p)), NumericValues.format(figure.value()), figure.unit(),
                    falseHitNote(spans.get(p), gold, located)));
        }
    }

    private static boolean sameReading(GoldDocument.Figure gold, FigureRecord predicted) {
        return NumericValues.same(gold.value(), predicted.value()) && Labels.same(gold.unit(), predicted.unit());
    }

    private static String reading(GoldDocument.Figure figure) {
        return NumericValues.format(figure.value()) + " " + figure.unit()
                + (figure.qualifier() == null ? "" : " (" + figure.qualifier() + ")");
    }

    /** Says what stood at the gold figure's place instead, which is usually the fastest clue. */
    private static String missReason(GoldLocator.Located located, List<FigureRecord> predicted, List<Span> spans) {
        if (!located.found()) {
            return located.problem();
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (spans.get(p) != null && spans.get(p).overlap(located.span()) > 0) {
                FigureRecord there = predicted.get(p);
                return "extracted here as " + NumericValues.format(there.value()) + " " + there.unit();
            }
        }
        return "not extracted";
    }

    private static String falseHitNote(Span span, List<GoldDocument.Figure> gold, List<GoldLocator.Located> located) {
        if (span == null) {
            return "no valid start/end";
        }
        for (int g = 0; g < gold.size(); g++) {
            if (located.get(g).found() && located.get(g).span().overlap(span) > 0) {
                return "gold here is " + reading(gold.get(g)) + (gold.get(g).isOptional() ? ", optional" : "");
            }
        }
        return null;
    }

    static String surfaceOf(FigureRecord figure, String text, Span span) {
        if (figure.surface() != null) {
            return figure.surface();
        }
        return span == null ? "" : text.substring(span.start(), span.end());
    }
}
