package org.newsfacts.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report in a real browser: headless Chromium opens {@code report.html} from disk, and the page's own
 * self-check (an inline script, allowed by the page's Content-Security-Policy by its hash) records in
 * {@code <body data-check-*>} whether the first conflict's table is laid out and its marked figure has a box,
 * is visible and is on top. The dumped DOM carries the answers. A screenshot of the same page is checked for
 * the mark's highlight colour at the mark's position, and kept beside the build for people to look at.
 *
 * <p>Skipped, saying why, when Chromium is not installed or cannot start here; CI installs Debian's
 * {@code chromium} package so that it runs there.
 */
class ReportInBrowserTest {
    private static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    /** The window both runs use: wide enough for the conflict table's columns, tall enough for the first conflict. */
    private static final String WINDOW = "--window-size=1280,2000";
    /** {@code --fig} in the style sheet: what a mark in a conflict sentence is painted with. */
    private static final int MARK_COLOUR = 0xffd54a;

    @TempDir
    static Path folder;
    private static HeadlessChromium chromium;
    /** Why the browser cannot be used here, or null when it can. */
    private static String unavailable;
    private static Path report;

    @BeforeAll
    static void findChromiumAndWriteTheReport() throws Exception {
        // No assumption here: one aborted in @BeforeAll leaves no trace of the tests in the surefire report,
        // while one in each test shows each as skipped, with the reason.
        chromium = HeadlessChromium.find().orElse(null);
        if (chromium == null) {
            String chosen = System.getProperty(HeadlessChromium.PROPERTY);
            unavailable = chosen != null ? "Chromium not found at " + chosen + " (-D" + HeadlessChromium.PROPERTY + ")"
                    : "Chromium is not installed: no " + HeadlessChromium.DEBIAN_PATH
                    + " and no `chromium` on PATH (install Debian's package: apt-get install -y chromium)";
            return;
        }
        HeadlessChromium.Run version = chromium.run(folder, TIME_LIMIT, "--version");
        if (!version.succeeded() || !version.stdout().contains("Chromium")) {
            unavailable = "Chromium cannot start here: " + version.describe();
            return;
        }
        ReportRun run = ReportRun.shared();
        report = ReportWriter.write(folder.resolve("out"), run.results, run.reconciliation,
                org.newsfacts.claims.MetricLabels.load(org.newsfacts.Fixtures.MODELS));
    }

    @BeforeEach
    void requireChromium() {
        assumeTrue(unavailable == null, unavailable);
    }

    @Test
    void conflictTableIsRenderedAndItsMarkedFigureIsVisible() throws Exception {
        HeadlessChromium.Run dump = chromium.run(folder, TIME_LIMIT, WINDOW, "--dump-dom", url());
        assumeTrue(dump.succeeded() && dump.stdout().contains("<body"),
                "Chromium could not load the page: " + dump.describe());
        Document dom = Jsoup.parse(dump.stdout());
        Element body = dom.body();

        Element table = dom.selectFirst("#conflicts table.conflict-table");
        assertThat(table).as("conflict table in the rendered DOM").isNotNull();
        assertThat(table.select("thead th .value").eachText()).contains("9%", "12%");
        assertThat(body.hasAttr("data-check-conflict-table"))
                .as("the page's self-check ran (if not, its CSP hash or the script is broken)").isTrue();
        assertThat(body.attr("data-check-conflict-table")).isEqualTo("rendered");
        assertThat(body.attr("data-check-conflict-mark")).isEqualTo("visible");
        assertThat(body.attr("data-check-conflict-mark-text")).isIn("9%", "12%");
        assertThat(body.attr("data-check-conflict-mark-on-top")).isEqualTo("yes");
        assertThat(body.attr("data-check-conflict-mark-background")).isEqualTo("rgb(255, 213, 74)");
        int[] box = box(body.attr("data-check-conflict-mark-box"));
        assertThat(box[2]).as("mark width").isPositive();
        assertThat(box[3]).as("mark height").isPositive();

        // The number line: one bar per value, 9% (8.5–9.5) and 12% (11.5–12.5) drawn apart, as they cannot both be true.
        assertThat(body.attr("data-check-number-line")).isEqualTo("rendered");
        Element line = dom.selectFirst("#conflicts svg.number-line");
        List<String> labels = line.select("rect.range > title").eachText();
        String[] bars = body.attr("data-check-number-line-bars").split(" ");
        assertThat(bars).hasSameSizeAs(labels.toArray());
        int nine = indexOfStarting(labels, "9% ");
        int twelve = indexOfStarting(labels, "12% ");
        int[] nineBar = Arrays.stream(bars[nine].split(":")).mapToInt(Integer::parseInt).toArray();
        int[] twelveBar = Arrays.stream(bars[twelve].split(":")).mapToInt(Integer::parseInt).toArray();
        assertThat(nineBar[1]).as("9%% bar ends left of the 12%% bar").isLessThan(twelveBar[0]);
        assertThat(nineBar[1] - nineBar[0]).isPositive();

        // In the browser as in jsoup: the hostile article's markup stayed text, and no script but the check ran.
        assertThat(dom.select("script")).hasSize(1);
        String articlePage = report.resolveSibling(ReportWriter.pageOf(ReportRun.HOSTILE_TEXT)).toUri().toString();
        HeadlessChromium.Run article = chromium.run(folder, TIME_LIMIT, WINDOW, "--dump-dom", articlePage);
        assumeTrue(article.succeeded(), "Chromium could not load the article page: " + article.describe());
        Document articleDom = Jsoup.parse(article.stdout());
        assertThat(articleDom.select("script")).isEmpty();
        assertThat(articleDom.selectFirst("article.doc-view[data-doc=" + ReportRun.HOSTILE_TEXT + "] div.text")
                .wholeText()).contains(ReportRun.SCRIPT);
    }

    @Test
    void screenshotShowsTheHighlightWhereTheMarkIs() throws Exception {
        HeadlessChromium.Run dump = chromium.run(folder, TIME_LIMIT, WINDOW, "--dump-dom", url());
        assumeTrue(dump.succeeded(), "Chromium could not load the page: " + dump.describe());
        int[] box = box(Jsoup.parse(dump.stdout()).body().attr("data-check-conflict-mark-box"));

        Path png = folder.resolve("report.png");
        HeadlessChromium.Run shot = chromium.run(folder, TIME_LIMIT, WINDOW, "--screenshot=" + png, url());
        assumeTrue(shot.succeeded() && Files.isRegularFile(png),
                "Chromium could not take a screenshot: " + shot.describe());
        keepBesideTheBuild(png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        int painted = 0;
        for (int y = box[1]; y < box[1] + box[3] && y < image.getHeight(); y++) {
            for (int x = box[0]; x < box[0] + box[2] && x < image.getWidth(); x++) {
                if (close(image.getRGB(x, y) & 0xffffff, MARK_COLOUR)) {
                    painted++;
                }
            }
        }
        // The mark's background shows around and between its glyphs: most of its box is the highlight colour.
        assertThat(painted).as("highlight pixels in the mark's box %s", Arrays.toString(box))
                .isGreaterThan(box[2] * box[3] / 3);
    }

    private static int indexOfStarting(List<String> labels, String prefix) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no bar for " + prefix + "in " + labels);
    }

    private static String url() {
        return report.toAbsolutePath().toUri().toString();
    }

    /** "x y width height", in page pixels. */
    private static int[] box(String text) {
        assertThat(text).as("mark box").matches("-?\\d+ -?\\d+ \\d+ \\d+");
        return Arrays.stream(text.split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    private static boolean close(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((expected >> shift) & 0xff)) > 12) {
                return false;
            }
        }
        return true;
    }

    /** Copies the screenshot to the build folder (beside test-classes), where CI can keep it as an artefact. */
    private static void keepBesideTheBuild(Path png) throws IOException, URISyntaxException {
        Path testClasses = Path.of(
                ReportInBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.copy(png, testClasses.getParent().resolve("report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
