package org.newsfacts.extract.figures;

import org.newsfacts.text.Span;

import java.math.BigDecimal;

/**
 * An amount of money as written: the numeral with its currency word or symbol.
 *
 * @param span         the mention: from the currency symbol, if it comes first (HK$1.2bn), to after 港元,
 *                     dollars, or the cents of "3 dollars 50 cents"
 * @param numeralIndex the index of the amount's numeral in the scanner's list
 * @param amount       the amount in the currency as named (50 for "50 cents", 1.2e9 for HK$1.2bn)
 * @param currency     ISO code, or null where the word names no code (francs) or 元 has no known currency
 * @param factor       the worth of one named unit in the currency (0.01 for cents and 美分)
 */
public record MoneyMention(Span span, int numeralIndex, BigDecimal amount, String currency, BigDecimal factor) {

    public MoneyMention(int start, int end, int numeralIndex, BigDecimal amount, String currency, BigDecimal factor) {
        this(new Span(start, end), numeralIndex, amount, currency, factor);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** The amount in the currency's main unit: 0.5 for "50 cents". */
    public BigDecimal value() {
        return amount.multiply(factor);
    }
}
