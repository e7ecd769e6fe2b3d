package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Numeral;
import org.newsfacts.text.normalize.CaseFilter;

import java.math.BigDecimal;

/**
 * A number written as an English word is a count from two up, or with a scale word ("with nine clusters", "a
 * million people"); "one" is mostly an article or a pronoun ("one of the three science parks"). After a rank
 * prefix it is a place when a place word follows: "jumped to the number one spot" (dev2 26) reads as "No. 1",
 * while "No one knows" reads as nothing.
 */
final class EnglishNumberWord {
    private final FigureLexicon lex;
    private final EnglishRank ranks;

    EnglishNumberWord(FigureLexicon lex, EnglishRank ranks) {
        this.lex = lex;
        this.ranks = ranks;
    }

    /** The English number word {@code x} as a place or a count, or null. */
    FigureReading read(FigureText t, Numeral x) {
        String next = t.wordAfter(x.end());
        if (ranks.prefixed(t, x) && x.value().signum() > 0
                && lex.rankAfter.contains(next == null ? "" : CaseFilter.lower(next))) {
            return FigureReading.of(x, FigureUnits.RANK);
        }
        if (x.value().compareTo(BigDecimal.valueOf(2)) >= 0 || x.has(Numeral.SCALED)) {
            return FigureReading.of(x, FigureUnits.COUNT);
        }
        return null;
    }
}
