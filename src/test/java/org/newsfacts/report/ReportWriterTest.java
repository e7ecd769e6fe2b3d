package org.newsfacts.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.claims.Claim;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.reconcile.ReconciledGroup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report written from a real run, parsed back as a browser would: the 9% / 12% conflict side by side
 * with its sentences and marked figures, article text shown as text however hostile, every figure mark on
 * exactly its figure, failed files with their errors, and no link pointing nowhere.
 */
class ReportWriterTest {
    @TempDir
    static Path folder;
    private static ReportRun run;
    private static Path report;
    private static Document page;

    @BeforeAll
    static void writeReportOfARealRun() throws IOException {
        run = ReportRun.shared();
        report = ReportWriter.write(folder.resolve("out"), run.results, run.reconciliation,
                org.newsfacts.claims.MetricLabels.load(org.newsfacts.Fixtures.MODELS));
        page = Jsoup.parse(report.toFile(), "UTF-8");
    }

    @Test
    void writesOneSelfContainedFile() throws IOException {
        assertThat(report.getFileName().toString()).isEqualTo("report.html");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("<!doctype html>");
        // Nothing to fetch: no external style sheets, scripts, images or frames.
        assertThat(page.select("link, img, iframe, object, embed, script[src]")).isEmpty();
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'");
        // Beside it, only the folder of article pages.
        try (var files = Files.list(report.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.html", "report");
        }
    }

    @Test
    void summaryCountsTheRun() {
        assertThat(stat("articles")).isEqualTo(run.results.stream().filter(ArticleResult::ok).count());
        assertThat(stat("failed")).isEqualTo(1);
        assertThat(stat("figures")).isEqualTo(run.results.stream().mapToInt(r -> r.figures().size()).sum());
        assertThat(stat("claims")).isEqualTo(run.results.stream().mapToInt(r -> r.claims().size()).sum());
        assertThat(stat("conflicts")).isEqualTo(run.reconciliation.conflicts().size());
    }

    @Test
    void conflictsComeBeforeAgreementsAndTheArticleIndex() {
        List<String> order = page.select("body > section").eachAttr("id");
        assertThat(order).startsWith("conflicts", "agreements");
        assertThat(order.indexOf("articles")).isGreaterThan(order.indexOf("agreements"));
        assertThat(order).endsWith("failed");
    }

    @Test
    void aConflictNamesItsMetricInWordsAndItsNullPeriodAsTheEdition() {
        ReconciledGroup pct = run.reconciliation.conflicts().stream()
                .filter(g -> g.metric().equals("pct_share") && g.subject().startsWith("Shenzhen"))
                .findFirst().orElseThrow();
        assertThat(pct.period()).isNull();
        Element fact = page.select("#conflicts article.conflict").stream()
                .filter(c -> c.selectFirst("td [data-claim-id=" + pct.claims().get(0).claimId() + "]") != null)
                .findFirst().orElseThrow().selectFirst("header .fact");

        assertThat(fact.selectFirst(".metric").text()).isEqualTo("share of the world's PCT applications · 佔全球PCT申請量比例");
        assertThat(fact.selectFirst(".metric").attr("title")).isEqualTo("pct_share");
        assertThat(fact.selectFirst(".period").text()).isEqualTo("GII 2025");
    }

    @Test
    void conflictTableShowsNinePercentAgainstTwelveWithBothSentencesMarked() {
        ReconciledGroup pct = run.reconciliation.conflicts().stream()
                .filter(g -> g.metric().equals("pct_share") && g.subject().startsWith("Shenzhen"))
                .findFirst().orElseThrow();
        Element card = page.select("#conflicts article.conflict").stream()
                .filter(c -> c.selectFirst("td [data-claim-id=" + pct.claims().get(0).claimId() + "]") != null)
                .findFirst().orElseThrow();
        Element table = card.selectFirst("table.conflict-table");
        assertThat(table.select("thead th .value").eachText()).contains("9%", "12%");

        for (String doc : List.of(ReportRun.PCT_9, ReportRun.PCT_12)) {
            Claim claim = pct.claims().stream().filter(c -> c.doc().equals(doc)).findFirst().orElseThrow();
            Element source = table.selectFirst(".source[data-claim-id=" + claim.claimId() + "]");
            assertThat(source).as("source of %s", doc).isNotNull();
            Element sentence = source.selectFirst("blockquote.sentence");
            assertThat(sentence.wholeText()).isEqualTo(claim.sentence());
            assertThat(sentence.select("mark")).hasSize(1);
            Element mark = sentence.selectFirst("mark");
            assertThat(mark.text()).isEqualTo(claim.surface()).isIn("9%", "12%");
            // The marked figure is the claim's own, at its offset, not the first lookalike in the sentence.
            String text = run.result(doc).text().text();
            int sentenceStart = text.lastIndexOf(claim.sentence(), claim.start());
            assertThat(textBefore(sentence, mark)).hasSize(claim.start() - sentenceStart);
            assertThat(source.selectFirst(".where .doc").text()).isEqualTo(doc);
            assertThat(source.selectFirst(".where .outlet").text())
                    .isEqualTo(claim.outlet() == null ? "outlet unknown" : claim.outlet());
            assertThat(source.selectFirst(".said").text()).isNotBlank();
            // Each value links to its figure on the article's own page.
            Element figure = target(source.selectFirst("a.doc").attr("href"));
            assertThat(figure).isNotNull();
            assertThat(figure.tagName()).isEqualTo("mark");
            assertThat(figure.text()).isEqualTo(claim.surface());
            assertThat(figure.closest("article.doc-view").attr("data-doc")).isEqualTo(doc);
            assertThat(figure.hasClass("claimed")).isTrue();
        }
        // The 9% and the 12% sit in different columns of one row.
        Elements cells = table.select("tbody tr td");
        assertThat(cells.size()).isGreaterThanOrEqualTo(2);
        assertThat(cells.stream().map(td -> td.select("blockquote mark").eachText().stream().distinct()
                .collect(Collectors.joining("|")))).contains("9%", "12%");
        assertThat(card.selectFirst("p.explanation").text()).isEqualTo(pct.explanation());
    }

    @Test
    void markupInArticleTextIsShownAsText() {
        // The report's own self-check is the only script; nothing of the articles became an element.
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.selectFirst("script").id()).isEqualTo("self-check");
        for (Document any : allPages().values()) {
            assertThat(any.select("script").eachAttr("id")).allMatch("self-check"::equals);
            assertThat(any.select("b, img, div.text div")).isEmpty();
            for (Element element : any.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
                }
            }
        }
        Element hostile = view(ReportRun.HOSTILE_TEXT);
        String shown = hostile.selectFirst("div.text").wholeText();
        assertThat(shown).contains(ReportRun.SCRIPT, "</mark></div><b>粗體</b>", "&amp;");
        assertThat(shown).isEqualTo(run.result(ReportRun.HOSTILE_TEXT).text().text());

        Element page2 = view(ReportRun.HOSTILE_PAGE);
        assertThat(page2.selectFirst("div.text").wholeText()).contains(ReportRun.SCRIPT);
        // Metadata taken from a page's markup is text too, in element content and attributes alike.
        assertThat(page2.selectFirst("header h3 .title").text()).contains("<script>alert(3)</script>", "onerror");
    }

    @Test
    void everyFigureMarkHoldsExactlyItsFigure() {
        int checked = 0;
        for (ArticleResult result : run.results) {
            if (!result.ok()) {
                continue;
            }
            Element view = view(result.doc());
            assertThat(view.selectFirst("div.text").wholeText()).as("text of %s", result.doc())
                    .isEqualTo(result.text().text());
            for (org.newsfacts.records.FigureRecord figure : result.figures()) {
                Element mark = view.ownerDocument().getElementById(ArticleLayout.figureId(figure.start(), figure.end()));
                if (mark == null) {
                    // Left out only when it crosses a quote's or mention's edge; say so if that ever happens.
                    assertThat(crossesAHighlight(result, figure)).as("figure %s at %d in %s not drawn",
                            figure.surface(), figure.start(), result.doc()).isTrue();
                    continue;
                }
                assertThat(mark.tagName()).isEqualTo("mark");
                assertThat(mark.wholeText()).isEqualTo(figure.surface());
                checked++;
            }
            assertThat(view.select("div.text mark.fig")).hasSizeLessThanOrEqualTo(result.figures().size());
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void quotesAndMentionsAreHighlightedWithTheirOwnClasses() {
        Element view = view(ReportRun.PCT_9);
        ArticleResult result = run.result(ReportRun.PCT_9);
        assertThat(view.select("div.text .mention")).isNotEmpty();
        if (!result.quotes().isEmpty()) {
            assertThat(view.select("div.text .quote")).isNotEmpty();
        }
        assertThat(view.ownerDocument().select(".legend .sample").eachAttr("class"))
                .anySatisfy(c -> assertThat(c).contains("quote"))
                .anySatisfy(c -> assertThat(c).contains("mention"))
                .anySatisfy(c -> assertThat(c).contains("fig"));
    }

    @Test
    void failedFileIsListedWithItsError() {
        ArticleResult broken = run.result(ReportRun.BROKEN);
        assertThat(broken.ok()).isFalse();
        Element row = page.selectFirst("#failed tr[data-doc=" + ReportRun.BROKEN + "]");
        assertThat(row).isNotNull();
        assertThat(row.selectFirst("td.doc").text()).isEqualTo(ReportRun.BROKEN);
        assertThat(row.selectFirst("td.error").text()).isEqualTo(broken.error()).isNotBlank();
        assertThat(Files.exists(report.resolveSibling(ReportWriter.pageOf(ReportRun.BROKEN)))).isFalse();
    }

    @Test
    void everyLinkHasATargetInTheReport() {
        List<String> hrefs = page.select("a[href]").eachAttr("href");
        assertThat(hrefs).isNotEmpty().allSatisfy(href -> assertThat(target(href)).as(href).isNotNull());
        // And from the article pages and the index: back to the main page, to each other.
        for (var entry : allPages().entrySet()) {
            Path base = entry.getKey();
            Document any = entry.getValue();
            for (String href : any.select("a[href]").eachAttr("href")) {
                String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                Path resolved = file.isEmpty() ? base : base.resolveSibling(file).normalize();
                assertThat(resolved).as("%s in %s", href, base.getFileName()).exists();
            }
        }
    }

    @Test
    void sameRunWritesTheSameBytes() throws IOException {
        Path again = ReportWriter.write(Files.createDirectories(folder.resolve("again")), run.results,
                run.reconciliation,
                org.newsfacts.claims.MetricLabels.load(org.newsfacts.Fixtures.MODELS));
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(report));
    }

    private static long stat(String name) {
        return Long.parseLong(page.selectFirst(".stat[data-stat=" + name + "] .n").text());
    }

    /** The article's own page, linked from the index. */
    private static Element view(String doc) {
        try {
            Path file = report.resolveSibling(ReportWriter.pageOf(doc));
            Document articlePage = Jsoup.parse(file.toFile(), "UTF-8");
            Element view = articlePage.selectFirst("article.doc-view[data-doc=" + doc + "]");
            assertThat(view).as("view of %s", doc).isNotNull();
            return view;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The element a link of the main page points at, on this page or an article page; null if none. */
    private static Element target(String href) {
        if (href.startsWith("#")) {
            return page.getElementById(href.substring(1));
        }
        try {
            String[] parts = href.split("#", 2);
            Path file = report.resolveSibling(parts[0]);
            if (!Files.exists(file)) {
                return null;
            }
            Document other = Jsoup.parse(file.toFile(), "UTF-8");
            return parts.length == 1 ? other.body() : other.getElementById(parts[1]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.util.Map<Path, Document> allPages() {
        try (var files = Files.list(report.resolveSibling(ReportWriter.PAGES))) {
            java.util.Map<Path, Document> pages = new java.util.TreeMap<>();
            for (Path file : files.toList()) {
                pages.put(file, Jsoup.parse(file.toFile(), "UTF-8"));
            }
            return pages;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String textBefore(Element container, Element mark) {
        StringBuilder text = new StringBuilder();
        for (var node : container.childNodes()) {
            if (node == mark) {
                break;
            }
            text.append(node instanceof Element e ? e.wholeText() : ((TextNode) node).getWholeText());
        }
        return text.toString();
    }

    private static boolean crossesAHighlight(ArticleResult result, org.newsfacts.records.FigureRecord f) {
        return result.quotes().stream().anyMatch(q -> crosses(q.start(), q.end(), f.start(), f.end()))
                || result.mentions().stream().anyMatch(m -> crosses(m.start(), m.end(), f.start(), f.end()));
    }

    private static boolean crosses(int aStart, int aEnd, int bStart, int bEnd) {
        boolean overlap = aStart < bEnd && bStart < aEnd;
        return overlap && !(aStart <= bStart && bEnd <= aEnd) && !(bStart <= aStart && aEnd <= bEnd);
    }
}
