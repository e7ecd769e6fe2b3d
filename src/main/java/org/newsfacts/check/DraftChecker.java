package org.newsfacts.check;

import org.newsfacts.claims.Claim;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.reconcile.ReconciledGroup;
import org.newsfacts.reconcile.Reconciler;
import org.newsfacts.reconcile.Reconciliation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks each figure of a draft against what is known: the claims of an earlier run and a reference table.
 * A figure agrees when every known value for its subject, metric and period can be true with it, conflicts
 * when one cannot (the reconciler's interval rules decide both), and is unknown when nothing is known about
 * it or it binds to no claim.
 */
public final class DraftChecker {
    public enum Verdict { AGREES, CONFLICTS, UNKNOWN }

    /** One known value the draft's figure was compared with. */
    public record Evidence(String doc, String value, String unit, String qualifier, String sentence) {
    }

    /** The outcome for one figure of the draft (and the claim it makes, if any). */
    public record FigureCheck(Verdict verdict, String surface, int start, int end, String subject, String metric,
                              String period, String value, String unit, String explanation, List<Evidence> others) {
    }

    private final Map<String, List<Claim>> known = new HashMap<>();

    public DraftChecker(List<Claim> knownClaims) {
        for (Claim c : knownClaims) {
            known.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
        }
    }

    public List<FigureCheck> check(ArticleResult draft) {
        List<FigureCheck> checks = new ArrayList<>();
        for (ArticleResult.FoundFigure figure : draft.figures()) {
            List<Claim> claims = draft.claims().stream()
                    .filter(c -> c.start() == figure.start() && c.end() == figure.end()).toList();
            if (claims.isEmpty()) {
                checks.add(new FigureCheck(Verdict.UNKNOWN, figure.surface(), figure.start(), figure.end(), null, null,
                        null, figure.value().toPlainString(), figure.unit(),
                        "no subject and metric recognised for this figure", List.of()));
            }
            for (Claim claim : claims) {
                checks.add(check(claim));
            }
        }
        return checks;
    }

    private FigureCheck check(Claim claim) {
        List<Claim> others = known.getOrDefault(key(claim), List.of());
        List<Evidence> evidence = others.stream().map(o -> new Evidence(o.doc(), o.value().toPlainString(), o.unit(),
                o.qualifier(), o.sentence())).toList();
        if (others.isEmpty()) {
            return result(Verdict.UNKNOWN, claim, "nothing known about " + claim.subject() + " · " + claim.metric(), evidence);
        }
        List<Claim> group = new ArrayList<>(others);
        group.add(claim);
        Reconciliation r = new Reconciler().reconcile(group);
        for (ReconciledGroup g : r.conflicts()) {
            if (g.claims().stream().anyMatch(c -> c.claimId().equals(claim.claimId()))) {
                return result(Verdict.CONFLICTS, claim, g.explanation(), evidence);
            }
        }
        String explanation = r.agreements().stream().map(ReconciledGroup::explanation).findFirst()
                .orElse("consistent with " + others.size() + " known value(s)");
        return result(Verdict.AGREES, claim, explanation, evidence);
    }

    private static FigureCheck result(Verdict verdict, Claim c, String explanation, List<Evidence> others) {
        return new FigureCheck(verdict, c.surface(), c.start(), c.end(), c.subject(), c.metric(), c.period(),
                c.value().toPlainString(), c.unit(), explanation, others);
    }

    private static String key(Claim c) {
        return String.join("\u0000", c.subject(), c.metric(), Objects.toString(c.period(), ""),
                Objects.toString(c.scope(), ""), c.unit());
    }
}
