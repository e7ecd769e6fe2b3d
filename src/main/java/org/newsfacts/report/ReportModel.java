package org.newsfacts.report;

import org.newsfacts.claims.Claim;
import org.newsfacts.reconcile.ReconciledGroup;
import org.newsfacts.reconcile.Reconciliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What the main page shows, in page order: conflicts and agreements spanning more articles first (a group
 * within one article matters less), each conflict numbered. The articles themselves are pages of their own;
 * of them the main page knows only the run's totals and the first failed files.
 */
final class ReportModel {
    private static final Comparator<ReconciledGroup> MOST_ARTICLES_FIRST =
            Comparator.comparingInt(ReconciledGroup::docs).reversed();

    private final Totals totals;
    private final List<Failed> failed;
    private final Reconciliation reconciliation;
    private final List<ReconciledGroup> conflicts;
    private final List<ReconciledGroup> agreements;
    private final Function<Claim, EvidenceHint> hints;
    private final FactWords words;

    /** The run in numbers, counted as the articles went by. */
    record Totals(int read, int failed, long figures, long claims, long quotes) {
    }

    /** A file that could not be read, and why. */
    record Failed(String doc, String error) {
    }

    ReportModel(Totals totals, List<Failed> failed, Reconciliation reconciliation,
                Function<Claim, EvidenceHint> hints, FactWords words) {
        this.totals = totals;
        this.words = words;
        this.failed = List.copyOf(failed);
        this.reconciliation = reconciliation;
        this.hints = hints;
        // Stable sorts: within the same number of articles the reconciler's own order stays.
        List<ReconciledGroup> sortedConflicts = new ArrayList<>(reconciliation.conflicts());
        sortedConflicts.sort(MOST_ARTICLES_FIRST);
        this.conflicts = List.copyOf(sortedConflicts);
        List<ReconciledGroup> sortedAgreements = new ArrayList<>(reconciliation.agreements());
        sortedAgreements.sort(MOST_ARTICLES_FIRST);
        this.agreements = List.copyOf(sortedAgreements);
    }

    Totals totals() {
        return totals;
    }

    List<ReconciledGroup> conflicts() {
        return conflicts;
    }

    List<ReconciledGroup> agreements() {
        return agreements;
    }

    /** Metric labels and the edition a null period stands for. */
    FactWords words() {
        return words;
    }

    Reconciliation reconciliation() {
        return reconciliation;
    }

    /** The first failed files (all of them are on the article index page). */
    List<Failed> failed() {
        return failed;
    }

    EvidenceHint hintOf(Claim claim) {
        return hints.apply(claim);
    }

    /** "report/3f2a….html#fig-544-546": the figure on its article's page. */
    static String hrefOf(Claim claim) {
        return ReportWriter.pageOf(claim.doc()) + "#" + ArticleLayout.figureId(claim.start(), claim.end());
    }

    static String conflictId(int number) {
        return "conflict-" + number;
    }
}
