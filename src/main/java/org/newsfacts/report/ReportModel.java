package org.newsfacts.report;

import org.newsfacts.claims.Claim;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.reconcile.ReconciledGroup;
import org.newsfacts.reconcile.Reconciliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page shows, in page order: conflicts and agreements spanning more articles first (a group within
 * one article matters less), each conflict numbered, and every readable article laid out once.
 */
final class ReportModel {
    private static final Comparator<ReconciledGroup> MOST_ARTICLES_FIRST =
            Comparator.comparingInt(ReconciledGroup::docs).reversed();

    private final List<ArticleResult> results;
    private final Reconciliation reconciliation;
    private final List<ReconciledGroup> conflicts;
    private final List<ReconciledGroup> agreements;
    private final Map<String, ArticleLayout> layouts = new LinkedHashMap<>();

    ReportModel(List<ArticleResult> results, Reconciliation reconciliation) {
        this.results = List.copyOf(results);
        this.reconciliation = reconciliation;
        // Stable sorts: within the same number of articles the reconciler's own order stays.
        List<ReconciledGroup> sortedConflicts = new ArrayList<>(reconciliation.conflicts());
        sortedConflicts.sort(MOST_ARTICLES_FIRST);
        this.conflicts = List.copyOf(sortedConflicts);
        List<ReconciledGroup> sortedAgreements = new ArrayList<>(reconciliation.agreements());
        sortedAgreements.sort(MOST_ARTICLES_FIRST);
        this.agreements = List.copyOf(sortedAgreements);

        Map<String, Map<String, List<Integer>>> conflictSpans = new HashMap<>();
        for (int i = 0; i < conflicts.size(); i++) {
            int number = i + 1;
            for (Claim claim : conflicts.get(i).claims()) {
                List<Integer> numbers = conflictSpans.computeIfAbsent(claim.doc(), d -> new HashMap<>())
                        .computeIfAbsent(ArticleLayout.span(claim.start(), claim.end()), s -> new ArrayList<>());
                if (!numbers.contains(number)) {
                    numbers.add(number);
                }
            }
        }
        int number = 0;
        for (ArticleResult result : this.results) {
            if (result.ok() && result.text() != null) {
                number++;
                layouts.put(result.doc(), ArticleLayout.of(number, result,
                        conflictSpans.getOrDefault(result.doc(), Map.of())));
            }
        }
    }

    List<ArticleResult> results() {
        return results;
    }

    List<ReconciledGroup> conflicts() {
        return conflicts;
    }

    List<ReconciledGroup> agreements() {
        return agreements;
    }

    Reconciliation reconciliation() {
        return reconciliation;
    }

    List<ArticleLayout> articles() {
        return List.copyOf(layouts.values());
    }

    List<ArticleResult> failed() {
        return results.stream().filter(r -> !r.ok()).toList();
    }

    /** The article a claim comes from, or null when the run's results do not hold it. */
    ArticleLayout layoutOf(String doc) {
        return layouts.get(doc);
    }

    /** "#article-2-fig-544-546", or null when the claim's article is not on the page. */
    String hrefOf(Claim claim) {
        ArticleLayout layout = layouts.get(claim.doc());
        return layout == null ? null : "#" + layout.anchorOf(claim);
    }

    static String conflictId(int number) {
        return "conflict-" + number;
    }
}
