package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EditionPeriodsTest {
    private final EditionPeriods editions = EditionPeriods.load(Fixtures.MODELS);

    private static Claim claim(String doc, String metric, int value, String period) {
        return new Claim(ClaimIds.of(doc, 0, 1, metric, "London"), doc, "London", metric, BigDecimal.valueOf(value),
                "rank", null, period, null, null, 0, 1, String.valueOf(value), null, null, null);
    }

    @Test
    void aReportOnAnOlderEditionGetsThatEditionsYear() {
        List<Claim> dated = editions.apply(List.of(claim("gii2024.txt", "rank", 21, null), claim("gii2025.txt", "rank", 8, null)),
                Map.of("gii2024.txt", "2024", "gii2025.txt", "2025"));
        assertThat(dated).extracting(Claim::period).containsExactly("2024", null);
    }

    @Test
    void aTopNCountOfAnOlderEditionKeepsItsCutOff() {
        List<Claim> dated = editions.apply(List.of(claim("gii2024.txt", "clusters_in_top_n", 3, "top10")),
                Map.of("gii2024.txt", "2024", "gii2025.txt", "2025"));
        assertThat(dated).extracting(Claim::period).containsExactly("2024 top10");
    }

    @Test
    void aMetricNotTiedToAnEditionIsLeftAlone() {
        List<Claim> dated = editions.apply(List.of(claim("gii2024.txt", "occupancy_rate", 90, null)),
                Map.of("gii2024.txt", "2024", "gii2025.txt", "2025"));
        assertThat(dated).extracting(Claim::period).containsOnlyNulls();
    }
}
