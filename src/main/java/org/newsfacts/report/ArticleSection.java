package org.newsfacts.report;

import org.jsoup.nodes.Element;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.pipeline.ArticleResult;

import java.util.List;

/**
 * The articles: one page each with its details and its whole text, figures, quotes and mentions highlighted
 * (a legend says which colour is which); an index page listing every article and failed file, written a row
 * at a time; and on the main page a link to the index and the first files that could not be read.
 */
final class ArticleSection {
    private ArticleSection() {
    }

    /** An article's own page: a link back to the main page, the legend, the highlighted text. */
    static void articlePage(Element body, ArticleLayout layout) {
        Element nav = body.appendElement("nav").addClass("back").attr("aria-label", "Report");
        nav.appendElement("a").attr("href", "../" + ReportWriter.FILE_NAME).text("← report");
        nav.appendText(" · ");
        nav.appendElement("a").attr("href", ReportWriter.INDEX).text("all articles");
        Element section = body.appendElement("section").id("articles").addClass("articles");
        legend(section);
        article(section, layout);
    }

    /** The index page's frame; its rows are streamed into {@code #article-index} as articles arrive. */
    static void indexPage(Element body) {
        Element nav = body.appendElement("nav").addClass("back").attr("aria-label", "Report");
        nav.appendElement("a").attr("href", "../" + ReportWriter.FILE_NAME).text("← report");
        Element section = body.appendElement("section").id("articles").addClass("articles");
        section.appendElement("h2").text("Articles and failed files");
        Element table = section.appendElement("table").addClass("failed-table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String name : new String[] {"#", "File", "Title or error", "Outlet", "Date", "Found"}) {
            head.appendElement("th").attr("scope", "col").text(name);
        }
        table.appendElement("tbody").id("article-index");
    }

    /** One readable article's line of the index, linking to its page. */
    static Element indexRow(Element parent, ArticleLayout layout) {
        ArticleResult article = layout.article();
        DocumentMetadata metadata = article.metadata();
        Element row = parent.appendElement("tr").attr("data-doc", article.doc());
        row.appendElement("td").addClass("number").text(Integer.toString(layout.number()));
        row.appendElement("td").addClass("doc").appendElement("a")
                .attr("href", ReportWriter.pageName(article.doc())).text(article.doc());
        Element title = row.appendElement("td").addClass("title").text(metadata.title() == null ? "" : metadata.title());
        String lang = LangAttribute.of(article.text().lang());
        if (lang != null) {
            title.attr("lang", lang);
        }
        row.appendElement("td").addClass("outlet").text(metadata.outlet() == null ? "" : metadata.outlet());
        row.appendElement("td").addClass("date")
                .text(metadata.published() == null ? "" : metadata.published().toString());
        row.appendElement("td").addClass("counts").text(String.join(" · ",
                count(article.figures().size(), "figure"), count(article.claims().size(), "claim"),
                count(article.quotes().size(), "quote")));
        return row;
    }

    /** A failed file's line of the index, with its error. */
    static Element failedIndexRow(Element parent, String doc, String error) {
        Element row = parent.appendElement("tr").addClass("failed").attr("data-doc", doc);
        row.appendElement("td").addClass("number").text("—");
        row.appendElement("td").addClass("doc").text(doc);
        row.appendElement("td").addClass("error").attr("colspan", "4").text(error == null ? "" : error);
        return row;
    }

    /** On the main page: how many articles were read, and where their pages are listed. */
    static void appendIndexLink(Element body, ReportModel model) {
        Element section = body.appendElement("section").id("articles").addClass("articles");
        ConflictSection.heading(section, "Articles", model.totals().read());
        Element p = section.appendElement("p").addClass("hint");
        p.appendText("Each article's text, with its figures, quotes and mentions highlighted, is a page of its own: ");
        p.appendElement("a").attr("href", ReportWriter.PAGES + "/" + ReportWriter.INDEX).text("the list of articles");
        p.appendText(". The article names above link straight to the figure in its text.");
    }

    private static void legend(Element section) {
        Element legend = section.appendElement("ul").addClass("legend").attr("aria-label", "Legend");
        swatch(legend, "mark", "fig conflicted", "9%", "figure in a conflict");
        swatch(legend, "mark", "fig claimed", "24", "figure bound to a claim");
        swatch(legend, "mark", "fig", "2017", "other figure");
        swatch(legend, "span", "quote direct", "“…”", "direct quote");
        swatch(legend, "span", "quote indirect", "…表示…", "reported speech");
        swatch(legend, "span", "mention person", "Name", "person");
        swatch(legend, "span", "mention cluster", "Cluster", "cluster");
        swatch(legend, "span", "mention org", "Org", "organisation");
    }

    private static void swatch(Element legend, String tag, String css, String sample, String meaning) {
        Element item = legend.appendElement("li");
        item.appendElement(tag).attr("class", css).addClass("sample").text(sample);
        item.appendText(" " + meaning);
    }

    private static void article(Element section, ArticleLayout layout) {
        ArticleResult article = layout.article();
        DocumentMetadata metadata = article.metadata();
        Element view = section.appendElement("article").addClass("doc-view").id(layout.id())
                .attr("data-doc", article.doc());
        Element header = view.appendElement("header");
        Element title = header.appendElement("h3");
        title.appendElement("span").addClass("number").text(Integer.toString(layout.number()));
        title.appendElement("span").addClass("title").text(metadata.title() != null ? metadata.title() : article.doc());
        String lang = LangAttribute.of(article.text().lang());
        if (lang != null && metadata.title() != null) {
            title.select("span.title").attr("lang", lang);
        }

        Element meta = header.appendElement("p").addClass("meta");
        if (metadata.title() != null) {
            meta.appendElement("code").addClass("doc").text(article.doc());
        }
        meta.appendElement("span").addClass(metadata.outlet() == null ? "outlet unknown" : "outlet")
                .text(metadata.outlet() == null ? "outlet unknown" : metadata.outlet());
        meta.appendElement("span").addClass(metadata.published() == null ? "date unknown" : "date")
                .text(metadata.published() == null ? "date unknown" : metadata.published().toString());
        meta.appendElement("span").addClass("lang").text(article.text().lang().code());
        if (article.mediaType() != null) {
            meta.appendElement("span").addClass("media-type").text(article.mediaType()
                    + (article.charset() == null ? "" : " · " + article.charset()));
        }

        Element counts = header.appendElement("p").addClass("counts");
        counts.appendText(String.join(" · ", count(article.figures().size(), "figure"),
                count(article.claims().size(), "claim"), count(article.quotes().size(), "quote"),
                count(article.mentions().size(), "mention")));
        for (String anchor : layout.undrawnClaimAnchors()) {
            header.appendElement("span").addClass("anchor").id(anchor);
        }
        List<Integer> conflicts = layout.conflicts();
        if (!conflicts.isEmpty()) {
            Element in = counts.appendElement("span").addClass("in-conflicts");
            in.appendText(" · in ");
            for (int i = 0; i < conflicts.size(); i++) {
                in.appendText(i == 0 ? "" : ", ");
                in.appendElement("a").attr("href", "../" + ReportWriter.FILE_NAME + "#"
                                + ReportModel.conflictId(conflicts.get(i)))
                        .text("conflict " + conflicts.get(i));
            }
        }

        Element text = view.appendElement("div").addClass("text");
        if (lang != null) {
            text.attr("lang", lang);
        }
        String content = article.text().text();
        HighlightedText.append(text, content, 0, content.length(), layout.highlights());
    }

    /** The main page's failed files: the first {@value ReportWriter#FAILED_ON_MAIN_PAGE}, the rest on the index. */
    static void appendFailed(Element body, ReportModel model) {
        List<ReportModel.Failed> failed = model.failed();
        int total = model.totals().failed();
        Element section = body.appendElement("section").id("failed").addClass("failed");
        ConflictSection.heading(section, "Failed files", total);
        if (total == 0) {
            section.appendElement("p").addClass("empty").text("None: every file was read.");
            return;
        }
        Element table = section.appendElement("table").addClass("failed-table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("File");
        head.appendElement("th").attr("scope", "col").text("Error");
        Element rows = table.appendElement("tbody");
        for (ReportModel.Failed result : failed) {
            Element row = rows.appendElement("tr").attr("data-doc", result.doc());
            row.appendElement("td").addClass("doc").text(result.doc());
            row.appendElement("td").addClass("error").text(result.error());
        }
        if (total > failed.size()) {
            Element more = section.appendElement("p").addClass("more");
            more.appendText((total - failed.size()) + " more in ");
            more.appendElement("a").attr("href", ReportWriter.PAGES + "/" + ReportWriter.INDEX).text("the list of articles");
            more.appendText(".");
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
