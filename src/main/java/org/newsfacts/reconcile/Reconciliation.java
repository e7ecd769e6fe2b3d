package org.newsfacts.reconcile;

import java.util.List;
import java.util.Map;

/**
 * What a run's claims come to: the groups that cannot all be true (conflicts, always between different
 * stories), those that can (agreements), the values one story gives twice for one key (doubts about the
 * binding, never conflicts), notes, and the stories told by several documents (story name → its copies).
 */
public record Reconciliation(List<ReconciledGroup> conflicts, List<ReconciledGroup> agreements,
                             List<ReconciledGroup> doubts, List<Note> notes, Map<String, List<String>> copies) {
    public Reconciliation {
        conflicts = List.copyOf(conflicts);
        agreements = List.copyOf(agreements);
        doubts = List.copyOf(doubts);
        notes = List.copyOf(notes);
        copies = Map.copyOf(copies);
    }

    public Reconciliation(List<ReconciledGroup> conflicts, List<ReconciledGroup> agreements, List<Note> notes) {
        this(conflicts, agreements, List.of(), notes, Map.of());
    }
}
