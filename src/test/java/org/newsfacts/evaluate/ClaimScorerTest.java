package org.newsfacts.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.evaluate.Fixture.category;
import static org.newsfacts.evaluate.Fixture.goldClaim;
import static org.newsfacts.evaluate.Seeds.TAKUNGPAO;
import static org.newsfacts.evaluate.Seeds.at;

/** 大公報 (000) with four of its gold claims, one of them a cell of the flattened top-10 table. */
class ClaimScorerTest {

    private static final String TEXT = Seeds.repaired(TAKUNGPAO);
    private static final String SHG = "Shenzhen–Hong Kong–Guangzhou";

    private static final List<Map<String, Object>> GOLD = List.of(
            goldClaim(SHG, "pct_share", 9, "%", null, null, "「深圳─香港─廣州」佔9%和首爾"),
            goldClaim("San Jose–San Francisco", "vc_share", 6.9, "%", "2019-2023", null, "「聖何塞─三藩市」佔6.9%"),
            goldClaim("Mainland China", "vc_pe_fund_rank_asia", 1, "rank", null, "特區政府發言人", "規模在亞洲分別穩佔第一、二位"),
            goldClaim("London", "rank", 8, "rank", null, null, "紐約市 倫敦 波士頓─劍橋（美國）"));

    @TempDir
    Path root;

    private Fixture fixture() {
        return new Fixture(root).document(TAKUNGPAO, TEXT).goldDoc(TAKUNGPAO, Map.of("claims", GOLD));
    }

    private CategoryResult claims() {
        return category(fixture()
                .claim(TAKUNGPAO, at(TEXT, "佔9%和首爾", "9%"), "Shenzhen-Hong Kong-Guangzhou", "pct_share", 9, "%", null, null)
                .claim(TAKUNGPAO, at(TEXT, "佔6.9%", "6.9%"), "San Jose–San Francisco", "vc_share", 6.9, "%", null, null)
                .claim(TAKUNGPAO, at(TEXT, "穩佔第一、二位", "第一"), "Mainland China", "vc_pe_fund_rank_asia", 1, "rank",
                        null, "特區政府發言人")
                .claim(TAKUNGPAO, at(TEXT, "1\n 8\n 10", "8"), "London", "rank", 8, "rank", null, null)
                .claim(TAKUNGPAO, at(TEXT, "寧德躍居全球第四", "第四"), "Ningde", "rank", 4, "rank", null, null)
                .evaluate(), ClaimScorer.CATEGORY);
    }

    @Test
    void claimMatchesOnSubjectMetricValueAndUnitAtItsContext() {
        CategoryResult claims = claims();

        assertEquals(List.of(4, 1, 0), List.of(claims.truePositives(), claims.falsePositives(), claims.falseNegatives()));
        assertEquals("Ningde · rank", claims.falseHits().get(0).surface());
    }

    @Test
    void periodAndSaidByAreAttributeAccuracies() {
        CategoryResult claims = claims();

        assertEquals(new Accuracy(3, 4), claims.accuracies().get(ClaimScorer.PERIOD));
        assertEquals(new Accuracy(4, 4), claims.accuracies().get(ClaimScorer.SAID_BY));
    }

    @Test
    void tableCellNearTheRowItsContextQuotesStillMatches() {
        assertEquals(1, claims().notes().get(ClaimScorer.NOT_ON_CONTEXT));
    }

    @Test
    void claimFarFromItsGoldContextDoesNotMatch() {
        CategoryResult claims = category(fixture()
                .claim(TAKUNGPAO, at(TEXT, "排行榜於2017年創設", "2017"), SHG, "pct_share", 9, "%", null, null)
                .evaluate(), ClaimScorer.CATEGORY);

        assertEquals(List.of(0, 1, 4), List.of(claims.truePositives(), claims.falsePositives(), claims.falseNegatives()));
    }
}
