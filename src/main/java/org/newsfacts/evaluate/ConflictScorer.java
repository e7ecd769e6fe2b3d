package org.newsfacts.evaluate;

import org.newsfacts.records.ConflictsRecord;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Conflicts, scored over the whole corpus. A gold conflict is found when a produced conflict group has the
 * same subject and metric (and period, where both give one) and its values include every gold value, each
 * as (article, value). A gold agreement is kept when no produced conflict on its subject and metric lists
 * any of its values; the share kept is the {@code agreements} accuracy. Articles are compared by file
 * stem, so a value read from a copy of an article counts for the article.
 */
public final class ConflictScorer implements CategoryScorer {

    public static final String CATEGORY = "conflicts";
    public static final String AGREEMENTS = "agreements";

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public List<String> attributes() {
        return List.of(AGREEMENTS);
    }

    @Override
    public CategoryResult score(EvaluationScope scope) {
        if (scope.corpus().isEmpty()) {
            return CategoryResult.notScored(CATEGORY, CategoryResult.Status.NO_GOLD,
                    GoldSet.CORPUS_FILE + " not in gold folder");
        }
        if (scope.run().conflicts().isEmpty()) {
            return CategoryResult.notScored(CATEGORY, CategoryResult.Status.NOT_PRODUCED,
                    OutputRun.CONFLICTS + " not in output folder");
        }
        CorpusGold gold = scope.corpus().get();
        List<ConflictsRecord.Group> produced = scope.run().conflicts().get().conflicts();
        CategoryTally tally = new CategoryTally(CATEGORY, attributes());

        boolean[] used = new boolean[produced.size()];
        for (CorpusGold.Group conflict : gold.conflicts()) {
            int found = -1;
            for (int p = 0; p < produced.size() && found < 0; p++) {
                if (!used[p] && sameGroup(conflict, produced.get(p)) && listsAll(produced.get(p), conflict)) {
                    found = p;
                }
            }
            if (found >= 0) {
                used[found] = true;
                tally.truePositive();
            } else {
                tally.miss(new Miss(docs(conflict), label(conflict.subject(), conflict.metric()), values(conflict),
                        conflict.period(), missReason(conflict, produced)));
            }
        }
        for (CorpusGold.Group agreement : gold.agreements()) {
            boolean isFlagged = produced.stream().anyMatch(p -> sameGroup(agreement, p) && listsAny(p, agreement));
            tally.attribute(AGREEMENTS, !isFlagged);
        }
        for (int p = 0; p < produced.size(); p++) {
            if (!used[p]) {
                ConflictsRecord.Group group = produced.get(p);
                boolean flagsAgreement = gold.agreements().stream().anyMatch(a -> sameGroup(a, group) && listsAny(group, a));
                tally.falseHit(new FalseHit(docs(group), label(group.subject(), group.metric()), values(group), null,
                        group.period(), flagsAgreement ? "flags a gold agreement" : "no such gold conflict"));
            }
        }
        return tally.result();
    }

    private static boolean sameGroup(CorpusGold.Group gold, ConflictsRecord.Group produced) {
        return Labels.sameText(gold.subject(), produced.subject()) && Labels.same(gold.metric(), produced.metric())
                && (blank(gold.period()) || blank(produced.period()) || Labels.sameText(gold.period(), produced.period()));
    }

    private static boolean listsAll(ConflictsRecord.Group produced, CorpusGold.Group gold) {
        return !gold.values().isEmpty() && gold.values().stream().allMatch(value -> lists(produced, value));
    }

    private static boolean listsAny(ConflictsRecord.Group produced, CorpusGold.Group gold) {
        return gold.values().stream().anyMatch(value -> lists(produced, value));
    }

    private static boolean lists(ConflictsRecord.Group produced, CorpusGold.Value gold) {
        return gold.doc() != null && produced.values().stream().anyMatch(value -> value.doc() != null
                && DocumentPairing.stem(value.doc()).equals(DocumentPairing.stem(gold.doc()))
                && NumericValues.same(gold.value(), value.value()));
    }

    private static String missReason(CorpusGold.Group conflict, List<ConflictsRecord.Group> produced) {
        return produced.stream().anyMatch(p -> sameGroup(conflict, p))
                ? "a conflict on this subject and metric lacks some of the gold values"
                : "no conflict on this subject and metric";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String label(String subject, String metric) {
        return subject + " · " + metric;
    }

    private static String docs(CorpusGold.Group group) {
        return group.values().stream().map(CorpusGold.Value::doc).distinct().collect(Collectors.joining(", "));
    }

    private static String docs(ConflictsRecord.Group group) {
        return group.values().stream().map(ConflictsRecord.Value::doc).distinct().collect(Collectors.joining(", "));
    }

    private static String values(CorpusGold.Group group) {
        return group.values().stream()
                .map(v -> DocumentPairing.stem(v.doc()) + ": " + NumericValues.format(v.value()))
                .collect(Collectors.joining("; "));
    }

    private static String values(ConflictsRecord.Group group) {
        return group.values().stream()
                .map(v -> DocumentPairing.stem(String.valueOf(v.doc())) + ": " + NumericValues.format(v.value())
                        + (v.unit() == null ? "" : " " + v.unit()))
                .collect(Collectors.joining("; "));
    }
}
