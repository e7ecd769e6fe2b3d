package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.number.Numeral;

import static org.assertj.core.api.Assertions.assertThat;

/** N名 / N位 read as a place rather than a head count. */
class PlaceNotHeadCountTest {
    private static final PlaceNotHeadCount PLACES = new PlaceNotHeadCount(Numerals.LEXICON);

    /** Whether the numeral {@code written}, its counter one character after it, is a place. */
    private static boolean holds(String text, String written) {
        Numeral x = Numerals.numeral(text, written);
        return PLACES.holds(Numerals.text(text), x, x.start(), x.end() + 1);
    }

    @Test
    void aPlaceAloneInBracketsAfterANameIsAPlace() {
        // dev2 36 (2025).
        assertThat(holds("中国以24个集群入围百强(较去年减少2个)连续三年居首,除深圳-香港-广州、北京、上海-苏州等传统强集群外,"
                + "宁波(93名)、宁德(99名)首次上榜,其", "93")).isTrue();
    }

    @Test
    void aRankHeaderOpeningTheClauseMakesItAPlace() {
        // dev2 10 (报告厅, 2023).
        assertThat(holds("最近几年,中国的排名稳定地从15名左右提升至跨入前10的门槛上", "15")).isTrue();
    }

    @Test
    void aCutOffIsNoPlace() {
        // dev2 31 (香港01, 2025).
        assertThat(holds("並在多個領域躋身全球前10名", "10")).isFalse();
    }

    @Test
    void aMoveAfterTheHeaderIsNoPlace() {
        // dev2 31 (香港01, 2025): 排名上升3位 is a move of three places.
        assertThat(holds("世界知識產權組織今日﹙16日﹚公布的2025年《全球創新指數》中，香港在全球排名上升3位至第15位，並在亞洲保持第5位",
                "3")).isFalse();
    }
}
