package org.newsfacts.reconcile;

import java.util.List;

/**
 * Something the reconciler noticed but does not call a conflict, for an editor to look at: an article whose
 * own counts and shares imply different world totals (so it was not used as a derived check), or one fact
 * stated in two currencies that were not compared.
 */
public record Note(String kind, String subject, String metric, String period, String scope, List<String> docs,
                   List<String> claims, String explanation) {

    public static final String INCONSISTENT_ANCHOR = "counts_and_shares_disagree_within_article";
    public static final String UNITS_NOT_COMPARED = "units_not_compared";

    public Note {
        docs = List.copyOf(docs);
        claims = List.copyOf(claims);
    }
}
