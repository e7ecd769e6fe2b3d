package org.newsfacts.report;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;

/**
 * The report's pages as DOMs. Every piece of article text enters through {@link Element#text}, {@link
 * Element#appendText} or {@link Element#attr}, so jsoup escapes it on output; the only raw content is the
 * project's own style sheet and script ({@link DataNode}).
 */
final class ReportPage {
    private ReportPage() {
    }

    /** The main page: summary, conflicts, agreements and notes, the first failed files, a link to the articles. */
    static Document build(ReportModel model) {
        int conflicts = model.conflicts().size();
        Document document = shell(conflicts == 0 ? "newsfacts report"
                : "newsfacts report: " + conflicts + (conflicts == 1 ? " conflict" : " conflicts"));
        Element body = document.body();
        SummarySection.append(body, model);
        ConflictSection.append(body, model);
        ConflictSection.appendDoubts(body, model);
        AgreementSection.append(body, model);
        ArticleSection.appendIndexLink(body, model);
        ArticleSection.appendFailed(body, model);
        body.appendElement("script").id("self-check").appendChild(new DataNode(ReportStyle.SELF_CHECK));
        return document;
    }

    /** An empty page with the report's head: character set, Content-Security-Policy, style. */
    static Document shell(String title) {
        Document document = Document.createShell("");
        document.outputSettings().charset(StandardCharsets.UTF_8).syntax(Document.OutputSettings.Syntax.html)
                // Pretty printing would re-flow text nodes, and the article view keeps its line breaks (pre-wrap).
                .prettyPrint(false);
        document.prependChild(new DocumentType("html", "", ""));
        document.selectFirst("html").attr("lang", "en");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", ReportStyle.CONTENT_SECURITY_POLICY);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new DataNode(ReportStyle.CSS));
        return document;
    }
}
