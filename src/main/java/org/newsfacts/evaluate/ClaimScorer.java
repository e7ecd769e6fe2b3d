package org.newsfacts.evaluate;

import org.newsfacts.records.ClaimRecord;
import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Claims: a prediction matches a gold claim when doc, subject, metric, value and unit agree and it sits
 * at the gold claim's context. Gold claims carry a context but no surface, and a table cell can sit a
 * few rows away from the row label its context quotes (000's top-10 table), so "at the context" means
 * overlapping it or within {@link #NEAR} matching characters of it; the closest prediction wins.
 * Qualifier, period and said_by are attribute accuracies over the matched pairs.
 */
public final class ClaimScorer implements CategoryScorer {

    public static final String CATEGORY = "claims";
    public static final String QUALIFIER = "qualifier";
    public static final String PERIOD = "period";
    public static final String SAID_BY = "said_by";
    /** Matching characters (whitespace not counted) between a claim and its gold context that still count as "at". */
    static final int NEAR = 50;
    static final String GOLD_NOT_LOCATED = "gold not located in text";
    static final String NOT_ON_CONTEXT = "matched near, not on, the gold context";

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public List<String> attributes() {
        return List.of(QUALIFIER, PERIOD, SAID_BY);
    }

    @Override
    public CategoryResult score(EvaluationScope scope) {
        if (scope.run().claims().isEmpty()) {
            return CategoryResult.notScored(CATEGORY, CategoryResult.Status.NOT_PRODUCED,
                    OutputRun.CLAIMS + " not in output folder");
        }
        CategoryTally tally = new CategoryTally(CATEGORY, attributes());
        Map<String, List<ClaimRecord>> byDoc = EvaluationScope.byDoc(scope.run().claims().get(), ClaimRecord::doc);
        for (ScoredDocument document : scope.documents()) {
            List<ClaimRecord> predicted = document.outputDoc() == null
                    ? List.of() : byDoc.getOrDefault(document.outputDoc(), List.of());
            scoreDocument(document, predicted, tally);
        }
        return tally.result();
    }

    private void scoreDocument(ScoredDocument document, List<ClaimRecord> predicted, CategoryTally tally) {
        List<GoldDocument.Claim> gold = document.gold().claims();
        List<GoldLocator.Located> located = GoldLocator.locate(document, gold.stream()
                .map(c -> new GoldLocator.Anchor(c.context(), null, label(c) + "=" + c.value())).toList());
        NormalizedText text = document.text();
        List<Span> spans = predicted.stream()
                .map(p -> Span.checked(p.start(), p.end(), text.original().length())).toList();

        List<GreedyMatcher.Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Span context = located.get(g).span();
            for (int p = 0; p < predicted.size(); p++) {
                Span span = spans.get(p);
                if (context == null || span == null || !sameKey(gold.get(g), predicted.get(p))) {
                    continue;
                }
                int overlap = context.overlap(span);
                int gap = text.foldedSpan(context).gap(text.foldedSpan(span));
                if (overlap > 0 || gap <= NEAR) {
                    candidates.add(new GreedyMatcher.Candidate(g, p, overlap > 0 ? overlap : -gap));
                }
            }
        }
        GreedyMatcher.Assignment assignment = GreedyMatcher.match(gold.size(), predicted.size(), candidates);

        for (int g = 0; g < gold.size(); g++) {
            GoldDocument.Claim claim = gold.get(g);
            if (assignment.goldMatched(g)) {
                tally.truePositive();
                int p = assignment.goldToPredicted()[g];
                ClaimRecord match = predicted.get(p);
                if (located.get(g).span().overlap(spans.get(p)) == 0) {
                    tally.note(NOT_ON_CONTEXT);
                }
                tally.attribute(QUALIFIER, Labels.same(claim.qualifier(), match.qualifier()));
                tally.attribute(PERIOD, Labels.sameText(claim.period(), match.period()));
                tally.attribute(SAID_BY, Labels.sameText(claim.saidBy(), match.saidBy()));
            } else {
                if (!located.get(g).found()) {
                    tally.note(GOLD_NOT_LOCATED);
                }
                tally.miss(new Miss(document.goldDoc(), label(claim), claim.context(),
                        NumericValues.format(claim.value()) + " " + claim.unit(), missReason(located.get(g))));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!assignment.predictedMatched(p)) {
                ClaimRecord claim = predicted.get(p);
                tally.falseHit(new FalseHit(claim.doc(), claim.subject() + " · " + claim.metric(),
                        Snippets.around(text.original(), spans.get(p)), NumericValues.format(claim.value()),
                        claim.unit(), claim.claimId()));
            }
        }
    }

    private static boolean sameKey(GoldDocument.Claim gold, ClaimRecord predicted) {
        return Labels.sameText(gold.subject(), predicted.subject()) && Labels.same(gold.metric(), predicted.metric())
                && NumericValues.same(gold.value(), predicted.value()) && Labels.same(gold.unit(), predicted.unit());
    }

    private static String label(GoldDocument.Claim claim) {
        return claim.subject() + " · " + claim.metric();
    }

    private static String missReason(GoldLocator.Located located) {
        return located.found() ? "no claim with this subject, metric, value and unit at the context" : located.problem();
    }
}
