package org.newsfacts.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import org.newsfacts.claims.Claim;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.records.ClaimRecord;
import org.newsfacts.records.FigureRecord;
import org.newsfacts.records.MentionRecord;
import org.newsfacts.records.OutputJson;
import org.newsfacts.records.QuoteRecord;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the run's files that have one line per thing found: documents.jsonl, figures.jsonl, mentions.jsonl,
 * quotes.jsonl and quotes.csv as each article comes in, then claims.jsonl and claims.csv once the run has dated
 * its claims. It only writes: what a run does with its results before they are written (dating claims,
 * reconciling them, the report) is {@code run.ExtractRun}'s. Articles must arrive in {@code doc} order (as
 * {@code BatchRunner} hands them over); each file's lines are then in {@code doc} order, byte for byte what
 * writing the whole run at once gives. Each file is written from one record type of {@code records} (quotes.csv
 * from quotes.jsonl's, claims.csv from claims.jsonl's and a label), the very records the result cache keeps.
 *
 * <p>The folder should be a staging folder that is published as a whole ({@code OutputSet}); the files are
 * written in place, without temporary names.
 */
public final class OutputWriter implements Closeable {
    public static final String DOCUMENTS = "documents.jsonl";
    public static final String FIGURES = "figures.jsonl";
    public static final String MENTIONS = "mentions.jsonl";
    public static final String QUOTES = "quotes.jsonl";

    private final Path outDir;
    private final Lines documents;
    private final Lines figures;
    private final Lines mentions;
    private final Lines quotes;
    private final Named quotesCsvFile;
    private final CsvTables.Table quotesCsv;
    private Lines claimLines;
    private Named claimsCsvFile;
    private CsvTables.Table claimsCsv;
    private String lastDoc;
    private boolean closed;

    /** Opens the per-article files in {@code outDir}, which is created if needed. */
    public OutputWriter(Path outDir) throws IOException {
        this.outDir = outDir;
        Files.createDirectories(outDir);
        documents = new Lines(outDir, DOCUMENTS);
        figures = new Lines(outDir, FIGURES);
        mentions = new Lines(outDir, MENTIONS);
        quotes = new Lines(outDir, QUOTES);
        quotesCsvFile = new Named(outDir, CsvTables.QUOTES);
        quotesCsv = CsvTables.quotesTable(quotesCsvFile.out);
    }

    /** Writes one article's lines; articles come in {@code doc} order. */
    public void accept(ArticleResult r) throws IOException {
        if (lastDoc != null && lastDoc.compareTo(r.doc()) > 0) {
            throw new IllegalStateException("articles out of doc order: " + r.doc() + " after " + lastDoc);
        }
        lastDoc = r.doc();
        documents.write(r.document());
        for (FigureRecord figure : r.figures()) {
            figures.write(figure);
        }
        for (MentionRecord mention : r.mentions()) {
            mentions.write(mention);
        }
        for (QuoteRecord quote : r.quotes()) {
            quotes.write(quote);
            quotesCsvFile.guard(() -> quotesCsv.write(quote));
        }
    }

    /** Closes the per-article files: every article has been written. */
    public void finishArticles() throws IOException {
        documents.close();
        figures.close();
        mentions.close();
        quotes.close();
        quotesCsvFile.guard(quotesCsv::close);
        quotesCsvFile.close();
    }

    /**
     * Writes one claim, as it will stand, to claims.jsonl and claims.csv (opened with the first claim);
     * {@code metricLabel} is its metric in words, claims.csv's last column.
     */
    public void claim(Claim claim, String metricLabel) throws IOException {
        if (claimLines == null) {
            openClaims();
        }
        ClaimRecord record = ClaimRecord.of(claim);
        claimLines.write(record);
        claimsCsvFile.guard(() -> claimsCsv.write(CsvTables.ClaimRow.of(record, metricLabel)));
    }

    /** Closes claims.jsonl and claims.csv; a run without claims still gets both, empty but for the header. */
    public void finishClaims() throws IOException {
        if (claimLines == null) {
            openClaims();
        }
        claimLines.close();
        claimsCsvFile.guard(claimsCsv::close);
        claimsCsvFile.close();
        closed = true;
    }

    private void openClaims() throws IOException {
        claimLines = new Lines(outDir, ClaimsWriter.FILE);
        claimsCsvFile = new Named(outDir, CsvTables.CLAIMS);
        claimsCsv = CsvTables.claimsTable(claimsCsvFile.out);
    }

    /** Closes what is open when the run stops half-way; the folder is then thrown away. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        for (Closeable c : new Closeable[] {documents, figures, mentions, quotes, quotesCsvFile, claimLines, claimsCsvFile}) {
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

    /** An output file open for writing; an error names the file, so a full disk says which one. */
    public static class Named implements Closeable {
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
    public static final class Lines extends Named {
        private final SequenceWriter lines;
        private boolean any;

        /** A file of the run's records, in the output files' JSON settings. */
        public Lines(Path dir, String name) throws IOException {
            this(dir, name, OutputJson.mapper());
        }

        public Lines(Path dir, String name, ObjectMapper mapper) throws IOException {
            super(dir, name);
            this.lines = mapper.writer().withRootValueSeparator("\n").writeValues(out);
        }

        public void write(Object record) throws IOException {
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
