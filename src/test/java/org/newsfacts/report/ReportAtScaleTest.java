package org.newsfacts.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.EditionPeriods;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.run.ExtractRun;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.pipeline.InputCollector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report of a thousand articles stays a page an editor can open: the corpus copied to 1,000 files (each
 * copy under its own name, so every conflict and agreement has a hundred-odd sources) gives a main page under
 * 5 MB that headless Chromium loads in under 2 s, with each value's evidence folded and capped. The articles
 * are processed once and their results copied under the new names, as the run would give them for copies.
 */
class ReportAtScaleTest {
    private static final int ARTICLES = 1000;
    private static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final long MAX_LOAD_MS = 2000;

    @TempDir
    static Path folder;
    private static Path report;

    @BeforeAll
    static void writeTheReportOfAThousandArticles() throws Exception {
        List<ArticleResult> originals = new ArrayList<>();
        for (SourceFile file : InputCollector.collect(List.of(Fixtures.CORPUS))) {
            originals.add(Fixtures.processor().process(file));
        }
        List<ArticleResult> copies = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            ArticleResult r = originals.get(i % originals.size());
            copies.add(renamed(r, String.format(Locale.ROOT, "copy-%03d/%s", i / originals.size(), r.doc())));
        }
        copies.sort(Comparator.comparing(ArticleResult::doc));
        Path out = folder.resolve("out");
        try (ExtractRun writer = new ExtractRun(out, EditionPeriods.load(Fixtures.MODELS),
                org.newsfacts.claims.MetricLabels.load(Fixtures.MODELS), org.newsfacts.claims.MetricRoles.load(Fixtures.MODELS))) {
            writer.write(copies);
        }
        report = out.resolve(ReportWriter.FILE_NAME);
    }

    @Test
    void mainPageIsUnderFiveMegabytesAndEveryArticleHasItsOwnPage() throws Exception {
        System.out.printf(Locale.ROOT, "report of %d articles: main page %.2f MB%n", ARTICLES,
                Files.size(report) / 1048576.0);
        assertThat(Files.size(report)).isLessThan(MAX_BYTES);
        try (var pages = Files.list(report.resolveSibling(ReportWriter.PAGES))) {
            // One page per readable article, plus the index.
            assertThat(pages.count()).isEqualTo(ARTICLES + 1);
        }
        Document page = Jsoup.parse(report.toFile(), "UTF-8");
        assertThat(page.select("#conflicts article.conflict")).isNotEmpty();
        // Copies of one sentence are folded, the rest counted.
        assertThat(page.select(".source .copies")).isNotEmpty();
        assertThat(page.select("p.more, span.more")).isNotEmpty();
    }

    @Test
    void mainPageOpensInChromiumInUnderTwoSeconds() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed (apt-get install -y chromium; .ci/run does)");
        HeadlessChromium.Run version = chromium.run(folder, Duration.ofSeconds(60), "--version");
        assumeTrue(version.succeeded(), "Chromium cannot start here: " + version.describe());

        HeadlessChromium.Run dump = chromium.run(folder, Duration.ofSeconds(120), "--window-size=1280,2000",
                "--dump-dom", report.toUri().toString());
        assertThat(dump.succeeded()).as(dump.describe()).isTrue();
        Document dom = Jsoup.parse(dump.stdout());
        String loaded = dom.body().attr("data-check-load-ms");
        assertThat(loaded).as("the page's self-check timed its load").matches("\\d+");
        System.out.printf(Locale.ROOT, "report of %d articles: loaded in Chromium in %s ms%n", ARTICLES, loaded);
        assertThat(Long.parseLong(loaded)).as("ms from navigation to the load event").isLessThan(MAX_LOAD_MS);
        assertThat(dom.body().attr("data-check-conflict-table")).isEqualTo("rendered");
    }

    /** The result a copy of the file under another name gets: the same findings, its own doc. */
    private static ArticleResult renamed(ArticleResult r, String doc) {
        List<Claim> claims = r.claims().stream().map(c -> new Claim(c.claimId(), doc, c.subject(), c.metric(),
                c.value(), c.unit(), c.qualifier(), c.period(), c.scope(), c.saidBy(), c.start(), c.end(), c.surface(),
                c.sentence(), c.outlet(), c.published(), c.binding(), c.confidence())).toList();
        return new ArticleResult(doc, r.sha256(), r.error(), r.mediaType(), r.charset(), r.metadata(), r.text(),
                r.figures(), r.mentions(), r.quotes(), claims, r.edition());
    }
}
