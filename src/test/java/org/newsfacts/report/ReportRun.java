package org.newsfacts.report;

import org.newsfacts.Fixtures;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.EditionPeriods;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.reconcile.Reconciler;
import org.newsfacts.reconcile.Reconciliation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small real run for the report tests: two corpus articles that conflict on the PCT share (000 says 9%,
 * 002 says 12%), an article and a web page carrying markup as text, and a file that cannot be read, all
 * through the real per-article pipeline and reconciler, as {@code extract} runs them.
 */
final class ReportRun {
    static final String PCT_9 = "000_f31145e2631746c2.txt";
    static final String PCT_12 = "002_7c878330511f077d.txt";
    static final String HOSTILE_TEXT = "hostile.txt";
    static final String HOSTILE_PAGE = "hostile.html";
    static final String BROKEN = "broken.pdf";
    static final String SCRIPT = "<script>alert(1)</script>";
    /** An attribute breakout and an event handler, for the page's title metadata. */
    static final String TITLE_ATTACK = "\"><img src=x onerror=alert(2)> 標題 <script>alert(3)</script>";

    final List<ArticleResult> results;
    final Reconciliation reconciliation;

    private ReportRun(List<ArticleResult> results, Reconciliation reconciliation) {
        this.results = results;
        this.reconciliation = reconciliation;
    }

    private static ReportRun shared;

    /**
     * The run, made once per test JVM (processing loads the models and takes seconds); its input files live
     * in a temporary folder only while they are processed.
     */
    static synchronized ReportRun shared() {
        if (shared == null) {
            Path folder = null;
            try {
                folder = Files.createTempDirectory("newsfacts-report-run");
                shared = in(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteTree(folder);
            }
        }
        return shared;
    }

    static ReportRun in(Path folder) {
        try {
            Files.copy(Fixtures.CORPUS.resolve(PCT_9), folder.resolve(PCT_9));
            Files.copy(Fixtures.CORPUS.resolve(PCT_12), folder.resolve(PCT_12));
            Files.writeString(folder.resolve(HOSTILE_TEXT), "大公報記者報道\n\n"
                    + "研究人員在網頁中發現 " + SCRIPT + " 一段程式碼，另有 </mark></div><b>粗體</b> 與 &amp; 字樣。\n\n"
                    + "「深圳─香港─廣州」集群的PCT國際專利申請量佔全球9%，" + SCRIPT + "排名全球第一。\n",
                    StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(HOSTILE_PAGE), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                    + "<title>" + escape(TITLE_ATTACK) + "</title>"
                    + "<meta property=\"og:site_name\" content=\"" + escape(TITLE_ATTACK) + "\">"
                    + "</head><body><article><h1>" + escape(TITLE_ATTACK) + "</h1>"
                    + "<p>世界知識產權組織公布，首爾集群的PCT國際專利申請量佔全球5.4%。"
                    + escape(SCRIPT) + "</p><p>研究又指出，東京─橫濱集群佔全球10.3%，位列第二。</p>"
                    + "<script>alert(4)</script></article></body></html>", StandardCharsets.UTF_8);
            byte[] noise = new byte[4096];
            new Random(7).nextBytes(noise);
            Files.write(folder.resolve(BROKEN), noise);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ArticleResult> results = new ArrayList<>();
        for (String doc : List.of(PCT_9, PCT_12, BROKEN, HOSTILE_PAGE, HOSTILE_TEXT)) {
            Path path = folder.resolve(doc);
            try {
                results.add(Fixtures.processor().process(new SourceFile(path, doc, Files.size(path))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        results.sort((a, b) -> a.doc().compareTo(b.doc()));
        // As OutputWriter does: older editions' periods filled in, then one reconciliation over all claims.
        List<Claim> claims = new ArrayList<>();
        Map<String, String> editions = new HashMap<>();
        for (ArticleResult r : results) {
            claims.addAll(r.claims());
            editions.put(r.doc(), r.edition());
        }
        List<Claim> dated = EditionPeriods.load(Fixtures.MODELS).apply(claims, editions);
        return new ReportRun(List.copyOf(results), Reconciler.load(org.newsfacts.Fixtures.MODELS).reconcile(dated));
    }

    ArticleResult result(String doc) {
        return results.stream().filter(r -> r.doc().equals(doc)).findFirst().orElseThrow();
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            org.newsfacts.files.FileTrees.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HTML escaping for the fixture's own page source (the thing under test escapes with jsoup). */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
