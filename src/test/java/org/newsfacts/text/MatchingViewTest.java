package org.newsfacts.text;

import org.junit.jupiter.api.Test;
import org.newsfacts.text.normalize.ScriptConverter;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingViewTest {
    private final MatchingViewBuilder builder = new MatchingViewBuilder(ScriptConverter.shared());

    private static String findAndMapBack(MatchingView view, String repaired, String needle) {
        int at = view.text().indexOf(needle);
        assertThat(at).as("'%s' in the view '%s'", needle, view.text()).isGreaterThanOrEqualTo(0);
        return view.toOriginal(at, at + needle.length()).coveredText(repaired);
    }

    @Test
    void convertsTraditionalToSimplifiedAndMapsTheSpanBack() {
        String repaired = "「深圳─香港─廣州」集群排名全球第一";
        MatchingView view = builder.build(repaired);
        assertThat(view.text()).isEqualTo("“深圳-香港-广州”集群排名全球第一");
        assertThat(findAndMapBack(view, repaired, "深圳-香港-广州")).isEqualTo("深圳─香港─廣州");
    }

    @Test
    void unifiesEveryDashFormBetweenWords() {
        for (String dash : new String[]{"─", "—", "–", "―", "‐", "-", "－"}) {
            String repaired = "東京" + dash + "橫濱";
            assertThat(builder.build(repaired).text()).as(dash).isEqualTo("东京-横滨");
        }
    }

    @Test
    void collapsesARunOfDashesAndMapsTheShorterViewBack() {
        String repaired = "据报道，深圳---香港---廣州集群居首";
        MatchingView view = builder.build(repaired);
        assertThat(view.text()).isEqualTo("据报道,深圳-香港-广州集群居首");
        assertThat(findAndMapBack(view, repaired, "深圳-香港-广州")).isEqualTo("深圳---香港---廣州");
        assertThat(findAndMapBack(view, repaired, "集群居首")).isEqualTo("集群居首");
    }

    @Test
    void foldsFullWidthDigitsLettersAndPunctuation() {
        String repaired = "佔全球ＰＣＴ申請量１２％（約）";
        MatchingView view = builder.build(repaired);
        assertThat(view.text()).isEqualTo("占全球PCT申请量12%(约)");
        assertThat(findAndMapBack(view, repaired, "12%")).isEqualTo("１２％");
    }

    @Test
    void unifiesQuotationMarks() {
        assertThat(builder.build("陳細明表示︰「『深圳』集群」").text()).isEqualTo("陈细明表示:““深圳”集群”");
        assertThat(builder.build("the \u201cpatent box\u201d and the territory\u2019s rulings").text())
                .isEqualTo("the “patent box” and the territory's rulings");
    }

    @Test
    void keepsSurrogatePairsWholeAndOffsetsRight() {
        // 𨋢 (lift, U+282E2) is a Hong Kong character outside the Basic Multilingual Plane: two Java chars.
        String repaired = "𨋢門旁的數碼港";
        MatchingView view = builder.build(repaired);
        assertThat(view.text()).isEqualTo("𨋢门旁的数码港");
        assertThat(findAndMapBack(view, repaired, "数码港")).isEqualTo("數碼港");
        assertThat(findAndMapBack(view, repaired, "𨋢门")).isEqualTo("𨋢門");
    }

    @Test
    void mapsEverySingleCharacterOfARealArticleBackInsideTheText() {
        String repaired = LineRepair.repair(org.newsfacts.Fixtures.corpusText("000_f31145e2631746c2.txt"));
        MatchingView view = builder.build(repaired);
        int previousEnd = 0;
        for (int i = 0; i < view.text().length(); i++) {
            Span span = view.toOriginal(i, i + 1);
            assertThat(span.start()).isGreaterThanOrEqualTo(0);
            assertThat(span.end()).isLessThanOrEqualTo(repaired.length());
            assertThat(span.end()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = span.end();
        }
        assertThat(findAndMapBack(view, repaired, "每百万人2292个")).isEqualTo("每百萬人2292個");
    }

    @Test
    void leavesEnglishAsItIs() {
        String english = "Shenzhen–Hong Kong–Guangzhou leapt from 21st to eighth.";
        assertThat(builder.build(english).text()).isEqualTo("Shenzhen-Hong Kong-Guangzhou leapt from 21st to eighth.");
    }
}
