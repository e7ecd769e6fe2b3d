package org.newsfacts.extract.mentions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldedTextTest {
    @Test
    void aClusterNameMeetsItsEntryWhateverDashAndSpacingThePaperSet() {
        String key = FoldedText.key("San Jose-San Francisco");
        assertThat(FoldedText.of("San Jose - San Francisco").text()).isEqualTo(key);
        assertThat(FoldedText.of("San Jose — San Francisco").text()).isEqualTo(key);
        assertThat(FoldedText.of("SAN JOSE–SAN FRANCISCO").text()).isEqualTo(key);
    }

    @Test
    void aSlashBetweenTwoNamesJoinsThemAsADashDoes() {
        assertThat(FoldedText.of("東京/橫濱").text()).isEqualTo("東京-橫濱");
        assertThat(FoldedText.of("Tokyo/Yokohama STC").text()).isEqualTo("tokyo-yokohama stc");
    }

    @Test
    void aSlashBetweenNumbersIsLeftAsWritten() {
        assertThat(FoldedText.of("1/3 of firms").text()).isEqualTo("1/3 of firms");
    }

    @Test
    void aFoldedSpanMapsBackToTheWrittenName() {
        String written = "排名第三的聖何塞 ─ 三藩市集群";
        FoldedText folded = FoldedText.of(written);
        int start = folded.text().indexOf("聖何塞-三藩市");
        int end = start + "聖何塞-三藩市".length();
        assertThat(written.substring(folded.sourceOf(start), folded.sourceEnd(end))).isEqualTo("聖何塞 ─ 三藩市");
    }
}
