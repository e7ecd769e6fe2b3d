package org.newsfacts.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.EditionPeriods;
import org.newsfacts.claims.MetricLabels;
import org.newsfacts.claims.MetricRoles;
import org.newsfacts.output.ClaimsWriter;
import org.newsfacts.output.OutputWriter;
import org.newsfacts.records.Provenance;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.reconcile.ConflictsWriter;
import org.newsfacts.reconcile.Reconciler;
import org.newsfacts.reconcile.Reconciliation;
import org.newsfacts.reconcile.StoryGroups;
import org.newsfacts.report.EvidenceHint;
import org.newsfacts.report.ReportWriter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run does with its articles' results, in order: each article's lines are written as it comes in;
 * at the end its claims are dated against the newest ranking edition of the whole run ({@link EditionPeriods}),
 * written, reconciled across articles ({@link Reconciler}) into conflicts.json, and the report is drawn. The
 * writing itself is {@code output}'s; this class decides what is written when. Articles must arrive in
 * {@code doc} order (as {@code BatchRunner} hands them over).
 *
 * <p>Nothing of an article is kept once its lines are written. Claims are the exception: their periods
 * depend on the whole run, and reconciliation needs every claim. They go to a spill file beside the outputs as
 * each article finishes and are read back once at the end; what stays in memory then is the claims alone (no
 * text, no offset maps), their repeated words shared. The first {@link #HELD_CLAIMS} claims of a run are held
 * in memory instead and spilled only when more come: a run of a few files (a one-file {@code extract}) then never
 * builds Jackson's serialisers and deserialisers for the spill, ~20 ms of a cold start's main thread and some
 * 150 classes, and holds at most what the run holds at its end anyway.
 */
public final class ExtractRun implements Closeable {
    /** The claims as they were found, read back at the end; removed once the run's files are written. */
    static final String CLAIM_SPILL = ".claims.spill.jsonl";
    /** How many claims a run holds in memory before it starts its spill file (a claim is well under 1 KB). */
    static final int HELD_CLAIMS = 2000;

    private static final ObjectMapper SPILL = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path outDir;
    private final EditionPeriods editions;
    private final MetricLabels labels;
    private final Reconciler reconciler;
    private final OutputWriter files;
    private final int heldClaims;
    /** The claims so far while there are at most {@link #heldClaims}; null once they went to the spill. */
    private List<SpilledClaim> held = new ArrayList<>();
    private OutputWriter.Lines spill;
    private final ReportWriter report;
    /** Which articles are copies of one story: a MinHash signature per article, not its text. */
    private final StoryGroups stories = new StoryGroups();
    private Provenance provenance;
    private String newestEdition;
    private boolean closed;

    /**
     * Opens the run's files in {@code outDir}, which is created if needed; {@code labels} name the metrics in
     * claims.csv, the report and conflicts.json's explanations, {@code roles} say what the reconciler asks of a
     * metric (models/claims/metric-roles.tsv).
     */
    public ExtractRun(Path outDir, EditionPeriods editions, MetricLabels labels, MetricRoles roles) throws IOException {
        this(outDir, editions, labels, roles, true);
    }

    /** @param withReport false for {@code extract --no-report}: every file but report.html. */
    public ExtractRun(Path outDir, EditionPeriods editions, MetricLabels labels, MetricRoles roles,
                      boolean withReport) throws IOException {
        this(outDir, editions, labels, roles, withReport, HELD_CLAIMS);
    }

    /** @param heldClaims how many claims are held in memory before the spill file is started (tests: 0). */
    ExtractRun(Path outDir, EditionPeriods editions, MetricLabels labels, MetricRoles roles, boolean withReport,
               int heldClaims) throws IOException {
        this.heldClaims = heldClaims;
        this.outDir = outDir;
        this.reconciler = new Reconciler(roles, labels);
        this.editions = editions;
        this.labels = labels;
        this.files = new OutputWriter(outDir);
        this.report = withReport ? new ReportWriter(outDir, labels) : null;
    }

    /** The run's provenance, written as conflicts.json's {@code run} and shown in the report's summary. */
    public ExtractRun withProvenance(Provenance provenance) {
        this.provenance = provenance;
        if (report != null) {
            report.provenance(provenance);
        }
        return this;
    }

    /** A claim as spilled, with where its figure sits in its sentence (its edition is in its own time). */
    record SpilledClaim(Claim claim, int figureAt, String lang) {
    }

    /** Every file of a run held in memory at once (tests, small callers): results in {@code doc} order. */
    public Reconciliation write(List<ArticleResult> results) throws IOException {
        for (ArticleResult r : results) {
            accept(r);
        }
        return finish();
    }

    /** Writes one article's lines and keeps what the end of the run needs of it; articles come in doc order. */
    public void accept(ArticleResult r) throws IOException {
        files.accept(r);
        if (r.text() != null) {
            stories.add(r.doc(), r.text().matchingView().text());
        }
        if (r.edition() != null && (newestEdition == null || r.edition().compareTo(newestEdition) > 0)) {
            newestEdition = r.edition();
        }
        for (Claim c : r.claims().stream().sorted(ClaimsWriter.DOCUMENT_ORDER).toList()) {
            EvidenceHint hint = EvidenceHint.of(c, r);
            hold(new SpilledClaim(c, hint.figureAt(), hint.lang()));
        }
        if (report != null) {
            report.add(r);
        }
    }

    private void hold(SpilledClaim claim) throws IOException {
        if (held != null && held.size() < heldClaims) {
            held.add(claim);
            return;
        }
        if (spill == null) {
            spill = new OutputWriter.Lines(outDir, CLAIM_SPILL, SPILL);
            for (SpilledClaim earlier : held) {
                spill.write(earlier);
            }
            held = null;
        }
        spill.write(claim);
    }

    /**
     * Closes the per-article files, then writes claims.jsonl, claims.csv, conflicts.json and report.html from
     * the spilled claims.
     */
    public Reconciliation finish() throws IOException {
        closed = true;
        files.finishArticles();

        List<Claim> claims = new ArrayList<>();
        List<EvidenceHint> hints = new ArrayList<>();
        Interner words = new Interner();
        if (spill == null) {
            for (SpilledClaim s : held) {
                finishClaim(s, words, claims, hints);
            }
            held = null;
        } else {
            spill.close();
            Path spilled = outDir.resolve(CLAIM_SPILL);
            try (MappingIterator<SpilledClaim> it = SPILL.readerFor(SpilledClaim.class).readValues(spilled.toFile())) {
                while (it.hasNext()) {
                    finishClaim(it.next(), words, claims, hints);
                }
            }
            Files.delete(spilled);
        }
        files.finishClaims();

        Reconciliation reconciliation = reconciler.reconcile(claims, stories);
        Map<Claim, EvidenceHint> hintOf = new IdentityHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            hintOf.put(claims.get(i), hints.get(i));
        }
        claims = null;
        hints = null;
        ConflictsWriter.write(outDir, reconciliation, provenance);
        if (report != null) {
            report.finish(reconciliation, c -> hintOf.getOrDefault(c, EvidenceHint.NONE));
        }
        return reconciliation;
    }

    /** Dates and writes one claim; keeps it for reconciliation when it is confident. */
    private void finishClaim(SpilledClaim s, Interner words, List<Claim> claims, List<EvidenceHint> hints)
            throws IOException {
        Claim claim = words.compact(editions.apply(s.claim(), newestEdition));
        files.claim(claim, labels.english(claim.metric()));
        // Reconciliation compares confident claims only; the others are written and let go.
        if (claim.confidence() >= Reconciler.CONFIDENT) {
            claims.add(claim);
            hints.add(new EvidenceHint(s.figureAt(), words.word(s.lang())));
        }
    }

    /** Closes what is open when the run stops half-way; the folder is then thrown away. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        for (Closeable c : new Closeable[] {files, spill, report}) {
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (IOException | RuntimeException e) {
                // the run has already failed; its first error is the one reported
            }
        }
    }

    /** The words claims repeat (subjects, metrics, outlets, dates) stored once, however many claims say them. */
    private static final class Interner {
        private final Map<String, String> words = new HashMap<>();
        /**
         * Sentences, so that the claims of one sentence and the copies of a story (mirrors, reposts) hold it once;
         * a sentence said once costs a map entry beside it.
         */
        private final Map<String, String> sentences = new HashMap<>();
        private String doc;

        String sentence(String s) {
            if (s == null) {
                return null;
            }
            String same = sentences.putIfAbsent(s, s);
            return same != null ? same : s;
        }

        String word(String s) {
            return s == null ? null : words.computeIfAbsent(s, k -> k);
        }

        Claim compact(Claim c) {
            if (!c.doc().equals(doc)) {
                doc = c.doc();
            }
            return new Claim(c.claimId(), doc, word(c.subject()), word(c.metric()), c.value(), word(c.unit()),
                    word(c.qualifier()), word(c.period()), word(c.scope()), word(c.saidBy()), c.start(), c.end(),
                    word(c.surface()), sentence(c.sentence()), word(c.outlet()), word(c.published()), word(c.binding()),
                    c.confidence(), c.step(), c.time());
        }
    }
}
