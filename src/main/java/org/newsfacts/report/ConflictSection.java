package org.newsfacts.report;

import org.jsoup.nodes.Element;
import org.newsfacts.reconcile.ReconciledGroup;

import java.util.List;

/**
 * The conflicts, first on the page: one card each, the competing values side by side in a table (one
 * column per value, each source under its value), then the reconciler's explanation.
 */
final class ConflictSection {
    private ConflictSection() {
    }

    static void append(Element body, ReportModel model) {
        Element section = body.appendElement("section").id("conflicts").addClass("conflicts");
        heading(section, "Conflicts", model.conflicts().size());
        if (!model.conflicts().isEmpty()) {
            section.selectFirst("h2 .count").addClass("alert");
        }
        if (model.conflicts().isEmpty()) {
            section.appendElement("p").addClass("empty").text("None: every group of claims can be true at once.");
            return;
        }
        section.appendElement("p").addClass("hint").text("Figures that cannot all be true. Each column is one "
                + "value with the sentences that state it; the article name jumps to the figure in its text.");
        List<ReconciledGroup> conflicts = model.conflicts();
        for (int i = 0; i < conflicts.size(); i++) {
            card(section, i + 1, conflicts.get(i), model);
        }
    }

    /**
     * The doubts, collapsed: one article (one story) giving two values for one fact. Each is drawn like a
     * conflict, number line included, inside a closed details element.
     */
    static void appendDoubts(Element body, ReportModel model) {
        List<ReconciledGroup> doubts = model.reconciliation().doubts();
        if (doubts.isEmpty()) {
            return;
        }
        Element section = body.appendElement("section").id("doubts").addClass("doubts");
        heading(section, "Doubts", doubts.size());
        Element details = section.appendElement("details");
        details.appendElement("summary").text("One story giving two values for one fact (" + doubts.size() + ")");
        for (int i = 0; i < doubts.size(); i++) {
            card(details, i + 1, doubts.get(i), model, "Doubt", "doubt-" + (i + 1));
        }
    }

    private static void card(Element section, int number, ReconciledGroup group, ReportModel model) {
        card(section, number, group, model, "Conflict", ReportModel.conflictId(number));
    }

    private static void card(Element section, int number, ReconciledGroup group, ReportModel model, String badge,
                             String id) {
        Element card = section.appendElement("article").addClass(badge.toLowerCase(java.util.Locale.ROOT)).id(id);
        Element header = card.appendElement("header");
        Element title = header.appendElement("h3");
        title.appendElement("span").addClass("badge").text(badge + " " + number);
        title.appendElement("span").addClass("subject").text(group.subject());
        GroupHeading.appendFact(header, group, model.words());

        List<ValueColumns.Column> columns = ValueColumns.of(group);
        Element table = card.appendElement("table").addClass("conflict-table")
                .attr("data-columns", Integer.toString(columns.size()));
        Element head = table.appendElement("thead").appendElement("tr");
        for (ValueColumns.Column column : columns) {
            Element th = head.appendElement("th").attr("scope", "col").addClass("value-head");
            th.appendElement("span").addClass("value").text(column.label());
            long articles = column.articles();
            int sources = column.claims().size();
            th.appendElement("span").addClass("support").text((sources == 1 ? "1 sentence" : sources + " sentences")
                    + " in " + (articles == 1 ? "1 article" : articles + " articles"));
            List<String> written = column.writtenForms();
            if (!written.isEmpty()) {
                th.appendElement("span").addClass("written").text("as written: " + String.join(" · ", written));
            }
        }
        Element row = table.appendElement("tbody").appendElement("tr");
        for (ValueColumns.Column column : columns) {
            FoldedEvidence.append(row.appendElement("td"), column.claims(), model);
        }
        NumberLine.append(card.appendElement("figure").addClass("number-line"), group);
        card.appendElement("p").addClass("explanation").text(group.explanation());
    }

    static void heading(Element section, String text, int count) {
        Element h2 = section.appendElement("h2");
        h2.appendText(text + " ");
        h2.appendElement("span").addClass("count").text(Integer.toString(count));
    }
}
