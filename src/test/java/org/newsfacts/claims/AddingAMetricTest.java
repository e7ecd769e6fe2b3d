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

    /**
     * README's "Adding a metric", a place of another index: a row of metric-roles.tsv gives it an earlier edition's
     * form, so a place after 去年 becomes that metric with no Java naming it.
     */
    @Test
    void aPlaceGivenAnEarlierFormInTheRolesFileTakesItAfterAPreviousEditionCue(@TempDir Path dir) throws IOException {
        Path models = withTalentRank(dir, "talent_rank\tearlier\ttalent_rank_previous\n");

        assertThat(claimsOf(models, dir, "香港的人才競爭力去年排名第9位。"))
                .anySatisfy(c -> {
                    assertThat(c.metric()).isEqualTo("talent_rank_previous");
                    assertThat(c.subject()).isEqualTo("Hong Kong");
                    assertThat(c.value().intValue()).isEqualTo(9);
                });
    }

    @Test
    void withoutTheRoleThePlaceAfterAPreviousEditionCueKeepsItsMetric(@TempDir Path dir) throws IOException {
        Path models = withTalentRank(dir, "");

        assertThat(claimsOf(models, dir, "香港的人才競爭力去年排名第9位。"))
                .anySatisfy(c -> assertThat(c.metric()).isEqualTo("talent_rank"))
                .noneMatch(c -> c.metric().equals("talent_rank_previous"));
    }

    /**
     * A place of another index of economies (metric-roles.tsv economy-index) within a region is that region's
     * ranking, not the index's: the role alone keeps the place in Asia out of the metric.
     */
    @Test
    void aPlaceOfAnIndexOfEconomiesGivenThatRoleIsNotReadWithinARegion(@TempDir Path dir) throws IOException {
        String sentence = "香港的人才競爭力保持在亞洲第5位。";
        Path plain = withTalentRank(dir.resolve("plain"), "");
        assertThat(claimsOf(plain, dir.resolve("plain"), sentence))
                .anySatisfy(c -> assertThat(c.metric()).isEqualTo("talent_rank"));

        Path indexed = withTalentRank(dir.resolve("indexed"), "talent_rank\teconomy-index\t-\n");
        assertThat(claimsOf(indexed, dir.resolve("indexed"), sentence))
                .noneMatch(c -> c.metric().equals("talent_rank"));
    }

    /** A copy of the models with a place metric of another index (and the roles rows given) added as a user would. */
    private static Path withTalentRank(Path dir, String roles) throws IOException {
        Path models = Fixtures.copyTree(Fixtures.MODELS, dir.resolve("models"));
        Files.writeString(models.resolve("claims").resolve("metrics.tsv"),
                "talent_rank\trank\tbefore\teconomy\t人才競爭力; talent competitiveness\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(models.resolve("claims").resolve("metric-roles.tsv"), roles,
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return models;
    }

    private static java.util.List<Claim> claimsOf(Path models, Path dir, String text) throws IOException {
        Path article = dir.resolve("talent.txt");
        Files.writeString(article, text + "\n", StandardCharsets.UTF_8);
        return ArticleProcessor.create(models, ReadLimits.DEFAULT)
                .process(new SourceFile(article, "talent.txt", Files.size(article))).claims();
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
