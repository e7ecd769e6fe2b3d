package org.newsfacts.report;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.MetricLabels;
import org.newsfacts.files.AtomicFiles;
import org.newsfacts.pipeline.ArticleProcessor;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.reconcile.Reconciliation;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the report for editors: {@code report.html}, the main page (summary, conflicts with competing values
 * side by side, agreements, notes, the first failed files), and under {@code report/} one small page per
 * article with its text and its figures, quotes and mentions highlighted, plus an index of all articles and
 * failed files. Article pages and index lines are written as each article arrives, so the report never holds
 * more than one article; the main page is written at the end from the reconciliation.
 *
 * <p>The pages are a pure function of their inputs (no clock, no paths of the machine), so two runs over the
 * same corpus write the same bytes.
 */
public final class ReportWriter implements Closeable {
    public static final String FILE_NAME = "report.html";
    /** The folder of article pages, beside the main page. */
    public static final String PAGES = "report";
    public static final String INDEX = "index.html";
    /** How many failed files the main page lists; the index lists them all. */
    static final int FAILED_ON_MAIN_PAGE = 100;
    private static final String ROWS_HERE = "newsfacts-index-rows";

    private final Path outDir;
    private final Path pages;
    private final Writer index;
    private final String indexEnd;
    private final Document scratch = ReportPage.shell("");
    private final List<ReportModel.Failed> failed = new ArrayList<>();
    private int read;
    private int failures;
    private long figures;
    private long claims;
    private long quotes;
    private boolean indexClosed;
    private final MetricLabels labels;
    /** The newest edition among the articles so far: what a null period stands for on the main page. */
    private String newestEdition;

    /**
     * Starts a report in {@code outDir}: the article folder and the index page's head; {@code labels} name the
     * metrics in words.
     */
    public ReportWriter(Path outDir, MetricLabels labels) throws IOException {
        this.outDir = outDir;
        this.labels = labels;
        this.pages = Files.createDirectories(outDir.resolve(PAGES));
        Document page = ReportPage.shell("newsfacts report: articles");
        ArticleSection.indexPage(page.body());
        page.selectFirst("#article-index").appendChild(new org.jsoup.nodes.Comment(ROWS_HERE));
        String html = page.outerHtml();
        int at = html.indexOf("<!--" + ROWS_HERE + "-->");
        this.index = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(pages.resolve(INDEX)),
                StandardCharsets.UTF_8), 1 << 16);
        index.write(html, 0, at);
        this.indexEnd = html.substring(at + ROWS_HERE.length() + 7);
    }

    /** The page of one article, relative to the main page: {@code report/<hash of doc>.html}. */
    public static String pageOf(String doc) {
        return PAGES + "/" + pageName(doc);
    }

    static String pageName(String doc) {
        // A hash, not the doc itself: names may hold any character, and the main page needs no table to link.
        return ArticleProcessor.sha256(doc.getBytes(StandardCharsets.UTF_8)).substring(0, 20) + ".html";
    }

    /** Writes one article's page (a readable one) and its line of the index; articles come in doc order. */
    public void add(ArticleResult article) throws IOException {
        Element row;
        if (article.ok() && article.text() != null) {
            read++;
            figures += article.figures().size();
            claims += article.claims().size();
            quotes += article.quotes().size();
            if (article.edition() != null && (newestEdition == null || article.edition().compareTo(newestEdition) > 0)) {
                newestEdition = article.edition();
            }
            ArticleLayout layout = ArticleLayout.of(read, article, java.util.Map.of(), new FactWords(labels, null));
            Document page = ReportPage.shell(article.metadata().title() != null ? article.metadata().title()
                    : article.doc());
            ArticleSection.articlePage(page.body(), layout);
            // Straight to its name: the report is written into a staging folder that is published as a whole.
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(pages.resolve(pageName(article.doc()))), StandardCharsets.UTF_8), 1 << 16)) {
                page.html(writer);
            }
            row = ArticleSection.indexRow(scratch.body(), layout);
        } else {
            failures++;
            if (failed.size() < FAILED_ON_MAIN_PAGE) {
                failed.add(new ReportModel.Failed(article.doc(), article.error()));
            }
            row = ArticleSection.failedIndexRow(scratch.body(), article.doc(), article.error());
        }
        index.write(row.outerHtml());
        row.remove();
    }

    private org.newsfacts.records.Provenance provenance;

    /** Where the run came from, shown under the summary. */
    public void provenance(org.newsfacts.records.Provenance provenance) {
        this.provenance = provenance;
    }

    /** Ends the index and writes the main page; {@code hints} places each claim's figure in its sentence. */
    public Path finish(Reconciliation reconciliation, Function<Claim, EvidenceHint> hints) throws IOException {
        closeIndex();
        ReportModel model = new ReportModel(new ReportModel.Totals(read, failures, figures, claims, quotes), failed,
                reconciliation, hints, new FactWords(labels, newestEdition));
        Path target = outDir.resolve(FILE_NAME);
        org.jsoup.nodes.Document page = ReportPage.build(model);
        if (provenance != null) {
            org.jsoup.nodes.Element summary = page.selectFirst("header.summary");
            (summary != null ? summary : page.body()).appendElement("p").addClass("provenance").text(
                    "newsfacts " + provenance.version() + " · run " + provenance.runDate() + " · inputs "
                            + String.join(", ", provenance.inputs()) + " · models " + provenance.modelsFingerprint()
                            .substring(0, 12));
        }
        write(target, page);
        return target;
    }

    private void closeIndex() throws IOException {
        if (!indexClosed) {
            indexClosed = true;
            index.write(indexEnd);
            index.close();
        }
    }

    @Override
    public void close() throws IOException {
        closeIndex();
    }

    /**
     * The whole report of results held in memory (tests, small callers), written into {@code outDir}.
     *
     * @param results        every file of the run, failed ones included, in {@code doc} order
     * @param reconciliation the run's reconciled claims (with edition periods applied, as in conflicts.json)
     * @param labels         the metrics' labels (models/claims/metric-labels.tsv)
     * @return the main page
     */
    public static Path write(Path outDir, List<ArticleResult> results, Reconciliation reconciliation,
                             MetricLabels labels) throws IOException {
        // Claims come back from reconciliation with edition periods filled in (new objects): find them by id.
        java.util.Map<String, EvidenceHint> hints = new java.util.HashMap<>();
        try (ReportWriter report = new ReportWriter(outDir, labels)) {
            for (ArticleResult result : results) {
                for (Claim claim : result.claims()) {
                    hints.put(claim.claimId() + '\u0000' + claim.doc(), EvidenceHint.of(claim, result));
                }
                report.add(result);
            }
            return report.finish(reconciliation, c -> hints.getOrDefault(c.claimId() + '\u0000' + c.doc(),
                    EvidenceHint.NONE));
        }
    }

    private static void write(Path target, Document page) throws IOException {
        // Streamed, not built as one String first.
        AtomicFiles.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            page.html(writer);
            writer.flush();
        });
    }
}
