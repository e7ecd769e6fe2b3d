package org.newsfacts.reconcile;

import java.util.HashMap;
import java.util.Map;

/**
 * Which share metric is a share of the world total of which count metric (metric-roles.tsv share-of), so that an article giving both a
 * count and a share for a subject also states that total implicitly (count / share).
 */
public final class ShareIndicators {

    static final String SHARE_UNIT = "%";
    static final String COUNT_UNIT = "count";

    private final Map<String, String> countOfShare;
    private final Map<String, String> shareOfCount;

    /** @param countOfShare share metric → count metric, e.g. {@code pct_share → pct_filings} */
    public ShareIndicators(Map<String, String> countOfShare) {
        this.countOfShare = Map.copyOf(countOfShare);
        Map<String, String> reverse = new HashMap<>();
        countOfShare.forEach((share, count) -> reverse.put(count, share));
        this.shareOfCount = Map.copyOf(reverse);
    }

    /** The share metric a metric belongs to, whether it is the share or the count; null if neither. */
    String shareMetricOf(String metric) {
        return countOfShare.containsKey(metric) ? metric : shareOfCount.get(metric);
    }

    boolean isShare(String metric) {
        return countOfShare.containsKey(metric);
    }

    String countMetric(String shareMetric) {
        return countOfShare.get(shareMetric);
    }
}
