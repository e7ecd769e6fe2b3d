package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Numeral;
import org.newsfacts.lexicon.Trie;

import java.math.BigDecimal;

/**
 * A Chinese numeral needs a counter to be a figure (四所, 兩座), except a big amount written with a scale word:
 * 七百五十万 alone is a count, and 百億 before a money noun (百億基金) or as an order of magnitude (百亿级) is an
 * amount of money in the local currency. Small bare Chinese numerals are words (一流, 十全十美), not figures.
 */
final class BigChineseAmount {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private final FigureLexicon lex;

    BigChineseAmount(FigureLexicon lex) {
        this.lex = lex;
    }

    /**
     * The Chinese numeral {@code x}, with no counter after it, as an amount of money in {@code localCurrency} (null
     * where the context has none) or a count; null where it is too small to stand alone.
     */
    FigureReading read(FigureText t, Numeral x, String localCurrency) {
        if (!x.has(Numeral.SCALED) || x.value().compareTo(TEN_THOUSAND) < 0) {
            return null;
        }
        Trie.Match<Boolean> noun = lex.moneyNouns.longestAt(t.s, t.skipInline(x.end()));
        // 百億基金 (before a money noun) and 百亿级 (an order of magnitude of an amount) are money.
        boolean amountOfMoney = noun != null
                || x.has(Numeral.APPROX) && x.value().compareTo(HUNDRED_MILLION) >= 0;
        return FigureReading.of(x, amountOfMoney && localCurrency != null ? localCurrency : FigureUnits.COUNT);
    }
}
