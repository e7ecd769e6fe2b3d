package org.newsfacts.reconcile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.newsfacts.claims.Claim;
import org.newsfacts.records.OutputJson;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * The shape of {@code conflicts.json}. Each group starts with the contract's fields (subject, metric, period,
 * claims, values, explanation), then what an editor or a tool needs besides: the ranking scope and unit,
 * what kind of check decided it, how many articles it spans, and the derived checks with their numbers.
 */
final class ConflictsJson {
    private ConflictsJson() {
    }

    @JsonPropertyOrder({"run", "conflicts", "agreements", "doubts", "notes", "stories"})
    record File(@JsonInclude(JsonInclude.Include.NON_NULL) Object run, List<Group> conflicts, List<Group> agreements,
                List<Group> doubts, List<Note> notes, List<Story> stories) {
        static File of(Reconciliation reconciliation, Object run) {
            Map<String, String> storyOf = new HashMap<>();
            reconciliation.copies().forEach((story, docs) -> docs.forEach(d -> storyOf.put(d, story)));
            return new File(run, reconciliation.conflicts().stream().map(g -> Group.of(g, storyOf)).toList(),
                    reconciliation.agreements().stream().map(g -> Group.of(g, storyOf)).toList(),
                    reconciliation.doubts().stream().map(g -> Group.of(g, storyOf)).toList(), reconciliation.notes(),
                    reconciliation.copies().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new Story(e.getKey(), e.getValue())).toList());
        }
    }

    /** Documents that are copies of one story (see StoryGroups), named by the first of them. */
    @JsonPropertyOrder({"story", "docs"})
    record Story(String story, List<String> docs) {
    }

    @JsonPropertyOrder({"subject", "metric", "period", "claims", "values", "explanation", "scope", "unit", "kind",
            "docs", "share_checks"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Group(String subject, String metric, String period, List<String> claims, List<Value> values,
                 String explanation, String scope, String unit, String kind, int docs, List<Check> shareChecks) {
        static Group of(ReconciledGroup group, Map<String, String> storyOf) {
            return new Group(group.subject(), group.metric(), group.period(),
                    group.values().stream().map(v -> v.claim().claimId()).toList(),
                    group.values().stream().map(v -> Value.of(v, storyOf)).toList(), group.explanation(), group.scope(),
                    group.unit(), group.kind().name().toLowerCase(Locale.ROOT), group.docs(),
                    group.shareChecks().stream().map(Check::of).toList());
        }
    }

    /** One claim's figure, with the range it allows (null bound: unbounded) and its evidence. */
    @JsonPropertyOrder({"doc", "value", "unit", "qualifier", "surface", "sentence", "start", "end", "said_by",
            "claim_id", "subject", "metric", "outlet", "published", "allows_low", "allows_high", "allows", "story",
            "binding", "confidence"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Value(String doc, BigDecimal value, String unit, String qualifier, String surface, String sentence,
                 int start, int end, String saidBy, String claimId, String subject, String metric, String outlet,
                 String published, BigDecimal allowsLow, BigDecimal allowsHigh, String allows, String story,
                 String binding, BigDecimal confidence) {
        static Value of(StatedValue stated, Map<String, String> storyOf) {
            Claim claim = stated.claim();
            Interval allowed = stated.allowed();
            return new Value(claim.doc(), OutputJson.plain(claim.value()), claim.unit(), claim.qualifier(),
                    claim.surface(), claim.sentence(), claim.start(), claim.end(), claim.saidBy(), claim.claimId(),
                    claim.subject(), claim.metric(), claim.outlet(), claim.published(),
                    OutputJson.plain(allowed.low()), OutputJson.plain(allowed.high()),
                    Display.range(allowed, claim.unit()), storyOf.getOrDefault(claim.doc(), claim.doc()),
                    claim.binding(), OutputJson.plain(BigDecimal.valueOf(claim.confidence())));
        }
    }

    /** A derived check: the anchor's pairs, the world total, the implied share and which claims it rules out. */
    @JsonPropertyOrder({"anchor_doc", "subject", "share_metric", "count_metric", "subject_count_claims",
            "world_total_low", "world_total_high", "implied_share_low", "implied_share_high", "pairs", "fitting",
            "contradicted", "explanation"})
    record Check(String anchorDoc, String subject, String shareMetric, String countMetric,
                 List<String> subjectCountClaims, BigDecimal worldTotalLow, BigDecimal worldTotalHigh,
                 BigDecimal impliedShareLow, BigDecimal impliedShareHigh, List<Pair> pairs, List<String> fitting,
                 List<String> contradicted, String explanation) {
        static Check of(ShareCheck check) {
            return new Check(check.anchorDoc(), check.subject(), check.shareMetric(), check.countMetric(),
                    ids(check.subjectCounts()), round(check.worldTotal().low()), round(check.worldTotal().high()),
                    round(check.impliedShare().low()), round(check.impliedShare().high()),
                    check.pairs().stream().map(Pair::of).toList(), ids(check.fitting()), ids(check.contradicted()),
                    Explanations.derivedSentence(check));
        }
    }

    @JsonPropertyOrder({"subject", "count", "share", "world_total_low", "world_total_high", "claims"})
    record Pair(String subject, BigDecimal count, BigDecimal share, BigDecimal worldTotalLow,
                BigDecimal worldTotalHigh, List<String> claims) {
        static Pair of(ShareCheck.Pair pair) {
            List<String> claims = new ArrayList<>(ids(pair.counts()));
            claims.addAll(ids(pair.shares()));
            return new Pair(pair.subject(), OutputJson.plain(pair.counts().get(0).value()),
                    OutputJson.plain(pair.shares().get(0).value()), round(pair.total().low()),
                    round(pair.total().high()), claims);
        }
    }

    private static List<String> ids(List<Claim> claims) {
        return claims.stream().map(Claim::claimId).toList();
    }

    /** Derived bounds carry 20 digits internally; 8 significant ones are plenty to read and re-check. */
    private static BigDecimal round(BigDecimal value) {
        return OutputJson.plain(value.round(new MathContext(8, RoundingMode.HALF_EVEN)));
    }
}
