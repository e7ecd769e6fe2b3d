package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.number.Numeral;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** A numeral read with the counter or unit word after it. */
class CounterReadingTest {
    private static final CounterReading COUNTERS = new CounterReading(Numerals.LEXICON);

    /** {@code written} read with its counter, {@code han} as the extractor sets it (a Chinese, not Arabic, numeral). */
    private static FigureReading read(String text, String written) {
        Numeral x = Numerals.numeral(text, written);
        CounterReading.After c = COUNTERS.after(Numerals.text(text), x);
        return COUNTERS.read(Numerals.text(text), x, c, x.has(Numeral.HAN) && !x.has(Numeral.ARABIC));
    }

    private static String surface(String text, FigureReading r) {
        return text.substring(r.start(), r.end());
    }

    @Test
    void aQualifierBetweenTheNumberAndItsCounterIsRead() {
        // dev2 15 (深圳新聞網, 2024): 3800多家, over 3,800.
        String text = "擁有國家、省、市各級創新載體3800多家,高新技術企業達到2";
        CounterReading.After c = COUNTERS.after(Numerals.text(text), Numerals.numeral(text, "3800"));

        assertThat(c.kind()).isEqualTo(FigureLexicon.CounterKind.COUNT);
        assertThat(c.inside()).isEqualTo(Qualifier.OVER);
        assertThat(read(text, "3800").unit()).isEqualTo(FigureUnits.COUNT);
    }

    @Test
    void aCutOffTakesItsQian() {
        // 002 (中通社): the top-ten list's title.
        String text = "2020-2025年全球创新集群前十名榜";
        FigureReading topTen = read(text, "十");

        assertThat(surface(text, topTen)).isEqualTo("前十名");
        assertThat(topTen.unit()).isEqualTo(FigureUnits.COUNT);
    }

    @Test
    void anAreaIsInSquareMetres() {
        // 003 (河套): 200萬平方米.
        FigureReading area = read("體樓面面積較原規劃擴容七成，超200萬平方米的創科空間", "200萬");

        assertThat(area.unit()).isEqualTo(FigureUnits.M2);
        assertThat(area.value()).isEqualByComparingTo(new BigDecimal("2000000"));
    }

    @Test
    void aYearCounterMakesADuration() {
        // 004 (明報).
        String text = "過去5年，深港穗集群排名一直位居第二，";
        Numeral five = Numerals.numeral(text, "5");
        FigureReading years = COUNTERS.years(five, COUNTERS.after(Numerals.text(text), five));

        assertThat(surface(text, years)).isEqualTo("5年");
        assertThat(years.unit()).isEqualTo(FigureUnits.YEARS);
    }

    @Test
    void oneWithACounterIsAnArticleNotAFigure() {
        // 000 (大公報): 兩座 counts two buildings, 一座 is "a" flat.
        String text = "括兩座濕實驗室大樓及一座人才公寓將落成，今年";

        assertThat(surface(text, read(text, "兩"))).isEqualTo("兩座");
        assertThat(read(text, "一")).isNull();
    }
}
