package org.newsfacts.claims;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The one look back for a word said to be "in" something, shared by the region and the indicator checks. */
class LocativeCueTest {
    private static final LocativeCue LOCATIVE = new LocativeCue(Articles.LEXICON);
    private static final LocalDate SEPTEMBER_2023 = LocalDate.of(2023, 9, 28);

    private static Cue cue(String viewForm) {
        return Cue.of(viewForm);
    }

    @Test
    void findsARegionWordRightAfterALocative() {
        // dev2 07 (中新社, 2023).
        BindContext cx = Articles.context("“深圳--香港--廣州”科技集羣連續四年蟬聯全球第二位,而香港的排名在亞洲保持第五位。", SEPTEMBER_2023);
        int region = cx.view.indexOf("亚洲");
        assertThat(LOCATIVE.lastAfterLocative(cx, cue("亚洲"), 0, cx.view.length(), 8)).isEqualTo(region);
    }

    @Test
    void aLatinLocativeMustBeAWholeWord() {
        // dev2 23 (The Star, 2024): "within" ends in "in" but says nothing is in Asean.
        BindContext cx = Articles.context("Malaysia also maintained its position as the second most innovative country among 36 "
                + "upper- middle-income nations, trailing only China, while within Asean, Malaysia remained in second place "
                + "behind Singapore.", SEPTEMBER_2023);
        assertThat(LOCATIVE.lastAfterLocative(cx, cue("Asean"), 0, cx.view.length(), 8)).isEqualTo(-1);
    }

    @Test
    void aWordWithNoLocativeBeforeItIsNotFound() {
        // dev2 31 (香港01, 2025): 大灣區 names the cluster; nothing is said to be in it.
        BindContext cx = Articles.context("他又表示，香港聯同深圳、廣州等大灣區兄弟城市已是全球第一的創新集群。", LocalDate.of(2025, 9, 17));
        assertThat(LOCATIVE.lastAfterLocative(cx, cue("大湾区"), 0, cx.view.length(), 8)).isEqualTo(-1);
    }

    @Test
    void walksBackPastALaterOccurrenceWithNoLocative() {
        // dev2 08 (新华社, 2023): the last 全球 (蝉联全球) has no locative; the one after 在 is found.
        BindContext cx = Articles.context("根据今年的创新指数,在全球前100个集群当中,“深圳—香港—广州”科技集群连续4年蝉联全球第二位。",
                SEPTEMBER_2023);
        int first = cx.view.indexOf("全球");
        assertThat(cx.view.lastIndexOf("全球")).isGreaterThan(first);
        assertThat(LOCATIVE.lastAfterLocative(cx, cue("全球"), 0, cx.view.length(), 8)).isEqualTo(first);
    }

    @Test
    void looksNoFurtherBackThanItsStart() {
        // dev2 38 (2025): from the clause's start, the 在 before 创投交易 lies outside the reach.
        BindContext cx = Articles.context("伦敦因在创投交易中在全球排序第3,使其整体排序从第21名攀升至第8名。", LocalDate.of(2025, 9, 20));
        int at = cx.view.indexOf("创投交易");
        assertThat(LOCATIVE.lastAfterLocative(cx, cue("创投交易"), 0, cx.view.length(), 4)).isEqualTo(at);
        assertThat(LOCATIVE.lastAfterLocative(cx, cue("创投交易"), at, cx.view.length(), 4)).isEqualTo(-1);
    }

    @Test
    void aLocativeThatOpensACountedNounStartsThere() {
        // dev2 15 (深圳新闻网, 2024): where the seven lie, not what they are.
        BindContext cx = Articles.context("在十大科技集群中,有七個位于亞洲,三個位于美國。", LocalDate.of(2024, 8, 28));
        assertThat(LOCATIVE.startsAt(cx, cx.view.indexOf("位于"))).isTrue();
        assertThat(LOCATIVE.startsAt(cx, cx.view.indexOf("亚洲"))).isFalse();
    }
}
