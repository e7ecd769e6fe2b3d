package org.newsfacts.extract.figures;

import org.newsfacts.text.normalize.CaseFilter;

import org.newsfacts.extract.number.Folding;
import org.newsfacts.extract.number.Numeral;
import org.newsfacts.lexicon.Trie;
import org.newsfacts.text.normalize.CharClass;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether a number is a density and by what factor it is brought to per million: a marker of density.tsv
 * (models/figures) before it (每百萬人2292個), after it ("2,292 per million people", "2,291 PCT applications per
 * million inhabitants"), opening its clause a few verb characters before it, or a density read just before that
 * the number is coordinated with.
 */
final class DensityReader {
    /** How far back from a number the clause's density marker may stand (平均每100萬居民提交了2291份). */
    private static final int MARKER_REACH = 8;
    /** How far after a density a number coordinated with it may start. */
    private static final int COORDINATED_REACH = 16;
    /** How many English words may name what is counted between a number and its marker. */
    private static final int NAMING_WORDS = 3;

    private final FigureLexicon lex;

    DensityReader(FigureLexicon lex) {
        this.lex = lex;
    }

    /** The factor to per-million of a density marker around the numeral, or null. */
    BigDecimal factor(FigureText t, Numeral x) {
        int k = t.skipWhitespaceBack(x.start());
        Trie.Match<Optional<Qualifier>> q = lex.qualifierBefore.longestEndingAt(t.s, k);
        if (q != null) {
            k = t.skipWhitespaceBack(q.start());
        }
        if (k > 0 && lex.densityLinks.contains(String.valueOf(t.s.charAt(k - 1)))) {
            k = t.skipWhitespaceBack(k - 1);
        }
        Trie.Match<BigDecimal> before = lex.densityBefore.longestEndingAt(t.s, k);
        if (before != null) {
            return before.value();
        }
        int j = t.skipWhitespace(x.end());
        // English names what it counts between the number and the marker ("2,291 PCT applications per million
        // inhabitants", "1,200 scientific papers per million people"): up to three words, none a link word
        // that would start another phrase.
        for (int words = 0; words <= NAMING_WORDS && j < t.n; words++) {
            Trie.Match<BigDecimal> after = lex.densityAfter.longestAt(t.s, j);
            if (after != null) {
                return after.value();
            }
            int e = j;
            while (e < t.n && (CharClass.isLatinLetter(t.s.charAt(e)) || t.s.charAt(e) == '-')) {
                e++;
            }
            if (e == j || lex.linkWords.contains(CaseFilter.lower(t.s.subSequence(j, e).toString()))) {
                return null;
            }
            j = t.skipWhitespace(e);
        }
        return null;
    }

    /**
     * A density whose marker opens the clause a few verb characters before the number (中评社 2023:
     * "平均每100萬居民提交了2291份PCT申請"), or a number coordinated with the density just read ("…2291份PCT申請,
     * 發表了3092篇科學文章": the same per-million base goes on). {@code last} is the figure read last (or null),
     * {@code lastFactor} the factor of the last density read.
     */
    BigDecimal inClause(FigureText t, Numeral x, Figure last, BigDecimal lastFactor) {
        if (!x.has(Numeral.ARABIC)) {
            return null; // 兩者 (both) after a density is no density
        }
        for (int k = x.start(); k > Math.max(0, x.start() - MARKER_REACH); k--) {
            char c = t.s.charAt(k - 1);
            if (!Folding.isHan(c)) {
                break;
            }
            Trie.Match<BigDecimal> marker = lex.densityBefore.longestEndingAt(t.s, k - 1);
            if (marker != null && k - 1 < x.start()) {
                return marker.value();
            }
        }
        if (last == null) {
            return null;
        }
        if (!FigureUnits.PER_MILLION.equals(last.unit()) || x.start() < last.end() || x.start() - last.end() > COORDINATED_REACH) {
            return null;
        }
        String between = t.s.subSequence(last.end(), x.start()).toString();
        boolean coordinated = (between.contains(",") || between.contains("，"))
                && !between.matches("(?s).*[0-9。；;\n].*");
        return coordinated ? lastFactor : null;
    }
}
