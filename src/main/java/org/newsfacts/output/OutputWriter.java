package org.newsfacts.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimRecord;
import org.newsfacts.claims.ClaimsWriter;
import org.newsfacts.claims.EditionPeriods;
import org.newsfacts.claims.OutputJson;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.reconcile.ConflictsWriter;
import org.newsfacts.reconcile.Reconciler;
import org.newsfacts.reconcile.Reconciliation;
import org.newsfacts.reconcile.StoryGroups;
import org.newsfacts.report.EvidenceHint;
import org.newsfacts.report.ReportWriter;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's files into a folder as the articles come in, so that nothing of an article is kept once its
 * lines are written. Articles must arrive in {@code doc} order (as {@code BatchRunner} hands them over); each
 * file's lines are then in {@code doc} order, byte for byte what writing the whole run at once gives.
 *
 * <p>Claims are the exception: an article's claim periods depend on the newest ranking edition of the whole
 * run, and reconciliation needs every claim. They go to a spill file beside the outputs as each article
 * finishes and are read back once at the end; what stays in memory then is the claims alone (no text, no offset
 * maps), their repeated words shared.
 *
 * <p>The folder should be a staging folder that is published as a whole ({@code OutputSet}); the files are
 * written in place, without temporary names.
 */
public final class OutputWriter implements Closeable {
    public static final String DOCUMENTS = "documents.jsonl";
    public static final String FIGURES = "figures.jsonl";
    public static final String MENTIONS = "mentions.jsonl";
    public static final String QUOTES = "quotes.jsonl";
    /** The claims as they were found, read back at the end; removed once the run's files are written. */
    static final String CLAIM_SPILL = ".claims.spill.jsonl";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    private static final ObjectMapper SPILL = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path outDir;
    private final EditionPeriods editions;
    private final Lines documents;
    private final Lines figures;
    private final Lines mentions;
    private final Lines quotes;
    private final Lines spill;
    private final Named quotesCsvFile;
    private final CsvTables.Table quotesCsv;
    private final ReportWriter report;
    /** Which articles are copies of one story: a MinHash signature per article, not its text. */
    private final StoryGroups stories = new StoryGroups();
    private String newestEdition;
    private String lastDoc;
    private boolean closed;

    /** Opens the run's files in {@code outDir}, which is created if needed. */
    public OutputWriter(Path outDir, EditionPeriods editions) throws IOException {
        this(outDir, editions, true);
    }

    /** @param withReport false for {@code extract --no-report}: every file but report.html. */
    public OutputWriter(Path outDir, EditionPeriods editions, boolean withReport) throws IOException {
        this.outDir = outDir;
        this.editions = editions;
        Files.createDirectories(outDir);
        documents = new Lines(outDir, DOCUMENTS, JSON);
        figures = new Lines(outDir, FIGURES, JSON);
        mentions = new Lines(outDir, MENTIONS, JSON);
        quotes = new Lines(outDir, QUOTES, JSON);
        spill = new Lines(outDir, CLAIM_SPILL, SPILL);
        quotesCsvFile = new Named(outDir, CsvTables.QUOTES);
        quotesCsv = CsvTables.quotesTable(quotesCsvFile.out);
        report = withReport ? new ReportWriter(outDir) : null;
    }

    private Provenance provenance;

    /** The run's provenance, written as conflicts.json's {@code run} and shown in the report's summary. */
    public OutputWriter withProvenance(Provenance provenance) {
        this.provenance = provenance;
        if (report != null) {
            report.provenance(provenance);
        }
        return this;
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** One line of {@code figures.jsonl}; public so that other runners (the Spark job) write the same lines. */
    @JsonPropertyOrder({"doc", "surface", "value", "unit", "qualifier", "start", "end"})
    public record FigureLine(String doc, String surface, BigDecimal value, String unit, String qualifier, int start,
                             int end) {
        public static List<FigureLine> of(ArticleResult r) {
            return r.figures().stream().map(f -> new FigureLine(r.doc(), f.surface(), f.value(), f.unit(),
                    f.qualifier(), f.start(), f.end())).toList();
        }
    }

    /** One line of {@code mentions.jsonl}. */
    @JsonPropertyOrder({"doc", "type", "id", "surface", "start", "end", "title"})
    public record MentionLine(String doc, String type, String id, String surface, int start, int end, String title) {
        public static List<MentionLine> of(ArticleResult r) {
            return r.mentions().stream().map(m -> new MentionLine(r.doc(), m.type(), m.id(), m.surface(),
                    m.start(), m.end(), m.title())).toList();
        }
    }

    /** One line of {@code quotes.jsonl}. */
    @JsonPropertyOrder({"doc", "speaker", "speaker_title", "kind", "text", "start", "end"})
    public record QuoteLine(String doc, String speaker, String speakerTitle, String kind, String text, int start,
                            int end) {
        public static List<QuoteLine> of(ArticleResult r) {
            return r.quotes().stream().map(q -> new QuoteLine(r.doc(), q.speaker(), q.speakerTitle(), q.kind(),
                    q.text(), q.start(), q.end())).toList();
        }
    }

    /** A claim as spilled: with its article's edition and where its figure sits in its sentence. */
    record SpilledClaim(Claim claim, String edition, int figureAt, String lang) {
    }

    /** Every file of a run held in memory at once (tests, small callers): results in {@code doc} order. */
    public void write(List<ArticleResult> results) throws IOException {
        for (ArticleResult r : results) {
            accept(r);
        }
        finish();
    }

    /** Writes one article's lines; articles come in {@code doc} order. */
    public void accept(ArticleResult r) throws IOException {
        if (lastDoc != null && lastDoc.compareTo(r.doc()) > 0) {
            throw new IllegalStateException("articles out of doc order: " + r.doc() + " after " + lastDoc);
        }
        lastDoc = r.doc();
        documents.write(DocumentRecord.of(r));
        for (FigureLine line : FigureLine.of(r)) {
            figures.write(line);
        }
        for (MentionLine line : MentionLine.of(r)) {
            mentions.write(line);
        }
        for (QuoteLine line : QuoteLine.of(r)) {
            quotes.write(line);
        }
        for (var q : r.quotes()) {
            quotesCsvFile.guard(() -> quotesCsv.write(CsvTables.QuoteRow.of(r.doc(), q)));
        }
        if (r.text() != null) {
            stories.add(r.doc(), r.text().matchingView().text());
        }
        if (r.edition() != null && (newestEdition == null || r.edition().compareTo(newestEdition) > 0)) {
            newestEdition = r.edition();
        }
        for (Claim c : r.claims().stream().sorted(ClaimsWriter.DOCUMENT_ORDER).toList()) {
            EvidenceHint hint = EvidenceHint.of(c, r);
            spill.write(new SpilledClaim(c, r.edition(), hint.figureAt(), hint.lang()));
        }
        if (report != null) {
            report.add(r);
        }
    }

    /**
     * Closes the per-article files, then writes claims.jsonl, claims.csv, conflicts.json and report.html from
     * the spilled claims.
     */
    public Reconciliation finish() throws IOException {
        closed = true;
        documents.close();
        figures.close();
        mentions.close();
        quotes.close();
        quotesCsvFile.guard(quotesCsv::close);
        quotesCsvFile.close();
        spill.close();

        List<Claim> claims = new ArrayList<>();
        List<EvidenceHint> hints = new ArrayList<>();
        Interner words = new Interner();
        Lines claimLines = new Lines(outDir, ClaimsWriter.FILE, OutputJson.mapper());
        Named claimsCsvFile = new Named(outDir, CsvTables.CLAIMS);
        CsvTables.Table claimsCsv = CsvTables.claimsTable(claimsCsvFile.out);
        Path spilled = outDir.resolve(CLAIM_SPILL);
        try (MappingIterator<SpilledClaim> it = SPILL.readerFor(SpilledClaim.class).readValues(spilled.toFile())) {
            while (it.hasNext()) {
                SpilledClaim s = it.next();
                Claim claim = words.compact(editions.apply(s.claim(), s.edition(), newestEdition));
                ClaimRecord record = ClaimRecord.of(claim);
                claimLines.write(record);
                claimsCsvFile.guard(() -> claimsCsv.write(record));
                // Reconciliation compares confident claims only; the others are written and let go.
                if (claim.confidence() >= Reconciler.CONFIDENT) {
                    claims.add(claim);
                    hints.add(new EvidenceHint(s.figureAt(), words.word(s.lang())));
                }
            }
        }
        claimLines.close();
        claimsCsvFile.guard(claimsCsv::close);
        claimsCsvFile.close();
        Files.delete(spilled);

        Reconciliation reconciliation = new Reconciler().reconcile(claims, stories);
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

    /** Closes what is open when the run stops half-way; the folder is then thrown away. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        for (Closeable c : new Closeable[] {documents, figures, mentions, quotes, spill, quotesCsvFile, report}) {
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
                    c.confidence());
        }
    }

    /** An output file open for writing; an error names the file, so a full disk says which one. */
    static class Named implements Closeable {
        final String name;
        final OutputStream out;

        Named(Path dir, String name) throws IOException {
            this.name = name;
            try {
                this.out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        interface Step {
            void run() throws IOException;
        }

        void guard(Step step) throws IOException {
            try {
                step.run();
            } catch (IOException e) {
                throw failure(e);
            }
        }

        IOException failure(IOException e) {
            return e.getMessage() != null && e.getMessage().startsWith("cannot write " + name) ? e
                    : new IOException("cannot write " + name + ": " + e.getMessage(), e);
        }

        @Override
        public void close() throws IOException {
            guard(out::close);
        }
    }

    /** A JSON-lines file: one record a line, each line ending in a line feed. */
    static final class Lines extends Named {
        private final SequenceWriter lines;
        private boolean any;

        Lines(Path dir, String name, ObjectMapper mapper) throws IOException {
            super(dir, name);
            this.lines = mapper.writer().withRootValueSeparator("\n").writeValues(out);
        }

        void write(Object record) throws IOException {
            guard(() -> lines.write(record));
            any = true;
        }

        @Override
        public void close() throws IOException {
            guard(() -> {
                lines.close();
                if (any) {
                    out.write('\n');
                }
                out.close();
            });
        }
    }
}
