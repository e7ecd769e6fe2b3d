package org.newsfacts.report;

import org.newsfacts.claims.Claim;
import org.newsfacts.reconcile.ReconciledGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group's claims gathered by the value they state, one column per distinct value, in the order the values
 * first appear. "12%" said twice in one article and once in another is one column with three sources: the
 * editor sees two competing values, not five.
 */
final class ValueColumns {
    private ValueColumns() {
    }

    /** One distinct value and the claims that state it. */
    record Column(String label, List<Claim> claims) {
        long articles() {
            return claims.stream().map(Claim::doc).distinct().count();
        }

        List<String> writtenForms() {
            return ValueLabel.writtenForms(claims);
        }
    }

    static List<Column> of(ReconciledGroup group) {
        // Checks of parts against totals compare different subjects (each economy's places); name them.
        boolean manySubjects = group.claims().stream().map(Claim::subject).distinct().count() > 1;
        Map<String, List<Claim>> byValue = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Claim claim : group.claims()) {
            String label = manySubjects ? claim.subject() + ": " + ValueLabel.of(claim) : ValueLabel.of(claim);
            String key = claim.subject() + '\u0000' + claim.unit() + '\u0000' + claim.qualifier() + '\u0000'
                    + claim.value().stripTrailingZeros().toPlainString();
            byValue.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            labels.putIfAbsent(key, label);
        }
        List<Column> columns = new ArrayList<>(byValue.size());
        byValue.forEach((key, claims) -> columns.add(new Column(labels.get(key), List.copyOf(claims))));
        return columns;
    }
}
