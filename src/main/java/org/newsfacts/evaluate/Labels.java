package org.newsfacts.evaluate;

import org.newsfacts.text.normalize.CaseFilter;

import java.util.Objects;

/** Comparison of vocabulary fields (unit, qualifier, metric, kind): blank is null, case does not count. */
final class Labels {

    private Labels() {
    }

    static String key(String label) {
        return label == null || label.isBlank() ? null : CaseFilter.lower(label.trim());
    }

    static boolean same(String gold, String predicted) {
        return Objects.equals(key(gold), key(predicted));
    }

    /** Free text (names, subjects, periods) compared in {@link MatchText} form; blank is null. */
    static boolean sameText(String gold, String predicted) {
        String g = gold == null ? "" : MatchText.normalize(gold);
        String p = predicted == null ? "" : MatchText.normalize(predicted);
        return g.equals(p);
    }
}
