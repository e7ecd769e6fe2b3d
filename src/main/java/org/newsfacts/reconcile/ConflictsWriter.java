package org.newsfacts.reconcile;

import org.newsfacts.claims.OutputJson;
import org.newsfacts.output.AtomicFiles;

import java.io.IOException;
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
        ConflictsJson.File file = ConflictsJson.File.of(reconciliation);
        AtomicFiles.write(outDir.resolve(FILE), out -> {
            OutputJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out, file);
            out.write('\n');
        });
    }
}
