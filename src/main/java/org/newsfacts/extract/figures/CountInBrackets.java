package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Folding;
import org.newsfacts.extract.number.Numeral;
import org.newsfacts.text.normalize.CaseFilter;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole number alone in round brackets right after the common noun it counts: "science and technology
 * (S&T) clusters (24) ranked among the top 100" (National Law Review 2023), "led with the most clusters
 * (26) in the top 100" (CPA HK 2024). After a name it is a rank or a code ("Tokyo (1)"), after a link
 * word a list label ("and (2)"), before digits an area code ("(852) 3166 3993"), unless the name goes on a
 * list of counts the sentence has begun, which is why this reading looks at the figures read before it.
 */
final class CountInBrackets {
    private final FigureLexicon lex;

    CountInBrackets(FigureLexicon lex) {
        this.lex = lex;
    }

    /** Whether the Arabic numeral {@code x} is a count in brackets; {@code found} are the figures read before it. */
    boolean holds(FigureText t, Numeral x, List<Figure> found) {
        if (t.charAt(x.start() - 1) != '(' || t.charAt(x.end()) != ')' || x.has(Numeral.DECIMAL)
                || x.has(Numeral.SIGNED) || x.value().compareTo(BigDecimal.valueOf(2)) < 0
                || NotAFigure.yearLike(x)) {
            return false;
        }
        int e = t.skipSpacesBack(x.start() - 1);
        int b = e;
        while (b > 0 && Folding.isAsciiLetter(t.s.charAt(b - 1))) {
            b--;
        }
        if (b == e || lex.linkWords.contains(t.s.subSequence(b, e).toString())
                || !Character.isLowerCase(t.s.charAt(b)) && !continuesCounts(t, b, found)) {
            return false;
        }
        int after = t.skipSpaces(x.end() + 1);
        return after >= t.n || !Folding.isDigit(t.s.charAt(after));
    }

    /**
     * After a name a bracketed number is a count where it goes on a list of counts: the name follows a list
     * word ("followed by", a comma, "and", a colon) and the sentence has counted already, other than a cut-off:
     * "China has the most innovation poles in the top 100 list, with 24, followed by the United States (21)
     * and Germany (9)" (Círculo JPES 2023, circulojpes.com); "Seven countries feature four or more clusters in
     * the top-100: the United States (31), Germany (12), Japan (8)" (Allegropat, allegropat.com/tokyo-yokohama-
     * rank-top-inventive). "Tokyo (1), Shenzhen (2)" under "the top 5 clusters:" has counted nothing but the
     * cut-off and stays a list of places.
     */
    private static boolean continuesCounts(FigureText t, int nameEnd, List<Figure> found) {
        CharSequence s = t.s;
        int k = nameEnd;
        // The name's capitalised words ("the Republic of Korea", "the United States").
        while (true) {
            int e = t.skipSpacesBack(k);
            int b = e;
            while (b > 0 && Folding.isAsciiLetter(s.charAt(b - 1))) {
                b--;
            }
            if (b == e) {
                break;
            }
            String word = s.subSequence(b, e).toString();
            if (Character.isUpperCase(word.charAt(0)) || word.equals("of") && b < k) {
                k = b;
            } else if (word.equals("the")) {
                k = b;
                break;
            } else {
                break;
            }
        }
        String before = CaseFilter.lower(s.subSequence(Math.max(0, k - 14), t.skipSpacesBack(k)).toString());
        if (!(before.endsWith(",") || before.endsWith(":") || before.endsWith(" and") || before.endsWith("followed by"))) {
            return false;
        }
        for (int f = found.size() - 1; f >= 0; f--) {
            Figure prev = found.get(f);
            if (prev.end() > k) {
                continue;
            }
            String gap = s.subSequence(prev.end(), k).toString();
            if (gap.contains(". ") || gap.indexOf('\n') >= 0 || gap.indexOf(';') >= 0) {
                return false;
            }
            String lead = CaseFilter.lower(s.subSequence(Math.max(0, prev.start() - 4), prev.start()).toString());
            if (lead.endsWith("top ") || lead.endsWith("top-")) {
                continue;
            }
            return prev.unit().equals(FigureUnits.COUNT);
        }
        return false;
    }
}
