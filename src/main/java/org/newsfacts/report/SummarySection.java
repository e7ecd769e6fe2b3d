package org.newsfacts.report;

import org.jsoup.nodes.Element;

/** The page's head: what the run read and found, in numbers, and links to the parts below. */
final class SummarySection {
    private SummarySection() {
    }

    static void append(Element body, ReportModel model) {
        ReportModel.Totals totals = model.totals();
        int failed = totals.failed();
        int conflicts = model.conflicts().size();

        Element header = body.appendElement("header").addClass("summary");
        header.appendElement("h1").text("newsfacts report");
        header.appendElement("p").addClass("lead").text(conflicts == 0
                ? "No conflicting figures in this run."
                : conflicts == 1 ? "1 group of figures cannot all be true: it comes first below."
                : conflicts + " groups of figures cannot all be true: they come first below.");
        Element stats = header.appendElement("ul").addClass("stats");
        stat(stats, "articles", totals.read(), "articles read", "");
        stat(stats, "failed", failed, failed == 1 ? "failed file" : "failed files", failed > 0 ? "warn" : "");
        stat(stats, "figures", totals.figures(), "figures", "");
        stat(stats, "claims", totals.claims(), "claims", "");
        stat(stats, "quotes", totals.quotes(), "quotes", "");
        stat(stats, "conflicts", conflicts, conflicts == 1 ? "conflict" : "conflicts", conflicts > 0 ? "alert" : "");
        stat(stats, "agreements", model.agreements().size(), "agreements", "");

        Element nav = header.appendElement("nav").attr("aria-label", "Sections");
        link(nav, "#conflicts", "Conflicts (" + conflicts + ")");
        link(nav, "#agreements", "Agreements (" + model.agreements().size() + ")");
        if (!model.reconciliation().notes().isEmpty()) {
            link(nav, "#notes", "Notes (" + model.reconciliation().notes().size() + ")");
        }
        link(nav, "#articles", "Articles (" + totals.read() + ")");
        link(nav, "#failed", "Failed files (" + failed + ")");
    }

    private static void stat(Element list, String name, long value, String label, String tone) {
        Element item = list.appendElement("li").addClass("stat").attr("data-stat", name);
        if (!tone.isEmpty()) {
            item.addClass(tone);
        }
        item.appendElement("span").addClass("n").text(Long.toString(value));
        item.appendElement("span").addClass("label").text(label);
    }

    private static void link(Element nav, String href, String text) {
        nav.appendElement("a").attr("href", href).text(text);
    }
}
