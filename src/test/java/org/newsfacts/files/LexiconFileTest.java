package org.newsfacts.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconFileTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void skipsCommentAndBlankLinesAndGroupsEntriesUnderTheirSection() throws IOException {
        // The shape of models/text/furniture.txt.
        LexiconFile data = LexiconFile.read(file("furniture.txt",
                "# headings a page prints above a list of links\n\n[list-heading]\n相關新聞\n  延伸閱讀  \n"
                        + "[link-prefix]\n# a comment inside a section\n相關：\n"));
        assertThat(data.section("list-heading")).containsExactly("相關新聞", "延伸閱讀");
        assertThat(data.section("link-prefix")).containsExactly("相關：");
        assertThat(data.lines()).isEmpty();
    }

    @Test
    void aBracketedCellOfARowIsDataNotAHeading() throws IOException {
        LexiconFile data = LexiconFile.read(file("aliases.tsv", "[港科園]\t[HKSTP]\n"));
        assertThat(data.lines()).containsExactly("[港科園]\t[HKSTP]");
    }

    @Test
    void rowsKeepAnEmptyLastCell() throws IOException {
        // metrics.tsv: a metric the unit alone says has no cues, its row ending in a tab.
        List<String[]> rows = LexiconFile.rows(file("metrics.tsv",
                "# metric unit where subjects cues\nrank\trank\tdefault\tcluster\t\n"), 5);
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsExactly(
                "rank", "rank", "default", "cluster", ""));
    }

    @Test
    void aShortRowIsAnErrorNamingTheFileAndLine() throws IOException {
        Path tsv = file("cutoffs.tsv", "# cue <TAB> kind\n截至\tcutoff\n截至去年\n");
        assertThatThrownBy(() -> LexiconFile.rows(tsv, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(tsv + ":3: expected 2 tab-separated columns, found 1");
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("outlets.txt");
        assertThatThrownBy(() -> LexiconFile.read(missing)).hasMessageContaining(missing.toString());
    }
}
