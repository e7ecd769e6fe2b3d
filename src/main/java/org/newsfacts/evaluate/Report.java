package org.newsfacts.evaluate;

import java.util.List;

/** Everything one evaluation found; the JSON report is this record. */
public record Report(String output, String gold, int goldArticles, int articlesInOutput, ScopeReport primary,
                     List<ScopeReport> copies, List<FloorResult> floors, List<String> warnings) {

    public boolean floorsMet() {
        return floors.stream().allMatch(FloorResult::met);
    }
}
