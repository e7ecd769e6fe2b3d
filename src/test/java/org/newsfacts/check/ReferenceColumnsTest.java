package org.newsfacts.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.claims.Claim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/** A reference table is read in the layout of models/reference/columns.tsv, not one written into Java. */
class ReferenceColumnsTest {

    @Test
    void theNewestEditionsColumnHoldsTheRankAndAnOlderOneItsEarlierForm(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("table.csv");
        Files.writeString(csv, "rank_2025,rank_2024,cluster_en,pct_share_pct,source_url\n"
                + "1,2,Shenzhen–Hong Kong–Guangzhou,9.0,\"rank_2025: https://a.example; pct_pub_share: https://b.example\"\n");

        KnownClaims.ReferenceTable table = KnownClaims.fromReference(csv, Fixtures.MODELS);

        assertThat(table.edition()).isEqualTo("2025");
        assertThat(table.claims()).extracting(c -> c.metric() + " " + c.value() + " " + c.unit() + " " + c.period())
                .containsExactlyInAnyOrder("rank 1 rank null", "rank_previous 2 rank 2024", "pct_share 9.0 % null");
        Claim share = table.claims().stream().filter(c -> c.metric().equals("pct_share")).findFirst().orElseThrow();
        assertThat(table.citation(share).sourceUrl()).isEqualTo("https://b.example");
    }

    @Test
    void aColumnAddedToTheLayoutFileIsReadAsItsMetric(@TempDir Path dir) throws Exception {
        Path models = Fixtures.copyTree(Fixtures.MODELS, dir.resolve("models"));
        Files.writeString(models.resolve("reference").resolve("columns.tsv"), "vc_density\tvc_density\tper_million\tcounts*\n",
                StandardOpenOption.APPEND);
        Path csv = dir.resolve("table.csv");
        Files.writeString(csv, "cluster_en,vc_density,source_url\nTokyo–Yokohama,12.5,\"counts_vc: https://c.example\"\n");

        KnownClaims.ReferenceTable table = KnownClaims.fromReference(csv, models);

        assertThat(table.claims()).singleElement().satisfies(c -> {
            assertThat(c.metric()).isEqualTo("vc_density");
            assertThat(c.unit()).isEqualTo("per_million");
            assertThat(table.citation(c).sourceUrl()).isEqualTo("https://c.example");
        });
    }
}
