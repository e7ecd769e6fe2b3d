package org.newsfacts.extract.figures;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The names of non-figures.tsv in which a numeral is a label (十五五, 6G), found through the lexicon trie. */
class NonFigureNamesTest {
    private static final FigureLexicon LEXICON = FigureLexicon.load(Path.of("models"));

    @Test
    void aNameCoversEveryNumeralInsideIt() {
        String text = "香港主動對接國家「十五五」規劃戰略";
        int first = text.indexOf("十五五");
        assertThat(LEXICON.inName(text, first)).isTrue();
        assertThat(LEXICON.inName(text, first + 2)).isTrue();
    }

    @Test
    void aNameCountsOnlyWhereItStandsAsAWord() {
        String sixG = "華為與新加坡國立大學攜手攻關6G";
        assertThat(LEXICON.inName(sixG, sixG.indexOf('6'))).isTrue();
        // The same letters inside a longer number or unit are no name: 16G is sixteen of something, 6GHz a
        // frequency.
        String sixteen = "攜手攻關16G";
        assertThat(LEXICON.inName(sixteen, sixteen.indexOf('6'))).isFalse();
        String hertz = "攜手攻關6GHz頻段";
        assertThat(LEXICON.inName(hertz, hertz.indexOf('6'))).isFalse();
    }
}
