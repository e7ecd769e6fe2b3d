package org.newsfacts.extract.figures;

import org.newsfacts.text.normalize.CaseFilter;

import org.newsfacts.extract.number.Folding;
import org.newsfacts.extract.number.Numeral;

/**
 * Whether an English ordinal or a number after a rank prefix states a place: "ranked 12th", "was third,
 * overtaking", "third globally and first in Asia", "No. 1", "#2"; not a date ("May 4th"), a name ("14th Five-Year
 * Plan", "No 10 Downing Street") or an adverb ("was first proposed"). The words are ranks.tsv's and the
 * months of context.tsv (models/figures).
 */
final class EnglishRank {
    /** How far after the rank before it an ordinal joined by "and" / "or" may start ("third globally and first"). */
    private static final int JOINED_REACH = 30;

    private final FigureLexicon lex;

    EnglishRank(FigureLexicon lex) {
        this.lex = lex;
    }

    /** Whether the English ordinal {@code x} is a place; {@code last} is the figure read before it, or null. */
    boolean isRank(FigureText t, Numeral x, Figure last) {
        String next = t.wordAfter(x.end());
        String prev = t.wordBefore(x.start());
        if (next != null && lex.notRankAfter.contains(CaseFilter.lower(next))) {
            return false;
        }
        if (NotAFigure.isMonth(lex, prev) || NotAFigure.isMonth(lex, next)) {
            return false; // May 4th
        }
        if (x.has(Numeral.SUFFIX_ORDINAL)) {
            // 14th Five-Year Plan, 20th Century Fox: a capitalised word right after the ordinal is what it numbers.
            // After a closing bracket or a comma the word starts the next item of a list: "include Seoul (5th),
            // New York City (7th)", "Shanghai-Suzhou (6th), Hangzhou (13th)" (China Daily Asia 2025).
            boolean adjoins = Folding.isAsciiLetter(t.charAt(t.skipSpaces(x.end())));
            return next == null || !adjoins || !Character.isUpperCase(next.charAt(0)) || t.sentenceEndBetween(x.end());
        }
        boolean before = prev != null && lex.rankBefore.contains(CaseFilter.lower(prev));
        boolean after = next != null && lex.rankAfter.contains(CaseFilter.lower(next));
        // "was third, overtaking", "is fifth in 2018's index"; but "was first proposed" is an adverb.
        char following = t.charAt(t.skipSpaces(x.end()));
        boolean closes = !Folding.isAsciiLetter(following) && following != '-';
        boolean copula = prev != null && lex.rankCopulas.contains(CaseFilter.lower(prev))
                && (closes || after || "in".equalsIgnoreCase(next));
        // "third globally and first in Asia": an ordinal joined to a rank just before it.
        boolean joined = prev != null && (prev.equalsIgnoreCase("and") || prev.equalsIgnoreCase("or"))
                && last != null && FigureUnits.RANK.equals(last.unit()) && x.start() - last.end() <= JOINED_REACH;
        return (before || after || joined || copula) && !t.capitalizedInSentence(x.start());
    }

    /** No. 1, #2: a number after a rank prefix (ranks.tsv rank-prefix), unless a name follows (No 10 Downing Street). */
    boolean prefixed(FigureText t, Numeral x) {
        int k = t.skipSpacesBack(x.start());
        boolean prefixed = k > 0 && t.s.charAt(k - 1) == '#'
                || lex.rankPrefixes.longestEndingAt(t.s, k) != null && k < x.start();
        String next = t.wordAfter(x.end());
        return prefixed && (next == null || !Character.isUpperCase(next.charAt(0)));
    }
}
