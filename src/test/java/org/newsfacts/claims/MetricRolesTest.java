package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** models/claims/metric-roles.tsv: what a metric is beyond its words, asked by role, never by id. */
class MetricRolesTest {
    private final MetricRoles roles = MetricRoles.load(Fixtures.MODELS);

    @Test
    void theOverallPlaceOfAnEarlierEditionIsItsPreviousForm() {
        assertThat(roles.earlierForm("rank")).isEqualTo("rank_previous");
        assertThat(roles.earlierForm("pct_share")).isNull();
    }

    @Test
    void aCountInTheTop100AndOneInATopNTheSentenceNamesAreOneFamily() {
        assertThat(roles.fixedCutoff("clusters_in_top100")).isEqualTo(100);
        assertThat(roles.cutoffFromSentence("clusters_in_top_n")).isTrue();
        assertThat(roles.placesFamily("clusters_in_top100")).isEqualTo(roles.placesFamily("clusters_in_top_n"));
        assertThat(roles.placesFamily("economies_in_top100")).isNull();
    }

    @Test
    void aRowNamingAnUnknownRoleIsAnErrorNamingTheFileAndTheRole(@TempDir Path models) throws Exception {
        Files.createDirectories(models.resolve("claims"));
        Files.writeString(models.resolve("claims").resolve("metric-roles.tsv"), "rank\tprevious\trank_previous\n");
        assertThatThrownBy(() -> MetricRoles.load(models))
                .hasMessageContaining("metric-roles.tsv").hasMessageContaining("unknown role previous");
    }
}
