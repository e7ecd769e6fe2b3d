package org.newsfacts.extract.figures;

import java.math.BigDecimal;

/**
 * An amount of money as written: the numeral with its currency word or symbol.
 *
 * @param start        where the mention starts (the currency symbol, if it comes first: HK$1.2bn)
 * @param end          where it ends (after 港元, dollars, or the cents of "3 dollars 50 cents")
 * @param numeralIndex the index of the amount's numeral in the scanner's list
 * @param amount       the amount in the currency as named (50 for "50 cents", 1.2e9 for HK$1.2bn)
 * @param currency     ISO code, or null where the word names no code (francs) or 元 has no known currency
 * @param factor       the worth of one named unit in the currency (0.01 for cents and 美分)
 */
public record MoneyMention(int start, int end, int numeralIndex, BigDecimal amount, String currency,
                           BigDecimal factor) {

    /** The amount in the currency's main unit: 0.5 for "50 cents". */
    public BigDecimal value() {
        return amount.multiply(factor);
    }
}
