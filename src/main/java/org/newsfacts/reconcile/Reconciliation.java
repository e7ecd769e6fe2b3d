package org.newsfacts.reconcile;

import java.util.List;

/** What a run's claims come to: the groups that cannot all be true, those that can, and notes. */
public record Reconciliation(List<ReconciledGroup> conflicts, List<ReconciledGroup> agreements, List<Note> notes) {
    public Reconciliation {
        conflicts = List.copyOf(conflicts);
        agreements = List.copyOf(agreements);
        notes = List.copyOf(notes);
    }
}
