package org.newsfacts.evaluate;

import java.math.BigDecimal;
import java.util.List;

/** {@code conflicts.json}: the groups of claims a run judged contradictory or consistent. */
public record ProducedConflicts(List<Group> conflicts, List<Group> agreements) {

    public ProducedConflicts {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }

    public record Group(String subject, String metric, String period, List<String> claims, List<Value> values,
                        String explanation) {
        public Group {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    public record Value(String doc, BigDecimal value, String unit, String qualifier) {
    }
}
