package org.newsfacts.reconcile;

import org.newsfacts.claims.Claim;

import java.util.List;

/**
 * A derived check of one subject's share against one article's counts: the article (the anchor) gives
 * counts and shares for other subjects of the same indicator, which fix the world total; the subject's count
 * in the anchor divided by that total is the share it must have, and every article's share claim for the
 * subject either fits that or is contradicted by it.
 *
 * @param anchorDoc     the article whose counts and shares were used
 * @param countLabel    the count metric's words (metric-labels.tsv: "PCT international patent applications")
 * @param subjectCount  the subject's count in the anchor (the range it allows)
 * @param pairs         the anchor's (count, share) pairs for the other subjects, each implying a world total
 * @param worldTotal    the world total they all allow
 * @param impliedShare  the subject's share that follows, in percent
 * @param fitting       share claims for the subject that allow the implied share
 * @param contradicted  share claims for the subject that do not
 */
public record ShareCheck(String anchorDoc, String anchorOutlet, String subject, String shareMetric,
                         String countMetric, String countLabel, List<Claim> subjectCounts, Interval subjectCount, List<Pair> pairs,
                         Interval worldTotal, Interval impliedShare, List<Claim> fitting, List<Claim> contradicted) {

    public ShareCheck {
        subjectCounts = List.copyOf(subjectCounts);
        pairs = List.copyOf(pairs);
        fitting = List.copyOf(fitting);
        contradicted = List.copyOf(contradicted);
    }

    /** One subject's count and share in the anchor, and the world total they imply (count / share). */
    public record Pair(String subject, List<Claim> counts, List<Claim> shares, Interval count, Interval share,
                       Interval total) {
        public Pair {
            counts = List.copyOf(counts);
            shares = List.copyOf(shares);
        }
    }

    public boolean contradicts() {
        return !contradicted.isEmpty();
    }
}
