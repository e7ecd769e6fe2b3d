package org.newsfacts.reconcile;

import org.junit.jupiter.api.Test;
import org.newsfacts.claims.Claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.reconcile.GoldClaims.CYBERPORT;
import static org.newsfacts.reconcile.GoldClaims.HKCNA;
import static org.newsfacts.reconcile.GoldClaims.LOOP;
import static org.newsfacts.reconcile.GoldClaims.MINGPAO;
import static org.newsfacts.reconcile.GoldClaims.TAKUNGPAO;
import static org.newsfacts.reconcile.GoldClaims.about;

/** Grouping and the interval verdict, on the claims of the real seed articles. */
class ReconcilerTest {
    private static final String SHG = "Shenzhen–Hong Kong–Guangzhou";
    private final Reconciler reconciler = Reconciler.load(org.newsfacts.Fixtures.MODELS);

    @Test
    void pctShareNinePercentAgainstTwelvePercentIsAConflict() {
        List<Claim> claims = new ArrayList<>(GoldClaims.of(TAKUNGPAO, about(SHG, "pct_share")));
        claims.addAll(GoldClaims.of(HKCNA, about(SHG, "pct_share")));

        Reconciliation result = reconciler.reconcile(claims);

        assertThat(result.agreements()).isEmpty();
        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ReconciledGroup.Kind.VALUES_DISAGREE);
            assertThat(conflict.subject()).isEqualTo(SHG);
            assertThat(conflict.metric()).isEqualTo("pct_share");
            assertThat(conflict.claims()).extracting(Claim::doc, c -> c.value().intValue())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(TAKUNGPAO, 9),
                            org.assertj.core.groups.Tuple.tuple(HKCNA, 12), org.assertj.core.groups.Tuple.tuple(HKCNA, 12));
            assertThat(conflict.docs()).isEqualTo(2);
            assertThat(conflict.explanation())
                    .startsWith("Share of the world's PCT applications for " + SHG + ": ")
                    .contains(TAKUNGPAO + " (大公報) gives 9%", HKCNA + " (香港新闻网) gives 12% (twice)",
                            "9% allows 8.5–9.5%", "12% allows 11.5–12.5%", "they cannot both be true");
        });
    }

    @Test
    void theSameShareInTwoArticlesAgrees() {
        List<Claim> claims = new ArrayList<>(GoldClaims.of(TAKUNGPAO, about(SHG, "pub_share")));
        claims.addAll(GoldClaims.of(HKCNA, about(SHG, "pub_share")));

        Reconciliation result = reconciler.reconcile(claims);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.agreements()).singleElement().satisfies(agreement -> {
            assertThat(agreement.claims()).extracting(Claim::surface).containsExactly("2.4%", "2.4%");
            assertThat(agreement.common()).isEqualTo(Interval.closed(new BigDecimal("2.35"), new BigDecimal("2.45")));
            assertThat(agreement.explanation()).contains("both give 2.4%: the same figure.");
        });
    }

    @Test
    void aDensityWrittenWithAndWithoutAThousandsSeparatorAgrees() {
        List<Claim> claims = new ArrayList<>(GoldClaims.of(TAKUNGPAO, about(SHG, "pct_density")));
        claims.addAll(GoldClaims.of(CYBERPORT, about(SHG, "pct_density")));
        assertThat(claims).extracting(Claim::surface).containsExactly("2292", "2,292");

        Reconciliation result = reconciler.reconcile(claims);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.agreements()).singleElement()
                .satisfies(a -> assertThat(a.explanation()).contains("both give 2,292 per million"));
    }

    @Test
    void overSixtyAndSeventyNineAgree() {
        List<Claim> tenants = GoldClaims.of(LOOP, about("Hong Kong Park of the Loop (phase 1)", "tenants"));
        assertThat(tenants).extracting(Claim::qualifier).containsExactlyInAnyOrder("over", null, null);

        Reconciliation result = reconciler.reconcile(tenants);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.agreements()).singleElement().satisfies(agreement -> {
            assertThat(agreement.common()).isEqualTo(Interval.exact(new BigDecimal("79")));
            assertThat(agreement.docs()).isEqualTo(1);
            assertThat(agreement.explanation()).contains("over 60 allows more than 60", "79 is exact",
                    "they can all be true");
        });
    }

    @Test
    void aboutNinetyPercentAndNineTenthsAgree() {
        List<Claim> occupancy = GoldClaims.of(LOOP, about("Hong Kong Park of the Loop (phase 1)", "occupancy_rate"));
        assertThat(occupancy).extracting(Claim::surface).contains("90%", "9成", "九成");

        Reconciliation result = reconciler.reconcile(occupancy);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.agreements()).singleElement()
                .satisfies(a -> assertThat(a.claims()).hasSize(4));
    }

    @Test
    void valuesOfDifferentEditionsNeverConflict() {
        // 002: Macao–Zhuhai 从2024年第100位升至第98位. A report on the 2024 edition states 100 as that edition's
        // rank (period 2024); the 2025-edition articles state 98 (period null). Both are true.
        Claim rank2025 = GoldClaims.one(HKCNA, "Macao–Zhuhai", "rank", "第98位");
        Claim previous = GoldClaims.one(HKCNA, "Macao–Zhuhai", "rank_previous", "第100位");
        Claim rank2024 = GoldClaims.variant(previous, "Macao–Zhuhai", "rank", previous.value(), previous.surface(),
                "2024", null);
        Claim rank2025Elsewhere = GoldClaims.inDoc(rank2025, "held-out/2025-edition.txt");
        Claim rank2024Elsewhere = GoldClaims.inDoc(rank2024, "held-out/2024-edition.txt");

        Reconciliation result = reconciler.reconcile(List.of(rank2025, rank2024, rank2025Elsewhere, rank2024Elsewhere));

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.agreements()).extracting(ReconciledGroup::period, g -> g.common().low().intValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(null, 98),
                        org.assertj.core.groups.Tuple.tuple("2024", 100));
    }

    @Test
    void anIntensityRankingNeverMeetsTheOverallRanking() {
        // 000: 是次排名寧德躍居全球第四 is Ningde's place by innovation intensity (per head), not overall.
        Claim shg = GoldClaims.one(TAKUNGPAO, SHG, "rank", "集群排名升至全球第一");
        Claim intensity = GoldClaims.variant(shg, "Ningde", "rank", new BigDecimal("4"), "第四", null, "intensity");
        Claim overall = GoldClaims.inDoc(GoldClaims.variant(shg, "Ningde", "rank", new BigDecimal("99"), "第99",
                null, null), "held-out/overall-ranking.txt");

        Reconciliation withScope = reconciler.reconcile(List.of(intensity, overall));
        Reconciliation withoutScope = reconciler.reconcile(List.of(
                GoldClaims.variant(shg, "Ningde", "rank", new BigDecimal("4"), "第四", null, null), overall));

        assertThat(withScope.conflicts()).isEmpty();
        assertThat(withScope.agreements()).isEmpty();
        assertThat(withoutScope.conflicts()).hasSize(1); // what the scope prevents
    }

    @Test
    void amountsInDifferentCurrenciesAreNotComparedButNoted() {
        List<Claim> usd = GoldClaims.of(HKCNA, about(SHG, "vc_value"));
        Claim hkd = new Claim("hkd-variant", "held-out/hkd.txt", SHG, "vc_value", new BigDecimal("936000000000"),
                "HKD", "over", null, null, null, 0, 6, "9,360億港元", null, null, null);
        List<Claim> claims = new ArrayList<>(usd);
        claims.add(hkd);

        Reconciliation result = reconciler.reconcile(claims);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.agreements()).singleElement().satisfies(a -> assertThat(a.unit()).isEqualTo("USD"));
        assertThat(result.notes()).singleElement().satisfies(note -> {
            assertThat(note.kind()).isEqualTo(Note.UNITS_NOT_COMPARED);
            assertThat(note.explanation()).contains("HKD", "USD", "not compared");
        });
    }

    @Test
    void theWholeCorpusHasOnlyTheGoldConflictAndKeepsEveryGoldAgreement() throws Exception {
        Reconciliation result = reconciler.reconcile(GoldClaims.all());

        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo(SHG);
            assertThat(c.metric()).isEqualTo("pct_share");
        });
        var gold = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(org.newsfacts.Fixtures.required(GoldClaims.GOLD.resolve("corpus.gold.json")).toFile());
        for (var agreement : gold.get("agreements")) {
            String subject = agreement.get("subject").asText();
            String metric = agreement.get("metric").asText();
            String period = agreement.hasNonNull("period") ? agreement.get("period").asText() : null;
            assertThat(result.agreements())
                    .as("gold agreement %s %s %s", subject, metric, period)
                    .anySatisfy(group -> {
                        assertThat(group.subject()).isEqualTo(subject);
                        assertThat(group.metric()).isEqualTo(metric);
                        assertThat(Objects.equals(group.period(), period)).isTrue();
                        assertThat(group.claims()).hasSize(agreement.get("values").size());
                    });
        }
    }
}
