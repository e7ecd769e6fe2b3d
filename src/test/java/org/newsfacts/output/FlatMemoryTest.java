package org.newsfacts.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.cli.ScaleBenchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's memory does not grow with its number of articles: 5,000 short articles (news paragraphs of the corpus
 * and dev2, cut to at most 80 characters, under distinct names) go through {@code extract} in a JVM whose heap,
 * {@value #HEAP}, holds the models (about 110 MB live) and the articles in flight but not the run. The design
 * before streaming outputs kept every article's result to the end: 27 KB of heap for each of these articles
 * (the text, its matching view with two offset maps, sentences, figures, claims; measured as the live heap of
 * 1,000 such results held in a list), 135 MB for 5,000, which with the models does not fit.
 */
class FlatMemoryTest {
    static final String HEAP = "-Xmx160m";

    @Test
    void fiveThousandArticlesGoThroughAHeapThatCannotHoldThemAll(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        ScaleBenchmark.makeArticles(ScaleBenchmark.sourceTexts(Fixtures.CORPUS), in, 5000, 80);
        Path out = dir.resolve("out");

        ChildRun run = ChildRun.start(List.of(HEAP, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"), "extract",
                in.toString(), "--out", out.toString(), "--quiet");
        int exit = run.waitFor(900);

        assertThat(exit).as(run.stderr()).isZero();
        try (var lines = Files.lines(out.resolve(OutputWriter.DOCUMENTS))) {
            assertThat(lines.count()).isEqualTo(5000);
        }
        assertThat(out.resolve("conflicts.json")).isNotEmptyFile();
    }
}
