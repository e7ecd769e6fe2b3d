package org.newsfacts.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.evaluate.Fixture.category;
import static org.newsfacts.evaluate.Fixture.goldFigure;
import static org.newsfacts.evaluate.Seeds.HKCNA;
import static org.newsfacts.evaluate.Seeds.at;

/** Which document a gold article is scored against, and what a missing file or document reads as. */
class EvaluatorTest {

    private static final String TEXT = Seeds.repaired(HKCNA);
    private static final String HTML_COPY = "002_7c878330511f077d.html";
    private static final Map<String, Object> GOLD = Map.of("figures", List.of(
            goldFigure("第98位", "从2024年第100位升至第98位", 98, "rank", null, false)));

    @TempDir
    Path root;

    /** The article's own file and an HTML copy; only the copy's figure was extracted. */
    private Fixture articleAndCopy() {
        return new Fixture(root).goldDoc(HKCNA, GOLD)
                .document(HKCNA, TEXT)
                .document(HTML_COPY, TEXT)
                .figure(HTML_COPY, TEXT, at(TEXT, "升至第98位", "第98位"), 98, "rank", null);
    }

    @Test
    void anOutputLineWithoutItsOffsetsIsBadInputNamingTheFileAndLine() throws Exception {
        // Read into the records the run writes them from, offsets are ints: a missing one must not read as 0.
        Path out = Files.createDirectories(root.resolve("out"));
        Files.writeString(out.resolve(OutputRun.DOCUMENTS), "{\"doc\":\"a.txt\",\"status\":\"ok\",\"text\":\"佔全球9%\"}\n");
        Files.writeString(out.resolve(OutputRun.FIGURES), "{\"doc\":\"a.txt\",\"surface\":\"9%\",\"value\":9,"
                + "\"unit\":\"%\",\"start\":3,\"end\":5}\n{\"doc\":\"a.txt\",\"surface\":\"9%\",\"value\":9,\"end\":5}\n");
        BadInputException e = assertThrows(BadInputException.class, () -> OutputRun.load(out));
        assertTrue(e.getMessage().contains(OutputRun.FIGURES) && e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void aConflictsFileWithoutAValuesUnitIsBadInputNamingTheFileLineAndField() throws Exception {
        // Read through the record extract writes it from, a group's value without the contract's unit is an error,
        // placed, not a conflict that silently compares nothing.
        Path out = Files.createDirectories(root.resolve("out"));
        Files.writeString(out.resolve(OutputRun.DOCUMENTS), "{\"doc\":\"a.txt\",\"status\":\"ok\",\"text\":\"佔全球9%\"}\n");
        Files.writeString(out.resolve(OutputRun.CONFLICTS), "{\"conflicts\": [{\"subject\": \"Seoul\", \"metric\": "
                + "\"pct_share\", \"period\": null, \"claims\": [],\n \"values\": [{\"doc\": \"a.txt\", \"value\": 9, "
                + "\"qualifier\": null}], \"explanation\": \"\"}], \"agreements\": []}\n");
        BadInputException e = assertThrows(BadInputException.class, () -> OutputRun.load(out));
        assertEquals(out.resolve(OutputRun.CONFLICTS), e.file());
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("conflicts[0].values[0].unit"),
                e.getMessage());
    }

    @Test
    void goldArticleIsScoredAgainstItsOwnFileNotItsCopies() {
        Report report = articleAndCopy().evaluate();

        assertEquals(List.of(HKCNA), report.primary().documents());
        assertEquals(0, category(report, FigureScorer.CATEGORY).truePositives());
        assertTrue(report.copies().isEmpty());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("--all-copies")), report.warnings().toString());
    }

    @Test
    void allCopiesScoresEachCopyOnItsOwn() {
        Report report = articleAndCopy().evaluate(true);

        assertEquals(1, report.copies().size());
        ScopeReport copy = report.copies().get(0);
        assertEquals(HTML_COPY, copy.name());
        assertEquals(1.0, copy.category(FigureScorer.CATEGORY).orElseThrow().f1());
    }

    @Test
    void goldArticleFallsBackToACopyWhenItsOwnFileIsAbsent() {
        Report report = new Fixture(root).goldDoc(HKCNA, GOLD)
                .document("hk/" + HTML_COPY, TEXT)
                .figure("hk/" + HTML_COPY, TEXT, at(TEXT, "升至第98位", "第98位"), 98, "rank", null)
                .evaluate();

        assertEquals(List.of("hk/" + HTML_COPY), report.primary().documents());
        assertEquals(1, category(report, FigureScorer.CATEGORY).truePositives());
    }

    @Test
    void categoryWithoutItsFileIsNotProducedRatherThanZero() {
        Report report = new Fixture(root).goldDoc(HKCNA, GOLD).document(HKCNA, TEXT).evaluate();
        CategoryResult figures = category(report, FigureScorer.CATEGORY);
        StringWriter printed = new StringWriter();
        new ReportPrinter(20).print(report, new PrintWriter(printed));

        assertEquals(CategoryResult.Status.NOT_PRODUCED, figures.status());
        assertNull(figures.f1());
        assertTrue(printed.toString().contains("figures    not produced: figures.jsonl not in output folder"),
                printed.toString());
    }

    @Test
    void goldOfADocumentMissingFromOutputIsMissed() {
        Report report = new Fixture(root).goldDoc(HKCNA, GOLD)
                .document(Seeds.TAKUNGPAO, Seeds.repaired(Seeds.TAKUNGPAO))
                .produced(OutputRun.FIGURES)
                .evaluate();
        CategoryResult figures = category(report, FigureScorer.CATEGORY);

        assertEquals(1, figures.falseNegatives());
        assertEquals("document not in output", figures.misses().get(0).reason());
        assertEquals(0, report.articlesInOutput());
    }

    @Test
    void goldOfAFailedDocumentIsMissedWithTheExtractionError() {
        Report report = new Fixture(root).goldDoc(HKCNA, GOLD)
                .failedDocument(HKCNA, "encrypted PDF")
                .produced(OutputRun.FIGURES)
                .evaluate();

        assertEquals("extraction failed: encrypted PDF",
                category(report, FigureScorer.CATEGORY).misses().get(0).reason());
    }
}
