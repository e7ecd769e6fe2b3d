package org.newsfacts.report;

import org.jsoup.nodes.Document;
import org.newsfacts.output.AtomicFiles;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.reconcile.Reconciliation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code report.html}: one self-contained page for editors with the run's conflicts first (competing
 * values side by side, each with its sentence, outlet, date and speaker), then agreements, then every
 * article's text with its figures, quotes and mentions highlighted, and the files that failed.
 *
 * <p>The page is a pure function of its inputs (no clock, no paths of the machine), so two runs over the
 * same corpus write the same bytes.
 */
public final class ReportWriter {
    public static final String FILE_NAME = "report.html";

    private ReportWriter() {
    }

    /**
     * Writes {@code outDir/report.html} atomically.
     *
     * @param results        every file of the run, failed ones included, in the order to show them
     * @param reconciliation the run's reconciled claims (with edition periods applied, as in conflicts.json)
     * @return the file written
     */
    public static Path write(Path outDir, List<ArticleResult> results, Reconciliation reconciliation)
            throws IOException {
        Document page = render(results, reconciliation);
        Path target = outDir.resolve(FILE_NAME);
        // Streamed, not built as one String first: the page holds every article's text and can be large.
        AtomicFiles.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            page.html(writer);
            writer.flush();
        });
        return target;
    }

    /** The page as a DOM, for callers that inspect it. */
    public static Document render(List<ArticleResult> results, Reconciliation reconciliation) {
        return ReportPage.build(new ReportModel(results, reconciliation));
    }
}
