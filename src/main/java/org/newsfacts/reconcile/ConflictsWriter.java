package org.newsfacts.reconcile;

import org.newsfacts.files.AtomicFiles;
import org.newsfacts.records.ConflictsRecord;
import org.newsfacts.records.OutputJson;
import org.newsfacts.records.Provenance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes {@code conflicts.json} atomically: {@code {"conflicts": [...], "agreements": [...], "notes": [...]}},
 * snake_case keys, plain numbers, the shape of {@link ConflictsRecord}.
 */
public final class ConflictsWriter {
    public static final String FILE = ConflictsRecord.FILE;

    private ConflictsWriter() {
    }

    /** Writes {@code reconciliation} to {@code outDir/conflicts.json}. */
    public static void write(Path outDir, Reconciliation reconciliation) throws IOException {
        write(outDir, reconciliation, null);
    }

    /**
     * As {@link #write(Path, Reconciliation)}, with the run's provenance (version, run date, inputs, models
     * fingerprint) as the file's first field {@code run}; null leaves it out, so the file depends on the claims alone.
     */
    public static void write(Path outDir, Reconciliation reconciliation, Provenance run) throws IOException {
        AtomicFiles.write(outDir.resolve(FILE), out -> write(out, reconciliation, run));
    }

    /** Writes {@code reconciliation} as conflicts.json's content to {@code out} (left open). */
    public static void write(OutputStream out, Reconciliation reconciliation) throws IOException {
        write(out, reconciliation, null);
    }

    public static void write(OutputStream out, Reconciliation reconciliation, Provenance run) throws IOException {
        write(out, ConflictsRecords.of(reconciliation, run));
    }

    /** Writes a file's record as conflicts.json's content to {@code out} (left open): how every copy is written. */
    public static void write(OutputStream out, ConflictsRecord file) throws IOException {
        OutputJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out, file);
        out.write('\n');
    }
}
