package org.newsfacts.report;

import org.jsoup.nodes.Element;
import org.newsfacts.claims.Claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences behind a value, as many as an editor reads: the same sentence stating the same figure (copies
 * of one story, reposts) is shown once with how many articles carry it, and after the first few distinct
 * sentences the rest are counted ("and 12 more in 9 articles"). A value stated in a thousand articles thus
 * takes a few lines of the page, not a thousand.
 */
final class FoldedEvidence {
    /** Distinct sentences shown per value. */
    static final int SHOWN = 3;

    private FoldedEvidence() {
    }

    static void append(Element parent, List<Claim> claims, ReportModel model) {
        Map<String, List<Claim>> bySentence = new LinkedHashMap<>();
        for (Claim claim : claims) {
            String key = claim.surface() + '\u0000' + (claim.sentence() == null ? claim.claimId() : claim.sentence());
            bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
        }
        int shown = 0;
        int moreSentences = 0;
        java.util.Set<String> moreDocs = new java.util.HashSet<>();
        for (List<Claim> copies : bySentence.values()) {
            if (shown == SHOWN) {
                moreSentences++;
                copies.forEach(c -> moreDocs.add(c.doc()));
                continue;
            }
            shown++;
            Claim first = copies.get(0);
            Element source = ClaimSource.append(parent, first, model).attr("data-claim-id", first.claimId());
            long otherDocs = copies.stream().map(Claim::doc).filter(d -> !d.equals(first.doc())).distinct().count();
            if (otherDocs > 0) {
                source.appendElement("div").addClass("copies").text("the same sentence in " + otherDocs
                        + (otherDocs == 1 ? " more article" : " more articles"));
            }
        }
        if (moreSentences > 0) {
            parent.appendElement("p").addClass("more").text("and " + moreSentences
                    + (moreSentences == 1 ? " more sentence" : " more sentences") + " in " + moreDocs.size()
                    + (moreDocs.size() == 1 ? " article" : " articles"));
        }
    }
}
