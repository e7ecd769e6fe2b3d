package org.newsfacts.report;

import org.jsoup.nodes.Element;
import org.newsfacts.reconcile.ReconciledGroup;

/**
 * The fact a group of claims is about, as a line of small labels: metric (in words, its id on hover), period
 * (a null one as the edition it stands for), scope, check, articles.
 */
final class GroupHeading {
    private GroupHeading() {
    }

    /** The full line, for a conflict: every label, the period even when it is the edition reported. */
    static void appendFact(Element parent, ReconciledGroup group, FactWords words) {
        Element fact = parent.appendElement("p").addClass("fact");
        metric(fact, group, words);
        fact.appendElement("span").addClass("period").text(words.period(group.period()));
        if (group.scope() != null) {
            fact.appendElement("span").addClass("scope").text(group.scope() + " ranking");
        }
        fact.appendElement("span").addClass("kind").text(kind(group.kind()));
        fact.appendElement("span").addClass("docs").text(group.docs() == 1 ? "1 article" : group.docs() + " articles");
    }

    /** The short line, for an agreement row: what is the usual case (edition reported, values agree) is left out. */
    static void appendCompactFact(Element parent, ReconciledGroup group, FactWords words) {
        Element fact = parent.appendElement("p").addClass("fact");
        metric(fact, group, words);
        if (group.period() != null) {
            fact.appendElement("span").addClass("period").text(words.period(group.period()));
        }
        if (group.scope() != null) {
            fact.appendElement("span").addClass("scope").text(group.scope() + " ranking");
        }
        if (group.kind() != ReconciledGroup.Kind.VALUES_AGREE) {
            fact.appendElement("span").addClass("kind").text(kind(group.kind()));
        }
        fact.appendElement("span").addClass("docs").text(group.docs() == 1 ? "1 article" : group.docs() + " articles");
    }

    private static void metric(Element fact, ReconciledGroup group, FactWords words) {
        fact.appendElement("span").addClass("metric").attr("title", group.metric()).text(words.metric(group.metric()));
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
