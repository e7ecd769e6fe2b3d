package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.pipeline.ArticleProcessor;
import org.newsfacts.pipeline.ArticleResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's "Adding a metric" as a user would do it: one line in {@code models/claims/metrics.tsv} of a copy of
 * the models, read through the normal loader, and the pipeline binds figures to the new metric. No Java.
 */
class AddingAMetricTest {

    @Test
    void aMetricAddedToTheModelsFolderYieldsClaimsOfThatMetric(@TempDir Path dir) throws IOException {
        Path models = Fixtures.copyTree(Fixtures.MODELS, dir.resolve("models"));
        Files.writeString(models.resolve("claims").resolve("metrics.tsv"),
                "patent_grants\tcount\tbefore\tcluster\t專利授權量; 專利授權; patent grants\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path article = dir.resolve("grants.txt");
        Files.writeString(article, "「深圳─香港─廣州」集群去年的專利授權量達到12,345件，位居全球前列。\n",
                StandardCharsets.UTF_8);

        ArticleResult result = ArticleProcessor.create(models, ReadLimits.DEFAULT)
                .process(new SourceFile(article, "grants.txt", Files.size(article)));

        assertThat(result.claims()).anySatisfy(c -> {
            assertThat(c.metric()).isEqualTo("patent_grants");
            assertThat(c.subject()).isEqualTo("Shenzhen–Hong Kong–Guangzhou");
            assertThat(c.value().doubleValue()).isEqualTo(12345);
        });
    }

    @Test
    void withoutTheLineTheSameSentenceHasNoSuchMetric(@TempDir Path dir) throws IOException {
        Path article = dir.resolve("grants.txt");
        Files.writeString(article, "「深圳─香港─廣州」集群去年的專利授權量達到12,345件，位居全球前列。\n",
                StandardCharsets.UTF_8);
        ArticleResult result = Fixtures.processor().process(new SourceFile(article, "grants.txt", Files.size(article)));
        assertThat(result.claims()).noneMatch(c -> c.metric().equals("patent_grants"));
    }
}
