package org.newsfacts.output;

import org.newsfacts.claims.Claim;

import com.fasterxml.jackson.databind.SequenceWriter;
import org.newsfacts.files.AtomicFiles;
import org.newsfacts.records.ClaimRecord;
import org.newsfacts.records.OutputJson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** Writes {@code claims.jsonl} atomically: one claim a line, in document order so runs compare line by line. */
public final class ClaimsWriter {
    public static final String FILE = "claims.jsonl";

    /** Document, then position, then metric and subject (one figure may carry several claims). */
    public static final Comparator<Claim> DOCUMENT_ORDER = Comparator.comparing(Claim::doc)
            .thenComparingInt(Claim::start).thenComparingInt(Claim::end)
            .thenComparing(Claim::metric).thenComparing(Claim::subject).thenComparing(Claim::claimId);

    private ClaimsWriter() {
    }

    /** Writes {@code claims} to {@code outDir/claims.jsonl}. */
    public static void write(Path outDir, List<Claim> claims) throws IOException {
        List<Claim> ordered = claims.stream().sorted(DOCUMENT_ORDER).toList();
        AtomicFiles.write(outDir.resolve(FILE), out -> {
            try (SequenceWriter lines = OutputJson.mapper().writer().withRootValueSeparator("\n").writeValues(out)) {
                for (Claim claim : ordered) {
                    lines.write(ClaimRecord.of(claim));
                }
            }
            if (!ordered.isEmpty()) {
                out.write('\n');
            }
        });
    }
}
