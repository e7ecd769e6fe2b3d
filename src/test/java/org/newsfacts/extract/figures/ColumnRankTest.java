package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;
import org.newsfacts.extract.number.Numeral;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bare numbers under a rank header: a ranking table's column flattened into text. */
class ColumnRankTest {
    /** 000 (大公報): the top-10 table's rank column, as the PDF's text gives it. */
    private static final String TABLE = "2025年全球10大創新集群\n\n排名\n\n1\n 8\n 10\n\n深圳─香港─廣州";

    /** The numeral written {@code written} right after {@code before} in the table (10 is also in its title). */
    private static FigureReading read(ColumnRank column, String before, String written) {
        List<Numeral> all = Numerals.all(TABLE);
        int start = TABLE.indexOf(before + written) + before.length();
        int i = all.indexOf(all.stream().filter(x -> x.start() == start).findFirst().orElseThrow());
        return column.read(Numerals.text(TABLE), all, i);
    }

    @Test
    void theNumberUnderTheHeaderIsAPlace() {
        FigureReading first = read(new ColumnRank(Numerals.LEXICON), "排名\n\n", "1");

        assertThat(first.unit()).isEqualTo(FigureUnits.RANK);
        assertThat(TABLE.substring(first.start(), first.end())).isEqualTo("1");
    }

    @Test
    void theNextNumbersContinueTheColumn() {
        ColumnRank column = new ColumnRank(Numerals.LEXICON);
        read(column, "排名\n\n", "1");

        assertThat(read(column, "\n ", "8")).isNotNull();
        assertThat(read(column, "\n ", "10").unit()).isEqualTo(FigureUnits.RANK);
    }

    @Test
    void aNumberBelowNoHeaderAndNoColumnIsNone() {
        ColumnRank column = new ColumnRank(Numerals.LEXICON);

        assertThat(read(column, "\n ", "8")).isNull(); // the column was not read from its start
        assertThat(read(column, "", "2025")).isNull(); // the title's year, over no column
    }
}
