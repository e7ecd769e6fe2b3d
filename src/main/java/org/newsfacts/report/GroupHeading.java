package org.newsfacts.report;

import org.jsoup.nodes.Element;
import org.newsfacts.reconcile.ReconciledGroup;

/** The fact a group of claims is about, as a line of small labels: metric, period, scope, check, articles. */
final class GroupHeading {
    private GroupHeading() {
    }

    /** The full line, for a conflict: every label, the period even when it is the edition reported. */
    static void appendFact(Element parent, ReconciledGroup group) {
        Element fact = parent.appendElement("p").addClass("fact");
        fact.appendElement("code").addClass("metric").text(group.metric());
        fact.appendElement("span").addClass("period")
                .text(group.period() == null ? "edition reported" : "period " + group.period());
        if (group.scope() != null) {
            fact.appendElement("span").addClass("scope").text(group.scope() + " ranking");
        }
        fact.appendElement("span").addClass("kind").text(kind(group.kind()));
        fact.appendElement("span").addClass("docs").text(group.docs() == 1 ? "1 article" : group.docs() + " articles");
    }

    /** The short line, for an agreement row: what is the usual case (edition reported, values agree) is left out. */
    static void appendCompactFact(Element parent, ReconciledGroup group) {
        Element fact = parent.appendElement("p").addClass("fact");
        fact.appendElement("code").addClass("metric").text(group.metric());
        if (group.period() != null) {
            fact.appendElement("span").addClass("period").text("period " + group.period());
        }
        if (group.scope() != null) {
            fact.appendElement("span").addClass("scope").text(group.scope() + " ranking");
        }
        if (group.kind() != ReconciledGroup.Kind.VALUES_AGREE) {
            fact.appendElement("span").addClass("kind").text(kind(group.kind()));
        }
        fact.appendElement("span").addClass("docs").text(group.docs() == 1 ? "1 article" : group.docs() + " articles");
    }

    static String kind(ReconciledGroup.Kind kind) {
        return switch (kind) {
            case VALUES_AGREE -> "values agree";
            case VALUES_DISAGREE -> "values disagree";
            case COUNTS_CONTRADICT_SHARE -> "counts contradict a share";
            case PARTS_EXCEED_TOTAL -> "parts exceed the total";
            case PARTS_NOT_NESTED -> "top N not nested";
        };
    }
}
