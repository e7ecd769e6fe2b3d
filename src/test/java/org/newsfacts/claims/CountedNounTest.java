package org.newsfacts.claims;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.figures.Figure;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The noun a count counts, read after its counter word. */
class CountedNounTest {
    private static final CountedNoun NOUNS = new CountedNoun(Articles.LEXICON, new LocativeCue(Articles.LEXICON));
    private static final LocalDate SEPTEMBER_2025 = LocalDate.of(2025, 9, 2);
    /** corpus 001. */
    private static final String CYBERPORT = "數碼港匯聚超過 2,200 間企業，包括 5 間上市公司及 7 間獨角獸企業。";

    @Test
    void theNounStartsAfterTheCounterWordAndItsSpaces() {
        BindContext cx = Articles.context(CYBERPORT, SEPTEMBER_2025);
        Figure seven = Articles.figure(cx, "7");
        assertThat(cx.view.substring(CountedNoun.start(cx, seven, Articles.LEXICON))).startsWith("独角兽");
    }

    @Test
    void aCountFollowedByANounCountsIt() {
        // corpus 001.
        BindContext cx = Articles.context("獲得超過 1,700 個行業獎項、超過 550 個知識產權。", SEPTEMBER_2025);
        assertThat(NOUNS.follows(cx, Articles.figure(cx, "1,700"))).isTrue();
    }

    @Test
    void aCountFollowedByWhereTheThingsLieHasNoNounOfItsOwn() {
        // dev2 15 (深圳新闻网, 2024).
        BindContext cx = Articles.context("在十大科技集群中,有七個位于亞洲,三個位于美國。", LocalDate.of(2024, 8, 28));
        assertThat(NOUNS.follows(cx, Articles.figure(cx, "七个"))).isFalse();
    }

    @Test
    void aVerbAfterTheGenericCounterIsNoNoun() {
        // dev2 06 (2023).
        BindContext cx = Articles.context("特別值得一提的是,中國現擁有24個全球頂級科技集群,比去年的21個有所增加,成為擁有最多科技集群的國家。",
                LocalDate.of(2023, 9, 28));
        assertThat(NOUNS.follows(cx, Articles.figure(cx, "21"))).isFalse();
        assertThat(NOUNS.follows(cx, Articles.figure(cx, "24"))).isTrue();
    }

    @Test
    void anEnglishCountFollowedByAFunctionWordHasNoNoun() {
        // dev2 04 (2022): "three in China" says where, not what.
        BindContext cx = Articles.context("One of the centers is in Japan, three in China and the fifth in the United States, "
                + "according to a preview of the 2022 edition of the WIPO World Innovation Index, which will be officially "
                + "launched on September 29.", LocalDate.of(2022, 9, 30));
        assertThat(NOUNS.follows(cx, Articles.figure(cx, "three"))).isFalse();
    }

    @Test
    void aNounEndsBeforePunctuationButNotInsideAChineseWord() {
        // corpus 001: "28 個初創企業項目" counts projects; 企業 does not end the noun, 項目 before the comma does.
        BindContext cx = Articles.context("28 個初創企業項目，連同共同投資的投資總額達到 19.4 億港元。", SEPTEMBER_2025);
        assertThat(NOUNS.endsAt(cx, cx.view.indexOf("项目"))).isFalse();
        assertThat(NOUNS.endsAt(cx, cx.view.indexOf(','))).isTrue();
    }
}
