package org.newsfacts.report;

import org.jsoup.nodes.Element;
import org.newsfacts.claims.Claim;
import org.newsfacts.ingest.DocumentMetadata;

/**
 * Where one value comes from, as an editor checks it: the article (linked to its view), outlet and date, the
 * sentence with the figure marked, and who said it.
 */
final class ClaimSource {
    private ClaimSource() {
    }

    static Element append(Element parent, Claim claim, ReportModel model) {
        ArticleLayout layout = model.layoutOf(claim.doc());
        DocumentMetadata metadata = layout == null ? DocumentMetadata.NONE : layout.article().metadata();
        Element source = parent.appendElement("div").addClass("source");
        Element where = source.appendElement("div").addClass("where");
        String href = model.hrefOf(claim);
        Element doc = href == null ? where.appendElement("span") : where.appendElement("a").attr("href", href);
        doc.addClass("doc").text(claim.doc());
        String outlet = claim.outlet() != null ? claim.outlet() : metadata.outlet();
        where.appendElement("span").addClass(outlet == null ? "outlet unknown" : "outlet")
                .text(outlet == null ? "outlet unknown" : outlet);
        String published = claim.published() != null ? claim.published()
                : metadata.published() == null ? null : metadata.published().toString();
        where.appendElement("span").addClass(published == null ? "date unknown" : "date")
                .text(published == null ? "date unknown" : published);

        Evidence.of(claim, layout == null ? null : layout.article()).appendTo(source);

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
