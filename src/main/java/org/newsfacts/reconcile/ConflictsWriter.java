package org.newsfacts.reconcile;

import org.newsfacts.records.OutputJson;
import org.newsfacts.files.AtomicFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes {@code conflicts.json} atomically: {@code {"conflicts": [...], "agreements": [...], "notes": [...]}},
 * snake_case keys, plain numbers.
 */
public final class ConflictsWriter {
    public static final String FILE = "conflicts.json";

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
    public static void write(Path outDir, Reconciliation reconciliation, Object run) throws IOException {
        AtomicFiles.write(outDir.resolve(FILE), out -> write(out, reconciliation, run));
    }

    /** Writes {@code reconciliation} as conflicts.json's content to {@code out} (left open). */
    public static void write(OutputStream out, Reconciliation reconciliation) throws IOException {
        write(out, reconciliation, null);
    }

    public static void write(OutputStream out, Reconciliation reconciliation, Object run) throws IOException {
        OutputJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out, ConflictsJson.File.of(reconciliation, run));
        out.write('\n');
    }
}
