package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;

import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every metric the binder can produce has words in English and Chinese (models/claims/metric-labels.tsv). */
class MetricLabelsTest {
    private final MetricLabels labels = MetricLabels.load(Fixtures.MODELS);

    @Test
    void everyMetricOfTheLexiconHasBothLabels() throws Exception {
        Set<String> metrics = Files.readAllLines(Fixtures.MODELS.resolve("claims").resolve("metrics.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0])
                .collect(Collectors.toSet());
        // Metrics the binder derives rather than reads from a cue.
        metrics.addAll(Set.of("rank_previous", "gii_rank_previous", "intensity_rank"));
        assertThat(labels.metrics()).containsAll(metrics);
        for (String metric : metrics) {
            assertThat(labels.english(metric)).as(metric).isNotBlank().doesNotContain("_");
            assertThat(labels.chinese(metric)).as(metric).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void aShareReadsAsWords() {
        assertThat(labels.english("pct_share")).isEqualTo("share of the world's PCT applications");
        assertThat(labels.chinese("pub_share")).isEqualTo("佔全球科學出版物比例");
    }

    @Test
    void anEditionIsNamedAsTimeTsvNamesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path models) throws Exception {
        assertThat(labels.edition("2025")).isEqualTo("GII 2025");
        // Another index's models name its editions their own way, with no Java changed.
        Files.createDirectories(models.resolve("claims"));
        Files.copy(Fixtures.MODELS.resolve("claims").resolve("metric-labels.tsv"),
                models.resolve("claims").resolve("metric-labels.tsv"));
        Files.writeString(models.resolve("claims").resolve("time.tsv"), "subject\tEIS {year}\n");
        assertThat(MetricLabels.load(models).edition("2024")).isEqualTo("EIS 2024");
    }
}
