package org.newsfacts.evaluate;

import org.newsfacts.records.QuoteRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Quotes: a prediction matches a gold quote when its text covers the gold {@code contains} stretch and its
 * speaker is the gold speaker, both in matching form. Pairs are one-to-one, the tightest covering quote
 * first, so one quote stretched over a whole article cannot collect every statement of its speaker. Two names
 * that the gold declares one speaker's are one speaker ({@link SpeakerAliases}); nothing of the extractor's
 * own models takes part.
 * Kind (direct or indirect) is an attribute accuracy over the matched pairs.
 */
public final class QuoteScorer implements CategoryScorer {

    public static final String CATEGORY = "quotes";
    public static final String KIND = "kind";
    private static final int SHOWN_QUOTE_CHARS = 60;

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public List<String> attributes() {
        return List.of(KIND);
    }

    @Override
    public CategoryResult score(EvaluationScope scope) {
        if (scope.run().quotes().isEmpty()) {
            return CategoryResult.notScored(CATEGORY, CategoryResult.Status.NOT_PRODUCED,
                    OutputRun.QUOTES + " not in output folder");
        }
        CategoryTally tally = new CategoryTally(CATEGORY, attributes());
        Map<String, List<QuoteRecord>> byDoc = EvaluationScope.byDoc(scope.run().quotes().get(), QuoteRecord::doc);
        for (ScoredDocument document : scope.documents()) {
            List<QuoteRecord> predicted = document.outputDoc() == null
                    ? List.of() : byDoc.getOrDefault(document.outputDoc(), List.of());
            scoreDocument(document, predicted, scope.speakers(), tally);
        }
        return tally.result();
    }

    private static void scoreDocument(ScoredDocument document, List<QuoteRecord> predicted, SpeakerAliases aliases,
                                      CategoryTally tally) {
        List<GoldDocument.Quote> gold = document.gold().quotes();
        List<String> predictedText = predicted.stream().map(q -> MatchText.normalize(q.text())).toList();
        List<GreedyMatcher.Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            String stretch = MatchText.normalize(gold.get(g).contains());
            for (int p = 0; p < predicted.size(); p++) {
                if (!stretch.isEmpty() && predictedText.get(p).contains(stretch)
                        && aliases.same(gold.get(g).speaker(), predicted.get(p).speaker())) {
                    candidates.add(new GreedyMatcher.Candidate(g, p, -predictedText.get(p).length()));
                }
            }
        }
        GreedyMatcher.Assignment assignment = GreedyMatcher.match(gold.size(), predicted.size(), candidates);
        String unscorable = document.unscorable().orElse(null);
        for (int g = 0; g < gold.size(); g++) {
            GoldDocument.Quote quote = gold.get(g);
            if (assignment.goldMatched(g)) {
                tally.truePositive();
                tally.attribute(KIND, Labels.same(quote.kind(), predicted.get(assignment.goldToPredicted()[g]).kind()));
            } else {
                tally.miss(new Miss(document.goldDoc(), quote.speaker(), quote.contains(), quote.kind(),
                        unscorable != null ? unscorable : missReason(quote, predicted, predictedText)));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!assignment.predictedMatched(p)) {
                QuoteRecord quote = predicted.get(p);
                tally.falseHit(new FalseHit(quote.doc(), quote.speaker(), Snippets.shorten(quote.text(), SHOWN_QUOTE_CHARS),
                        null, quote.kind(), null));
            }
        }
    }

    /** Tells a wrong speaker apart from a statement nobody extracted. */
    private static String missReason(GoldDocument.Quote quote, List<QuoteRecord> predicted, List<String> predictedText) {
        String stretch = MatchText.normalize(quote.contains());
        for (int p = 0; p < predicted.size(); p++) {
            if (!stretch.isEmpty() && predictedText.get(p).contains(stretch)) {
                return "covered by a quote attributed to " + predicted.get(p).speaker();
            }
        }
        return "no extracted quote covers it";
    }
}
