package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.number.Numeral;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Densities brought to per million by a marker of density.tsv around or before the number. */
class DensityReaderTest {
    private static final DensityReader DENSITIES = new DensityReader(Numerals.LEXICON);
    /** dev2 37 (聯合日報, 2025). */
    private static final String PER_MILLION = "其中,“深圳—香港—广州”集群今年专利申请密度达每百万人2292个,科学论文发表密度每百万人3775篇,"
            + "风险资本交易量密度每百万人135宗";
    /** dev2 06 (2023). */
    private static final String AVERAGE_PER_MILLION = "世界知識產權組織總部正式發佈的《2023年全球創新指數報告》“科技集群章節”顯示,"
            + "深圳—香港—廣州集群在過去五年中,平均每100萬居民提交了2291份PCT申請,發表了3092篇科學文章,"
            + "使其成為2023年第二大科技集群(與2022年持平)";

    @Test
    void aMarkerRightBeforeTheNumberMakesItADensity() {
        BigDecimal factor = DENSITIES.factor(Numerals.text(PER_MILLION), Numerals.numeral(PER_MILLION, "2292"));
        assertThat(factor).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void aMarkerOpeningTheClauseAFewVerbCharactersBackMakesItADensity() {
        Numeral x = Numerals.numeral(AVERAGE_PER_MILLION, "2291");
        assertThat(DENSITIES.factor(Numerals.text(AVERAGE_PER_MILLION), x)).isNull();
        assertThat(DENSITIES.inClause(Numerals.text(AVERAGE_PER_MILLION), x, null, BigDecimal.ONE))
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void aNumberCoordinatedWithTheDensityBeforeItIsOneToo() {
        Figure last = Figures.one(AVERAGE_PER_MILLION, "2291");
        assertThat(last.unit()).isEqualTo(FigureUnits.PER_MILLION);
        Numeral x = Numerals.numeral(AVERAGE_PER_MILLION, "3092");
        assertThat(DENSITIES.inClause(Numerals.text(AVERAGE_PER_MILLION), x, last, BigDecimal.ONE))
                .isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void aNumberAfterTheNextSentenceBreakIsNoDensity() {
        Figure last = Figures.one(AVERAGE_PER_MILLION, "2291");
        Numeral year = Numerals.numeral(AVERAGE_PER_MILLION, "2022");
        assertThat(DENSITIES.inClause(Numerals.text(AVERAGE_PER_MILLION), year, last, BigDecimal.ONE)).isNull();
    }
}
