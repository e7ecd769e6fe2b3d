package org.newsfacts.evaluate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.cli.NewsfactsCli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF copy of an article must be worth as much as its text: the two-column PDF copies of dev2 articles
 * ({@code corpus/dev2/pdf/}, made by {@code corpus/make/MakeDev2PdfCopies.java}) and the newspaper page of
 * {@code corpus/003}, extracted in one run with their text originals and each scored against the same gold,
 * stay within {@value #TOLERANCE} of the text on every category.
 */
class PdfCopiesScoreTest {
    static final double TOLERANCE = 0.02;
    static final List<String> CATEGORIES = List.of("figures", "clusters", "people", "quotes", "claims");
    static final Path DEV2_PDF = Fixtures.CORPUS.resolve("dev2").resolve("pdf");
    static final String CORPUS_PDF = "003_fc18a87fd1563ce0";

    /** One article: its text original, its PDF copy and its gold. */
    record Pair(String stem, Path text, Path pdf, Path gold) {
    }

    @TempDir
    static Path work;
    static List<Pair> pairs;
    static Path out;

    @BeforeAll
    static void extractTextsAndPdfCopiesInOneRun() throws IOException {
        pairs = new ArrayList<>();
        try (Stream<Path> copies = Files.list(Fixtures.required(DEV2_PDF))) {
            for (Path pdf : copies.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                String stem = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
                pairs.add(new Pair(stem, Fixtures.required(Fixtures.DEV2_ARTICLES.resolve(stem + ".txt")), pdf,
                        Fixtures.required(Fixtures.DEV2_GOLD.resolve(stem + ".txt.gold.json"))));
            }
        }
        pairs.add(new Pair(CORPUS_PDF, Fixtures.required(Fixtures.CORPUS.resolve(CORPUS_PDF + ".txt")),
                Fixtures.required(Fixtures.CORPUS.resolve(CORPUS_PDF + ".pdf")),
                Fixtures.required(Fixtures.GOLD.resolve(CORPUS_PDF + ".txt.gold.json"))));

        Path input = Files.createDirectories(work.resolve("input"));
        for (Pair pair : pairs) {
            Files.copy(pair.text(), input.resolve(pair.stem() + ".txt"));
            Files.copy(pair.pdf(), input.resolve(pair.stem() + ".pdf"));
        }
        out = work.resolve("out");
        int code = NewsfactsCli.commandLine().execute("extract", input.toString(), "--out", out.toString(), "--quiet");
        assertThat(code).as("extract over the texts and their PDF copies").isZero();
    }

    @Test
    void dev2HasPdfCopiesInEveryScriptAndLanguage() {
        List<String> dev2 = pairs.stream().map(Pair::stem).filter(s -> !s.equals(CORPUS_PDF)).toList();
        assertThat(dev2).as("PDF copies in " + DEV2_PDF).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void everyPdfCopyScoresWithinToleranceOfItsTextOnEveryCategory() throws Exception {
        List<String> table = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        table.add(String.format(Locale.ROOT, "%-45s %s", "article (F1 text → pdf)", String.join("  ", CATEGORIES)));
        for (Pair pair : pairs) {
            Report report = new Evaluator().evaluate(out, goldOf(pair), true, List.of());
            assertThat(report.copies()).as("the PDF copy of " + pair.stem() + " is scored").hasSize(1);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-45s", pair.stem()));
            for (String category : CATEGORIES) {
                double text = f1(report.primary(), category);
                double pdf = f1(report.copies().get(0), category);
                row.append(String.format(Locale.ROOT, " %.3f→%.3f", text, pdf));
                if (Math.abs(text - pdf) > TOLERANCE + 1e-9) {
                    failures.add(String.format(Locale.ROOT, "%s %s: text %.3f, pdf %.3f", pair.stem(), category, text, pdf));
                }
            }
            table.add(row.toString());
        }
        System.out.println(String.join("\n", table));
        assertThat(failures).as(String.join("\n", table)).isEmpty();
    }

    /** A gold folder holding only this article's gold, so that its text and its copy are all that is scored. */
    private static Path goldOf(Pair pair) {
        try {
            Path folder = Files.createDirectories(work.resolve("gold-" + pair.stem()));
            Files.copy(pair.gold(), folder.resolve(pair.gold().getFileName()));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** F1, counting a category with nothing in the gold and nothing found as perfect. */
    private static double f1(ScopeReport scope, String category) {
        CategoryResult result = scope.category(category)
                .orElseThrow(() -> new AssertionError(scope.name() + ": no " + category + " score"));
        assertThat(result.scored()).as(scope.name() + " " + category + ": " + result.detail()).isTrue();
        Double f1 = result.f1();
        return f1 == null ? 1.0 : f1;
    }
}
