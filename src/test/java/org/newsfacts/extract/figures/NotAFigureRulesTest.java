package org.newsfacts.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.extract.number.Numeral;

/**
 * Each rule that reads a numeral as no figure, asked on its own: one sentence from the news where it applies and
 * one where the same kind of number is a figure.
 */
class NotAFigureRulesTest {

    private static final FigureLexicon LEX = FigureLexicon.load(Path.of("models"));
    private static final FigureExtractor EXTRACTOR = FigureExtractor.load(Path.of("models"));

    /** Whether {@code rule} reads the numeral written {@code numeral} in {@code sentence} as no figure. */
    private static boolean applies(NotAFigure rule, String sentence, String numeral) {
        List<Numeral> nums = EXTRACTOR.scanner().scan(sentence);
        for (int i = 0; i < nums.size(); i++) {
            if (nums.get(i).text(sentence).equals(numeral)) {
                return rule.applies(new NumeralSite(new FigureText(sentence), LEX, nums, new boolean[nums.size()], i));
            }
        }
        throw new AssertionError("no numeral «" + numeral + "» in «" + sentence + "»");
    }

    @Test
    void aNumberGluedToLettersIsPartOfAName() {
        assertThat(applies(NotAFigure.GLUED_TO_WORD, "COVID-19 cases", "19")).isTrue();
        assertThat(applies(NotAFigure.GLUED_TO_WORD, "華為與新加坡國立大學攜手攻關6G", "6G")).isTrue();
        assertThat(applies(NotAFigure.GLUED_TO_WORD, "深圳-香港-广州凭借9.0%的PCT全球份额", "9.0%")).isFalse();
    }

    @Test
    void theBaseOfARateIsNoQuantity() {
        assertThat(applies(NotAFigure.PER_UNIT_BASE, "每1元的投资,成功带动超过5元的市场长期资金跟投", "1")).isTrue();
        assertThat(applies(NotAFigure.PER_UNIT_BASE, "每1元的投资,成功带动超过5元的市场长期资金跟投", "5")).isFalse();
    }

    @Test
    void theNumbersOfAFormulaAreASlogan() {
        assertThat(applies(NotAFigure.IN_FORMULA, "真正实现了“1+1+1>3”的协同效应", "3")).isTrue();
        assertThat(applies(NotAFigure.IN_FORMULA, "創新科技署推出 「產學研1+計劃」", "1")).isTrue();
        assertThat(applies(NotAFigure.IN_FORMULA, "百强集群共吸引了近16.9萬筆風險投資", "16.9萬")).isFalse();
    }

    @Test
    void aFootnoteMarkerOrAnImageNameIsNoFigure() {
        assertThat(applies(NotAFigure.FOOTNOTE_OR_FILE_NAME, "北京(中国)集群占比10.32% [8][9]", "8")).isTrue();
        assertThat(applies(NotAFigure.FOOTNOTE_OR_FILE_NAME, "微信截图_20250904164916.jpg", "20250904164916"))
                .isTrue();
        assertThat(applies(NotAFigure.FOOTNOTE_OR_FILE_NAME, "北京(中国)集群占比10.32% [8][9]", "10.32%")).isFalse();
    }

    @Test
    void aPartOfADottedDateIsNoFigure() {
        assertThat(applies(NotAFigure.PART_OF_A_CHAIN, "明報社評 2025.09.02：灣區創科實力獲肯定", "09")).isTrue();
        assertThat(applies(NotAFigure.PART_OF_A_CHAIN, "年均增长15%", "15%")).isFalse();
    }

    @Test
    void aCapitalisedNumberWordInsideASentenceNamesSomething() {
        assertThat(applies(NotAFigure.CAPITALISED_NUMBER_WORD, "Beijing's Five-Year Plan for innovation", "Five"))
                .isTrue();
        assertThat(applies(NotAFigure.CAPITALISED_NUMBER_WORD, "Hong Kong has five universities in the top 100",
                "five")).isFalse();
    }

    @Test
    void aRangeOfYearsIsADate() {
        assertThat(applies(NotAFigure.DATE_RANGE, "2020-2025年全球创新集群前十名榜单", "2020")).isTrue();
        assertThat(applies(NotAFigure.DATE_RANGE, "占比5-20%", "5")).isFalse();
    }

    @Test
    void aPhoneNumberIsNoFigure() {
        assertThat(applies(NotAFigure.PHONE_NUMBER, "電話︰（852）3166 3993", "3166")).isTrue();
        assertThat(applies(NotAFigure.PHONE_NUMBER, "電話︰（852）3166 3993", "852")).isTrue();
        assertThat(applies(NotAFigure.PHONE_NUMBER, "初創累計融資超過443億港元", "443億")).isFalse();
    }

    @Test
    void aDayBesideAMonthNameIsADate() {
        assertThat(applies(NotAFigure.DAY_OF_MONTH, "It was signed on September 1, 2025.", "1")).isTrue();
        assertThat(applies(NotAFigure.DAY_OF_MONTH, "China has 24 innovation clusters ranked among the top", "24"))
                .isFalse();
    }

    @Test
    void aNumberAfterANamingWordNamesSomething() {
        assertThat(applies(NotAFigure.NAMED_BY_NUMBER, "as set out in Article 23 of the Basic Law", "23")).isTrue();
        assertThat(applies(NotAFigure.NAMED_BY_NUMBER, "the United States, with 21 centers each", "21")).isFalse();
    }

    @Test
    void theLabelOfAListItemIsNoFigure() {
        assertThat(applies(NotAFigure.LIST_LABEL, "\n10. 北京\n", "10")).isTrue();
        assertThat(applies(NotAFigure.LIST_LABEL, "\n有24個\n", "24")).isFalse();
    }

    @Test
    void anHourAfterATimeOfDayIsNoCount() {
        assertThat(applies(NotAFigure.HOUR_OF_DAY, "會議於下午3時30分開始", "3")).isTrue();
        assertThat(applies(NotAFigure.HOUR_OF_DAY, "全球百大創新集群涵蓋33個經濟體", "33")).isFalse();
    }

    @Test
    void aBareYearOrABareOneIsNoQuantity() {
        assertThat(applies(NotAFigure.YEAR_OR_SLOGAN_DIGIT, "In 2022, Hong Kong's IP revenues", "2022")).isTrue();
        assertThat(applies(NotAFigure.YEAR_OR_SLOGAN_DIGIT, "從頂尖科研的「從0到1」突破", "1")).isTrue();
        assertThat(applies(NotAFigure.YEAR_OR_SLOGAN_DIGIT, "專利申請的密度為每百萬人2292個", "2292")).isFalse();
    }

    @Test
    void aPlainNumberAloneOnItsLineIsAPageNumber() {
        assertThat(applies(NotAFigure.PAGE_NUMBER, "1286.png\n\n01\n\n东京-横滨地区", "01")).isTrue();
        assertThat(applies(NotAFigure.PAGE_NUMBER, "排名\n117,542\n", "117,542")).isFalse();
    }
}
