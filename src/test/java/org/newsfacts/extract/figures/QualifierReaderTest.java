package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.number.Numeral;

import static org.assertj.core.api.Assertions.assertThat;

/** The qualifier read from the words before, inside and after a figure (qualifiers.tsv). */
class QualifierReaderTest {
    private static final QualifierReader QUALIFIERS = new QualifierReader(Numerals.LEXICON);

    private static Qualifier read(String text, String written, String unit) {
        Numeral x = Numerals.numeral(text, written);
        return QUALIFIERS.read(Numerals.text(text), x, x.start(), x.end(), unit, null);
    }

    @Test
    void aWordBeforeTheFigureQualifiesIt() {
        // corpus 001.
        assertThat(read("數碼港匯聚超過 2,200 間企業，包括 5 間上市公司及 7 間獨角獸企業。", "2,200", FigureUnits.COUNT))
                .isEqualTo(Qualifier.OVER);
    }

    @Test
    void aWordAfterTheFigureAndItsCounterQualifiesIt() {
        // dev2 10 (2023): 左右 follows the counter 名, where the figure's words end.
        String text = "最近几年,中国的排名稳定地从15名左右提升至跨入前10的门槛上";
        Numeral x = Numerals.numeral(text, "15");
        assertThat(QUALIFIERS.read(Numerals.text(text), x, x.start(), x.end() + 1, FigureUnits.RANK, null))
                .isEqualTo(Qualifier.APPROX);
    }

    @Test
    void nearBeforeAStretchOfYearsIsTheLastYearsNotNearly() {
        // corpus 000: 近五年 is "the last five years".
        assertThat(read("近五年專利申請數目高踞全港院校之首", "五", FigureUnits.YEARS)).isNull();
    }

    @Test
    void aFigureWithNoQualifyingWordKeepsWhatItsInsideSaid() {
        Numeral x = Numerals.numeral("在139個被評核的經濟體中", "139");
        assertThat(QUALIFIERS.read(Numerals.text("在139個被評核的經濟體中"), x, x.start(), x.end(), FigureUnits.COUNT,
                Qualifier.OVER)).isEqualTo(Qualifier.OVER);
    }
}
