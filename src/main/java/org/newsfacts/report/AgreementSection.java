package org.newsfacts.report;

import org.jsoup.nodes.Element;
import org.newsfacts.claims.Claim;
import org.newsfacts.reconcile.Note;
import org.newsfacts.reconcile.ReconciledGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreements, compact: one table row per group (subject, fact, value, links to each source); the sentences
 * and the explanation fold out on demand. Then the reconciler's notes, which an editor may want to look at.
 */
final class AgreementSection {
    /** Articles linked per agreement; the rest are counted. */
    static final int LINKS = 12;
    private AgreementSection() {
    }

    static void append(Element body, ReportModel model) {
        Element section = body.appendElement("section").id("agreements").addClass("agreements");
        ConflictSection.heading(section, "Agreements", model.agreements().size());
        if (model.agreements().isEmpty()) {
            section.appendElement("p").addClass("empty").text("None: no figure is stated more than once.");
        } else {
            table(section, model);
        }
        notes(body, model);
    }

    private static void table(Element section, ReportModel model) {
        Element table = section.appendElement("table").addClass("agreement-table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String name : new String[] {"Subject", "Fact", "Value", "Sources"}) {
            head.appendElement("th").attr("scope", "col").text(name);
        }
        Element rows = table.appendElement("tbody");
        for (ReconciledGroup group : model.agreements()) {
            Element row = rows.appendElement("tr");
            row.appendElement("td").addClass("subject").text(group.subject());
            GroupHeading.appendCompactFact(row.appendElement("td"), group, model.words());
            Element value = row.appendElement("td").addClass("value");
            for (ValueColumns.Column column : ValueColumns.of(group)) {
                Element one = value.appendElement("div");
                one.appendElement("span").addClass("label").text(column.label());
                List<String> written = column.writtenForms();
                if (!written.isEmpty()) {
                    one.appendElement("span").addClass("written").text(String.join(" · ", written));
                }
            }

            Element sources = row.appendElement("td").addClass("sources");
            Element links = sources.appendElement("div").addClass("links");
            // One link per article, to its first claim of the group; "×2" where it states the figure twice.
            Map<String, List<Claim>> byDoc = new LinkedHashMap<>();
            group.claims().forEach(c -> byDoc.computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(c));
            int shown = 0;
            for (List<Claim> claims : byDoc.values()) {
                if (shown++ == LINKS) {
                    links.appendElement("span").addClass("more").text("and " + (byDoc.size() - LINKS) + " more articles");
                    break;
                }
                Claim first = claims.get(0);
                Element link = links.appendElement("a").attr("href", ReportModel.hrefOf(first));
                link.addClass("doc").text(first.doc());
                if (claims.size() > 1) {
                    link.appendElement("span").addClass("times").text("×" + claims.size());
                }
            }
            Element details = sources.appendElement("details");
            details.appendElement("summary").text("sentences and explanation");
            details.appendElement("p").addClass("explanation").text(group.explanation());
            FoldedEvidence.append(details, group.claims(), model);
        }
    }

    private static void notes(Element body, ReportModel model) {
        if (model.reconciliation().notes().isEmpty()) {
            return;
        }
        Element section = body.appendElement("section").id("notes").addClass("notes");
        ConflictSection.heading(section, "Notes", model.reconciliation().notes().size());
        section.appendElement("p").addClass("hint").text("What the reconciler could not compare or use; worth a look.");
        Element list = section.appendElement("ul");
        for (Note note : model.reconciliation().notes()) {
            Element item = list.appendElement("li");
            item.appendElement("code").addClass("kind").text(note.kind());
            item.appendText(" ");
            item.appendElement("span").addClass("explanation").text(note.explanation());
            item.appendElement("div").addClass("docs").text(String.join(" · ", note.docs()));
        }
    }
}
