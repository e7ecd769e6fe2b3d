package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Numeral;
import org.newsfacts.lexicon.Trie;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A numeral read with the counter or unit word after it (counters.tsv), which says what it counts and how far the
 * figure reaches: 24個 (a count), 十大 and 百強 (a count whose word belongs to the figure), 5年 (a duration),
 * 3.6萬平方米 (an area, in m²), 前十名 (a cut-off, its 前 taken in), 15名 after 排名 (a place, PlaceNotHeadCount);
 * 9月 and 18日 make no figure at all. Chinese is counted through these words: 一座 is "a", not one, and a
 * single Chinese digit reads only with its counter (四所).
 */
final class CounterReading {
    private static final MathContext DIVISION = new MathContext(12, RoundingMode.HALF_EVEN);

    /** The counter after a numeral, and the qualifier written between them (30多家: 多 = over), or null. */
    record After(Trie.Match<FigureLexicon.Counter> counter, Qualifier inside) {
        FigureLexicon.CounterKind kind() {
            return counter.value().kind();
        }

        int end() {
            return counter.end();
        }
    }

    private final FigureLexicon lex;
    private final PlaceNotHeadCount places;

    CounterReading(FigureLexicon lex) {
        this.lex = lex;
        this.places = new PlaceNotHeadCount(lex);
    }

    /** The counter or unit word after {@code x} (a qualifier such as 多 may stand between), or null. */
    After after(FigureText t, Numeral x) {
        int q = t.skipInline(x.end());
        Trie.Match<Optional<Qualifier>> inside = null;
        if (q == x.end()) {
            inside = lex.qualifierInside.longestAt(t.s, q);
            if (inside != null) {
                q = t.skipInline(inside.end());
            }
        }
        Trie.Match<FigureLexicon.Counter> c = lex.counters.longestAt(t.s, q);
        if (c == null) {
            return null;
        }
        return new After(c, inside == null ? null : inside.value().orElse(null));
    }

    /** {@code x} before a year counter as a duration (5年), or null: 2019年 is a date, 一年 no quantity worth a figure. */
    FigureReading years(Numeral x, After c) {
        boolean arabic = x.has(Numeral.ARABIC);
        if (arabic && NotAFigure.yearLike(x) || x.value().compareTo(BigDecimal.ONE) <= 0 && !arabic
                || x.value().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            return null;
        }
        return new FigureReading(x.start(), c.end(), x.value(), FigureUnits.YEARS, c.end());
    }

    /** {@code x} read with its counter {@code c} (a count, cut-off, place, area or ratio), or null for none. */
    FigureReading read(FigureText t, Numeral x, After c, boolean han) {
        FigureLexicon.CounterKind kind = c.kind();
        boolean single = x.has(Numeral.SINGLE_HAN);
        if (single && x.value().compareTo(BigDecimal.ONE) <= 0) {
            return null; // 一座, 一个: "a", not a figure
        }
        if (han && !single && x.value().compareTo(BigDecimal.ONE) <= 0) {
            return null;
        }
        int start = x.start();
        if (han && x.start() > 0 && t.s.charAt(x.start() - 1) == '前'
                && (kind == FigureLexicon.CounterKind.TOPN || lex.rankCounters.longestAt(t.s, c.counter().start()) != null)) {
            start = x.start() - 1; // 前十名, 前三甲: a cut-off
        }
        if (kind == FigureLexicon.CounterKind.COUNT && lex.rankCounters.longestAt(t.s, c.counter().start()) != null
                && places.holds(t, x, start, c.end())) {
            return new FigureReading(start, c.end(), x.value(), FigureUnits.RANK, c.end());
        }
        return switch (kind) {
            case COUNT -> {
                // A Chinese numeral of one character reads only with its counter (四所, 兩座).
                int end = single ? c.end() : x.end();
                if (!x.has(Numeral.ARABIC) && !x.has(Numeral.ENGLISH) && !single
                        && x.value().compareTo(BigDecimal.valueOf(2)) < 0) {
                    yield null;
                }
                yield new FigureReading(start, end, x.value(), FigureUnits.COUNT, c.end());
            }
            case TOPN -> new FigureReading(start, c.end(), x.value(), FigureUnits.COUNT, c.end());
            case M2 -> new FigureReading(start, c.end(), x.value().multiply(c.counter().value().factor()).round(DIVISION),
                    FigureUnits.M2, c.end());
            case RATIO -> new FigureReading(start, c.end(), x.value(), FigureUnits.RATIO, c.end());
            default -> null;
        };
    }
}
