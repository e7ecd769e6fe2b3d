package org.newsfacts.extract.figures;

import org.newsfacts.lexicon.Trie;

import java.math.BigDecimal;
import java.util.List;

/**
 * Words that state a place by themselves (榜首, 居首, 首位 = rank 1; word-ranks of ranks.tsv), where no figure
 * read from a numeral covers them. Reported only when asked for: the gold annotation does not count them.
 */
final class WordRanks {
    private final FigureLexicon lex;

    WordRanks(FigureLexicon lex) {
        this.lex = lex;
    }

    /** Adds to {@code figures} a rank for each word rank of {@code s} that overlaps none of them. */
    void addTo(CharSequence s, List<Figure> figures) {
        String text = s.toString();
        for (String w : lex.wordRankWords) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
                int start = at;
                int end = at + w.length();
                boolean overlaps = figures.stream().anyMatch(f -> f.start() < end && start < f.end());
                if (!overlaps) {
                    Trie.Match<BigDecimal> m = lex.wordRanks.longestAt(s, start);
                    BigDecimal v = m != null ? m.value() : BigDecimal.ONE;
                    figures.add(new Figure(start, end, s.subSequence(start, end).toString(), v, FigureUnits.RANK, null));
                }
            }
        }
    }
}
