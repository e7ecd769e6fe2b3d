package org.newsfacts.report;

import org.jsoup.nodes.Element;
import org.newsfacts.claims.Claim;

/**
 * Where one value comes from, as an editor checks it: the article (linked to its view), outlet and date, the
 * sentence with the figure marked, and who said it.
 */
final class ClaimSource {
    private ClaimSource() {
    }

    static Element append(Element parent, Claim claim, ReportModel model) {
        Element source = parent.appendElement("div").addClass("source");
        Element where = source.appendElement("div").addClass("where");
        Element doc = where.appendElement("a").attr("href", ReportModel.hrefOf(claim));
        doc.addClass("doc").text(claim.doc());
        String outlet = claim.outlet();
        where.appendElement("span").addClass(outlet == null ? "outlet unknown" : "outlet")
                .text(outlet == null ? "outlet unknown" : outlet);
        String published = claim.published();
        where.appendElement("span").addClass(published == null ? "date unknown" : "date")
                .text(published == null ? "date unknown" : published);

        Evidence.of(claim, model.hintOf(claim)).appendTo(source);

        Element said = source.appendElement("div").addClass("said");
        if (claim.saidBy() != null) {
            said.appendText("Said by ");
            said.appendElement("strong").addClass("speaker").text(claim.saidBy());
        } else {
            said.addClass("unattributed").text("No speaker: the article's own statement");
        }
        return source;
    }
}
