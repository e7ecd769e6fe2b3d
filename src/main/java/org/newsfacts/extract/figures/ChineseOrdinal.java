package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Numeral;
import org.newsfacts.lexicon.Trie;

/**
 * 第N is a place (第98位, 第五, 排第二), unless a counter makes it an item of a series: 第三个 (the third one),
 * 第二届 (the second edition), 第五天 (the fifth day). A rank counter of ranks.tsv (位, 名) belongs to the place
 * and is taken into it; a top-N word of counters.tsv leaves it a place (第二大, the second largest).
 */
final class ChineseOrdinal {
    private final FigureLexicon lex;

    ChineseOrdinal(FigureLexicon lex) {
        this.lex = lex;
    }

    /** The 第-ordinal {@code x} as a place, or null where a counter makes it an item of a series. */
    FigureReading read(FigureText t, Numeral x) {
        int q = t.skipInline(x.end());
        Trie.Match<Boolean> rankCounter = lex.rankCounters.longestAt(t.s, q);
        if (rankCounter != null) {
            return new FigureReading(x.start(), rankCounter.end(), x.value(), FigureUnits.RANK, rankCounter.end());
        }
        Trie.Match<FigureLexicon.Counter> c = lex.counters.longestAt(t.s, q);
        if (c != null && c.value().kind() != FigureLexicon.CounterKind.TOPN) {
            return null;
        }
        return FigureReading.of(x, FigureUnits.RANK);
    }
}
