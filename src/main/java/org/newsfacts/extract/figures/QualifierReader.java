package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Numeral;
import org.newsfacts.lexicon.Trie;

import java.util.Optional;

/**
 * The qualifier of a figure: a word before it (約, 超過, about), inside it (30多家, 千餘) or after it (左右, 以上,
 * or more), or the numeral's own (逾, over). The words are qualifiers.tsv's (models/figures).
 */
final class QualifierReader {
    private final FigureLexicon lex;

    QualifierReader(FigureLexicon lex) {
        this.lex = lex;
    }

    /**
     * The qualifier of the figure of numeral {@code x} that starts at {@code start}, its words ending at
     * {@code extentEnd}, of {@code unit}; {@code inside} is what a word inside it said, or null.
     */
    Qualifier read(FigureText t, Numeral x, int start, int extentEnd, String unit, Qualifier inside) {
        Trie.Match<Optional<Qualifier>> before = lex.qualifierBefore.longestEndingAt(t.s, t.skipWhitespaceBack(start));
        if (before != null) {
            char w = t.s.charAt(before.start());
            boolean recent = (w == '近') && FigureUnits.YEARS.equals(unit);
            if (!recent) {
                return before.value().orElse(null); // 近五年 is "the last five years", not "nearly"
            }
        }
        Trie.Match<Optional<Qualifier>> after = lex.qualifierAfter.longestAt(t.s, t.skipSpaces(extentEnd));
        if (after != null) {
            return after.value().orElse(null);
        }
        if (inside != null) {
            return inside;
        }
        if (x.has(Numeral.OVER)) {
            return Qualifier.OVER;
        }
        return x.has(Numeral.APPROX) ? Qualifier.APPROX : null;
    }
}
