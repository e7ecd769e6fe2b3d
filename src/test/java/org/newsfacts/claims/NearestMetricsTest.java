package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.figures.Figure;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The metric rules with a cue near a figure, nearest first (sentences from the development articles and dev2). */
class NearestMetricsTest {
    private static final NearestMetrics NEAREST = new NearestMetrics(Articles.LEXICON,
            new CountedNoun(Articles.LEXICON, new LocativeCue(Articles.LEXICON)));
    private static final LocalDate SEPTEMBER_2025 = LocalDate.of(2025, 9, 2);

    private static List<MetricResolver.Candidate> candidates(String text, LocalDate published, String figure) {
        BindContext cx = Articles.context(text, published);
        Figure f = Articles.figure(cx, figure);
        return NEAREST.of(cx, f, Articles.LEXICON.unitGroup(f.unit()), Articles.sentence(cx, f));
    }

    private static List<String> metrics(String text, String figure) {
        return candidates(text, SEPTEMBER_2025, figure).stream().map(c -> c.rule().metric()).toList();
    }

    @Test
    void theNearestPhraseBeforeAShareNamesItsMetric() {
        // corpus 002.
        assertThat(metrics("科研产出上,SCIE论文发表量占全球2.4%,高校科研实力强劲;", "2.4%")).first().isEqualTo("pub_share");
    }

    @Test
    void aCountTakesTheNounAfterItsCounterWord() {
        // corpus 001.
        assertThat(metrics("數碼港匯聚超過 2,200 間企業，包括 5 間上市公司及 7 間獨角獸企業。", "7")).first()
                .isEqualTo("unicorns");
    }

    @Test
    void anEnglishShareTakesWhatItIsOf() {
        assertThat(metrics("The cluster accounts for 12% of global PCT applications.", "12%")).first().isEqualTo("pct_share");
    }

    @Test
    void aCountWithANounOfItsOwnDoesNotTakeThePhraseBeforeIt() {
        assertThat(metrics("《全球創新指數》集群排行榜通過三項核心指標識別世界級創新活動。", "三项")).isEmpty();
    }

    @Test
    void aScopeWordSpeaksOfThePlaceInItsOwnClauseOnly() {
        // dev2 03 (时代星报, 2022): 全国 scopes 第9位; 全球 after the 、 scopes 第34位.
        String text = "青岛在“科技集群”排名升至全国第9位、全球第34位,成为中国位次跃升最快的三个城市之一。";
        assertThat(metrics(text, "第9位")).first().isEqualTo("rank_in_economy");
        assertThat(metrics(text, "第34位")).first().isEqualTo("rank");
    }

    @Test
    void theEconomiesAnEditionRanksAreCountedBeforeAmong() {
        // dev2 31 (香港01, 2025).
        assertThat(metrics("陳茂波在社交網站表示，在139個被評核的經濟體中，香港在多個分項表現突出。", "139")).first().isEqualTo("economies_ranked");
    }

    @Test
    void wordsOnBothSidesOfACountFrameItsMetricNearestOfAll() {
        // dev2 24 (Free Malaysia Today, 2024): "out of … nations".
        List<MetricResolver.Candidate> found = candidates("Malaysia has been ranked 33rd out of 133 nations in the World "
                + "Intellectual Property Organization’s Global Innovation Index 2024, its highest position in the ranking "
                + "since 2016.", LocalDate.of(2024, 9, 27), "133");
        assertThat(found.get(0).rule().metric()).isEqualTo("economies_ranked");
        assertThat(found.get(0).distance()).isZero();
    }

    @Test
    void aReadingByDefaultComesLastAndIsDoubtedMost() {
        // dev2 24 (Free Malaysia Today, 2024): the weak "ranked" reads a rank; the default readings come after it.
        List<MetricResolver.Candidate> found = candidates("Malaysia has been ranked 33rd out of 133 nations in the World "
                + "Intellectual Property Organization’s Global Innovation Index 2024, its highest position in the ranking "
                + "since 2016.", LocalDate.of(2024, 9, 27), "33rd");
        assertThat(NearestMetrics.doubt(found.get(0))).isEqualTo(0.05);
        assertThat(NearestMetrics.doubt(found.get(found.size() - 1))).isEqualTo(0.1);
    }
}
