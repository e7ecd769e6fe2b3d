package org.newsfacts.pipeline;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.ingest.ForkedArticleReader;
import org.newsfacts.text.DatelineReader;
import org.newsfacts.text.ScriptConverter;

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
}
