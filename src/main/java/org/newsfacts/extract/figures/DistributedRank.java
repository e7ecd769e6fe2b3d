package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Numeral;
import org.newsfacts.lexicon.Trie;
import org.newsfacts.extract.number.NumeralForm;

import java.util.List;

/**
 * One 第 shared by several places: 第一、二位, 第三及四名. The second number has no 第 of its own, so read alone it
 * would be a bare count; it is a place when a rank counter (位, 名) follows it or it is a single Chinese digit.
 */
final class DistributedRank {
    /** Characters that carry 第 from one rank to the next: 第一、二位. */
    private static final String RANK_JOINERS = "、和及与與或至到";

    private final FigureLexicon lex;

    DistributedRank(FigureLexicon lex) {
        this.lex = lex;
    }

    /** The numeral {@code i} of {@code nums} as the place it shares a 第 with, or null. */
    FigureReading read(FigureText t, List<Numeral> nums, int i) {
        if (i == 0) {
            return null;
        }
        Numeral x = nums.get(i);
        Numeral prev = nums.get(i - 1);
        if (prev.form() != NumeralForm.ORDINAL || prev.has(Numeral.SUFFIX_ORDINAL) || prev.has(Numeral.ENGLISH)
                || x.start() != prev.end() + 1 || RANK_JOINERS.indexOf(t.s.charAt(prev.end())) < 0
                || x.value().signum() <= 0) {
            return null;
        }
        Trie.Match<Boolean> rc = lex.rankCounters.longestAt(t.s, t.skipInline(x.end()));
        if (rc == null && !x.has(Numeral.SINGLE_HAN)) {
            return null;
        }
        int end = rc != null ? rc.end() : x.end();
        return new FigureReading(x.start(), end, x.value(), FigureUnits.RANK, end);
    }
}
