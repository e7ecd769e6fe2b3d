package org.newsfacts.pipeline;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.ingest.ForkedArticleReader;
import org.newsfacts.text.DatelineReader;
import org.newsfacts.text.normalize.ScriptConverter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeLimitTest {

    @Test
    void aFileThatTakesLongerThanTheLimitIsRecordedAsFailedAndTheRunEnds() throws Exception {
        ReadLimits instant = new ReadLimits(ReadLimits.DEFAULT.maxFileBytes(), ReadLimits.DEFAULT.maxChars(),
                Duration.ofMillis(1));
        ArticleProcessor processor = new ArticleProcessor(new ForkedArticleReader(instant, 1), Fixtures.analyzer(),
                DatelineReader.load(Fixtures.MODELS, ScriptConverter.shared()), Extractors.load(Fixtures.MODELS), instant);
        Path pdf = Fixtures.CORPUS.resolve("003_fc18a87fd1563ce0.pdf");
        List<ArticleResult> results = new java.util.ArrayList<>();
        new BatchRunner(processor, 1, false)
                .run(List.of(new SourceFile(pdf, "003_fc18a87fd1563ce0.pdf", Files.size(pdf))), results::add);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.ok()).isFalse();
            assertThat(r.error()).contains("time limit");
        });
    }

    @Test
    void aTextThatParsesAtOnceButKeepsTheStagesBusyIsStoppedAtTheLimitAndTheThreadTakesTheNextFile()
            throws Exception {
        // 第一 two hundred thousand times: read in a moment, but every 第一 is a figure to bind (a minute of CPU).
        // The limit leaves a real article time to finish on a loaded machine.
        ReadLimits tenSeconds = new ReadLimits(ReadLimits.DEFAULT.maxFileBytes(), ReadLimits.DEFAULT.maxChars(),
                Duration.ofSeconds(10));
        ArticleProcessor processor = new ArticleProcessor(new org.newsfacts.ingest.TikaArticleReader(tenSeconds),
                Fixtures.analyzer(), DatelineReader.load(Fixtures.MODELS, ScriptConverter.shared()),
                Extractors.load(Fixtures.MODELS), tenSeconds);
        Path dir = Files.createTempDirectory("text-stage-limit");
        Path slow = Files.writeString(dir.resolve("a-diyi.txt"), "第一".repeat(200_000));
        Path good = Fixtures.CORPUS.resolve("000_f31145e2631746c2.txt");
        List<ArticleResult> results = new java.util.ArrayList<>();

        new BatchRunner(processor, 1, false).run(List.of(new SourceFile(slow, "a-diyi.txt", Files.size(slow)),
                new SourceFile(good, "b-good.txt", Files.size(good))), results::add);

        assertThat(results.get(0).error()).isEqualTo(
                "processing took longer than the time limit of 10 s; the text stages were stopped");
        assertThat(results.get(1).error()).isNull();
        assertThat(results.get(1).figures()).isNotEmpty();
    }
}
