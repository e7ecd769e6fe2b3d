package org.newsfacts.reconcile;

import org.newsfacts.claims.Claim;
import org.newsfacts.records.ConflictsRecord;
import org.newsfacts.records.OutputJson;
import org.newsfacts.records.Provenance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A reconciliation as {@code conflicts.json}'s record ({@link ConflictsRecord}): each group with its claims'
 * evidence and the ranges they allow, each value with its story, derived bounds rounded for reading.
 */
final class ConflictsRecords {
    private ConflictsRecords() {
    }

    static ConflictsRecord of(Reconciliation reconciliation, Provenance run) {
        Map<String, String> storyOf = new HashMap<>();
        reconciliation.copies().forEach((story, docs) -> docs.forEach(d -> storyOf.put(d, story)));
        return new ConflictsRecord(run, groups(reconciliation.conflicts(), storyOf),
                groups(reconciliation.agreements(), storyOf), groups(reconciliation.doubts(), storyOf),
                reconciliation.notes().stream().map(ConflictsRecords::note).toList(),
                reconciliation.copies().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new ConflictsRecord.Story(e.getKey(), e.getValue())).toList());
    }

    private static List<ConflictsRecord.Group> groups(List<ReconciledGroup> groups, Map<String, String> storyOf) {
        return groups.stream().map(g -> group(g, storyOf)).toList();
    }

    private static ConflictsRecord.Group group(ReconciledGroup group, Map<String, String> storyOf) {
        return new ConflictsRecord.Group(group.subject(), group.metric(), group.period(),
                group.values().stream().map(v -> v.claim().claimId()).toList(),
                group.values().stream().map(v -> value(v, storyOf)).toList(), group.explanation(), group.scope(),
                group.unit(), group.kind().name().toLowerCase(Locale.ROOT), group.docs(),
                group.shareChecks().stream().map(ConflictsRecords::check).toList());
    }

    private static ConflictsRecord.Value value(StatedValue stated, Map<String, String> storyOf) {
        Claim claim = stated.claim();
        Interval allowed = stated.allowed();
        return new ConflictsRecord.Value(claim.doc(), OutputJson.plain(claim.value()), claim.unit(), claim.qualifier(),
                claim.surface(), claim.sentence(), claim.start(), claim.end(), claim.saidBy(), claim.claimId(),
                claim.subject(), claim.metric(), claim.outlet(), claim.published(),
                OutputJson.plain(allowed.low()), OutputJson.plain(allowed.high()),
                Display.range(allowed, claim.unit()), storyOf.getOrDefault(claim.doc(), claim.doc()),
                claim.binding(), OutputJson.plain(BigDecimal.valueOf(claim.confidence())));
    }

    private static ConflictsRecord.ShareCheck check(ShareCheck check) {
        return new ConflictsRecord.ShareCheck(check.anchorDoc(), check.subject(), check.shareMetric(),
                check.countMetric(), ids(check.subjectCounts()), round(check.worldTotal().low()),
                round(check.worldTotal().high()), round(check.impliedShare().low()),
                round(check.impliedShare().high()), check.pairs().stream().map(ConflictsRecords::pair).toList(),
                ids(check.fitting()), ids(check.contradicted()), Explanations.derivedSentence(check));
    }

    private static ConflictsRecord.Pair pair(ShareCheck.Pair pair) {
        List<String> claims = new ArrayList<>(ids(pair.counts()));
        claims.addAll(ids(pair.shares()));
        return new ConflictsRecord.Pair(pair.subject(), OutputJson.plain(pair.counts().get(0).value()),
                OutputJson.plain(pair.shares().get(0).value()), round(pair.total().low()),
                round(pair.total().high()), claims);
    }

    private static ConflictsRecord.Note note(Note note) {
        return new ConflictsRecord.Note(note.kind(), note.subject(), note.metric(), note.period(), note.scope(),
                note.docs(), note.claims(), note.explanation());
    }

    private static List<String> ids(List<Claim> claims) {
        return claims.stream().map(Claim::claimId).toList();
    }

    /** Derived bounds carry 20 digits internally; 8 significant ones are plenty to read and re-check. */
    private static BigDecimal round(BigDecimal value) {
        return OutputJson.plain(value.round(new MathContext(8, RoundingMode.HALF_EVEN)));
    }
}
