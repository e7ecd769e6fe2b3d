package org.newsfacts.claims;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.pipeline.ArticleResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run of three dev2 articles about three editions (2023, 2024, 2025): each claim's period is written again for
 * the run's newest edition from its own edition, years and cut-off.
 */
class EditionPeriodsTest {
    private static final List<String> ARTICLES = List.of("06_hkcna_second_four_years_2023.txt",
            "15_sznews_meetinghk_second_five_years_2024.txt", "26_ycwb_pearl_yin_hejun_2025.txt");
    private static final Map<String, String> EDITIONS = new HashMap<>();
    private static final List<Claim> BOUND = new ArrayList<>();
    private static List<Claim> dated;

    @BeforeAll
    static void run() throws IOException {
        for (String doc : ARTICLES) {
            Path path = Fixtures.required(Fixtures.DEV2_ARTICLES.resolve(doc));
            ArticleResult result = Fixtures.processor().process(new SourceFile(path, doc, Files.size(path)));
            EDITIONS.put(doc, result.edition());
            BOUND.addAll(result.claims());
        }
        dated = EditionPeriods.load(Fixtures.MODELS).apply(BOUND, EDITIONS);
    }

    private static Claim find(List<Claim> claims, String doc, String metric, String surface) {
        return claims.stream().filter(c -> c.doc().equals(doc) && c.metric().equals(metric) && c.surface().equals(surface))
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " " + surface + " in " + doc));
    }

    @Test
    void theRunsArticlesReportThreeEditions() {
        assertThat(EDITIONS).containsValues("2023", "2024", "2025");
    }

    @Test
    void aReportOnAnOlderEditionGetsThatEditionsYear() {
        String doc = "15_sznews_meetinghk_second_five_years_2024.txt";
        assertThat(find(BOUND, doc, "clusters_in_top100", "26").period()).isNull();
        assertThat(find(dated, doc, "clusters_in_top100", "26").period()).isEqualTo("2024");
    }

    @Test
    void aTopNCountOfAnOlderEditionKeepsItsCutOffAfterTheYear() {
        Claim three = find(dated, "15_sznews_meetinghk_second_five_years_2024.txt", "clusters_in_top_n", "三個");
        assertThat(three.time()).isEqualTo(new ClaimTime("2024", null, "top10"));
        assertThat(three.period()).isEqualTo("2024 top10");
    }

    @Test
    void theNewestEditionsClaimsKeepAnEmptyPeriodButNameTheirEdition() {
        List<Claim> newest = dated.stream().filter(c -> c.doc().equals("26_ycwb_pearl_yin_hejun_2025.txt")
                && c.time().edition() != null && c.time().years() == null).toList();
        assertThat(newest).isNotEmpty().allSatisfy(c -> {
            assertThat(c.time().edition()).isEqualTo("2025");
            assertThat(c.period()).isNull();
        });
    }

    @Test
    void everyPeriodIsWrittenFromItsFieldsForTheNewestEdition() {
        assertThat(dated).isNotEmpty().allSatisfy(c -> assertThat(c.period()).isEqualTo(c.time().period("2025")));
    }

    @Test
    void aClaimKnownOnlyByItsPeriodKeepsIt() {
        Claim bare = new Claim("0123456789abcdef", "table.csv", "London", "rank", java.math.BigDecimal.ONE, "rank",
                null, "2024", null, null, 0, 1, "1", null, null, null);
        assertThat(EditionPeriods.load(Fixtures.MODELS).apply(List.of(bare), Map.of("table.csv", "2023")))
                .extracting(Claim::period).containsExactly("2024");
    }
}
