package org.newsfacts.report;

import org.jsoup.nodes.Element;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.pipeline.ArticleResult;

import java.util.List;

/**
 * One view per article: its details, then its whole text with figures, quotes and mentions highlighted
 * (a legend says which colour is which); then the files that could not be read, each with its error.
 */
final class ArticleSection {
    private ArticleSection() {
    }

    static void append(Element body, ReportModel model) {
        Element section = body.appendElement("section").id("articles").addClass("articles");
        ConflictSection.heading(section, "Articles", model.articles().size());
        legend(section);
        for (ArticleLayout layout : model.articles()) {
            article(section, layout);
        }
        failed(body, model.failed());
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
        List<Integer> conflicts = layout.conflicts();
        if (!conflicts.isEmpty()) {
            Element in = counts.appendElement("span").addClass("in-conflicts");
            in.appendText(" · in ");
            for (int i = 0; i < conflicts.size(); i++) {
                in.appendText(i == 0 ? "" : ", ");
                in.appendElement("a").attr("href", "#" + ReportModel.conflictId(conflicts.get(i)))
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

    private static void failed(Element body, List<ArticleResult> failed) {
        Element section = body.appendElement("section").id("failed").addClass("failed");
        ConflictSection.heading(section, "Failed files", failed.size());
        if (failed.isEmpty()) {
            section.appendElement("p").addClass("empty").text("None: every file was read.");
            return;
        }
        Element table = section.appendElement("table").addClass("failed-table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("File");
        head.appendElement("th").attr("scope", "col").text("Error");
        Element rows = table.appendElement("tbody");
        for (ArticleResult result : failed) {
            Element row = rows.appendElement("tr").attr("data-doc", result.doc());
            row.appendElement("td").addClass("doc").text(result.doc());
            row.appendElement("td").addClass("error").text(result.error());
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
