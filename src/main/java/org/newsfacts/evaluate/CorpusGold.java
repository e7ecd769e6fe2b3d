package org.newsfacts.evaluate;

import java.math.BigDecimal;
import java.util.List;

/** {@code corpus.gold.json}: what only shows across articles. Its {@code notes} are for people and not scored. */
public record CorpusGold(List<Group> conflicts, List<Group> agreements) {

    public CorpusGold {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }

    public record Group(String subject, String metric, String period, List<Value> values, String why) {
        public Group {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    public record Value(String doc, BigDecimal value, String qualifier, String context) {
    }
}
