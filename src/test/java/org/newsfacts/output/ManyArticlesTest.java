package org.newsfacts.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.bench.ScaleBenchmark;
import org.newsfacts.report.ReportWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run holds any number of articles: 5,000 small articles (real news paragraphs, cut from the corpus and dev2)
 * go through {@code extract} in a JVM of {@value #HEAP} heap, where the models alone take about 110 MB. The
 * design that kept every article's result to the end of the run runs out of memory on this input at this heap
 * (README, "Running on large folders"); streaming keeps only the claims, so the run completes with every file.
 */
class ManyArticlesTest {
    private static final int ARTICLES = 5000;
    private static final String HEAP = "160m";

    @TempDir
    Path folder;

    @Test
    void fiveThousandArticlesGoThroughInAHeapTooSmallToKeepThemAll() throws Exception {
        Path in = folder.resolve("in");
        ScaleBenchmark.makeArticles(ScaleBenchmark.sourceTexts(Fixtures.CORPUS), in, ARTICLES, 80);
        Path out = folder.resolve("out");
        ChildRun run = ChildRun.start(List.of("-Xmx" + HEAP), "extract", in.toString(), "--out", out.toString(),
                "--quiet", "--threads", "2");
        int code = run.waitFor(1800);
        assertThat(code).as(run.stderr()).isZero();
        assertThat(Files.readAllLines(out.resolve(OutputWriter.DOCUMENTS), StandardCharsets.UTF_8)).hasSize(ARTICLES);
        try (Stream<Path> pages = Files.list(out.resolve(ReportWriter.PAGES))) {
            assertThat(pages.count()).isEqualTo(ARTICLES + 1);
        }
        assertThat(out.resolve(ReportWriter.FILE_NAME)).isNotEmptyFile();
    }
}
