package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Places in a region's, an indicator's or another noun's ranking, not in the index's (dev2 and corpus sentences). */
class AnotherRankingTest {
    private static final AnotherRanking ANOTHER = new AnotherRanking(Articles.LEXICON, new LocativeCue(Articles.LEXICON));
    private static final MetricResolver METRICS = new MetricResolver(Articles.LEXICON);
    private static final LocalDate SEPTEMBER_2023 = LocalDate.of(2023, 9, 28);
    private static final LocalDate SEPTEMBER_2025 = LocalDate.of(2025, 9, 17);

    /** dev2 07 (中新社, 2023). */
    private static final String HONG_KONG_IN_ASIA = "日前,世界知識產權組織發佈2023年全球創新指數排名顯示,“深圳--香港--廣州”科技集羣"
            + "連續四年蟬聯全球第二位,而香港的排名在亞洲保持第五位、在全球132個經濟體中排名第17位。";
    /** dev2 31 (香港01, 2025). */
    private static final String CHAN_ON_INDICATORS = "陳茂波在社交網站表示，在139個被評核的經濟體中，香港在多個分項表現突出，"
            + "例如在支持創新的優勢中，香港在「信貸」高踞全球第1位，並在多個領域躋身全球前10名，包括「高等教育」(第3位)、"
            + "「知識的吸收」(第5位)、「信息通信技術」(第6位)、「制度環境」(第9位)和「投資」(第9位)。";

    private static boolean holds(BindContext cx, Figure figure) {
        Span sentence = Articles.sentence(cx, figure);
        MetricResolver.Candidate first = METRICS.candidates(cx, figure, Articles.LEXICON.unitGroup(figure.unit()), sentence).get(0);
        return ANOTHER.holds(cx, figure, first, sentence);
    }

    @Test
    void aSubrankingWordBetweenTheFigureBeforeAndThePlaceMakesItASubrankingPlace() {
        BindContext cx = Articles.context(HONG_KONG_IN_ASIA, SEPTEMBER_2023);
        Figure fifth = Articles.figure(cx, "第五位");
        assertThat(ANOTHER.inSubranking(cx, fifth, Articles.sentence(cx, fifth))).isTrue();
    }

    @Test
    void aSubrankingWordBeforeTheFigureBeforeDoesNotReachThePlace() {
        BindContext cx = Articles.context(HONG_KONG_IN_ASIA, SEPTEMBER_2023);
        Figure seventeenth = Articles.figure(cx, "第17位");
        assertThat(ANOTHER.inSubranking(cx, seventeenth, Articles.sentence(cx, seventeenth))).isFalse();
    }

    @Test
    void aPlaceHeldInARegionIsInTheRegionsRanking() {
        BindContext cx = Articles.context(HONG_KONG_IN_ASIA, SEPTEMBER_2023);
        Figure fifth = Articles.figure(cx, "第五位");
        assertThat(ANOTHER.inARegionBefore(cx, fifth, Articles.sentence(cx, fifth))).isTrue();
    }

    @Test
    void aRegionWordNoPlaceIsSaidToBeInIsNoRegionsRanking() {
        // dev2 31: 大灣區 names the cluster's cities; 全球第一 is its place in the ranking.
        BindContext cx = Articles.context("他又表示，香港聯同深圳、廣州等大灣區兄弟城市已是全球第一的創新集群，大家攜手並進、優勢互補。",
                SEPTEMBER_2025);
        Figure first = Articles.figure(cx, "第一");
        assertThat(ANOTHER.inARegionBefore(cx, first, Articles.sentence(cx, first))).isFalse();
    }

    @Test
    void aPlaceAfterInAnIndicatorIsTheIndicatorsPlace() {
        // dev2 38 (2025): London's third place is in venture capital deals; 第8名 after the comma is its own.
        BindContext cx = Articles.context("伦敦因在创投交易中在全球排序第3,使其整体排序从第21名攀升至第8名。", SEPTEMBER_2025);
        Figure third = Articles.figure(cx, "第3");
        Figure eighth = Articles.figure(cx, "第8名");
        assertThat(ANOTHER.inAnIndicatorBefore(cx, third, Articles.sentence(cx, third))).isTrue();
        assertThat(ANOTHER.inAnIndicatorBefore(cx, eighth, Articles.sentence(cx, eighth))).isFalse();
    }

    @Test
    void aQuotedNameAfterInIsTheIndicatorThePlaceIsIn() {
        BindContext cx = Articles.context(CHAN_ON_INDICATORS, SEPTEMBER_2025);
        Figure first = Articles.figure(cx, "第1位");
        assertThat(ANOTHER.namedIndicatorBefore(cx, first, Articles.sentence(cx, first))).isTrue();
    }

    @Test
    void aBracketedPlaceAfterAQuotedIndicatorIsThatIndicatorsPlace() {
        BindContext cx = Articles.context(CHAN_ON_INDICATORS, SEPTEMBER_2025);
        Figure third = Articles.figure(cx, "第3位");
        assertThat(ANOTHER.bracketedAfterAName(cx, third)).isTrue();
    }

    @Test
    void aBracketedPlaceAfterAnEnglishIndicatorIsThatIndicatorsPlace() {
        // dev2 05 (Fortune India, 2022).
        BindContext cx = Articles.context("India holds top rankings in other indicators, including venture capital recipients' "
                + "value (6th), finance for startups and scaleups (8th).", LocalDate.of(2022, 9, 30));
        assertThat(holds(cx, Articles.figure(cx, "6th"))).isTrue();
    }

    @Test
    void aBracketedPlaceOpenedByAScopeWordIsThePlaceOfThePhraseBeforeIt() {
        // dev2 36 (2025): "(全球第一)" after 风投份额 is the share's place; 稳居第三, not bracketed, is the cluster's.
        BindContext cx = Articles.context("美国圣何塞-旧金山则靠6.9%的风投份额(全球第一)稳居第三,其谷歌、斯坦福大学构成的“产学研投”生态,"
                + "成为创新集群的标杆。", SEPTEMBER_2025);
        Figure first = Articles.figure(cx, "第一");
        Figure third = Articles.figure(cx, "第三");
        assertThat(ANOTHER.bracketedAfterAName(cx, first)).isTrue();
        assertThat(ANOTHER.bracketedAfterAName(cx, third)).isFalse();
    }

    @Test
    void anOrdinalBeforeLargestRanksTheNounAfterIt() {
        // dev2 12 (Verdict, 2023): a place among carmakers, not Tokyo–Yokohama's in the ranking.
        BindContext cx = Articles.context("Further south, Nissan’s headquarters are located in Yokohama, the major economic, "
                + "cultural, and commercial hub for the Tokyo Commercial Area. Nissan was the 9th largest automotive "
                + "manufacturer in the world in 2022, with a revenue of $78bn.", SEPTEMBER_2023);
        Figure ninth = Articles.figure(cx, "9th");
        assertThat(ANOTHER.superlativeOfAnotherNoun(cx, ninth, Articles.sentence(cx, ninth))).isTrue();
    }

    @Test
    void anOrdinalBeforeLargestAndAClusterWordIsAPlaceInTheRanking() {
        // dev2 21 (Focus Taiwan, 2024).
        BindContext cx = Articles.context("Taipei-Hsinchu ranked as the 25th largest science and technology (S&T) cluster in "
                + "the world in 2024.", LocalDate.of(2024, 8, 28));
        Figure place = Articles.figure(cx, "25th");
        assertThat(ANOTHER.superlativeOfAnotherNoun(cx, place, Articles.sentence(cx, place))).isFalse();
        assertThat(holds(cx, place)).isFalse();
    }

    @Test
    void theClustersOwnPlaceBeforeARegionsPlaceIsInTheRanking() {
        BindContext cx = Articles.context(HONG_KONG_IN_ASIA, SEPTEMBER_2023);
        assertThat(holds(cx, Articles.figure(cx, "第二位"))).isFalse();
        assertThat(holds(cx, Articles.figure(cx, "第五位"))).isTrue();
    }
}
