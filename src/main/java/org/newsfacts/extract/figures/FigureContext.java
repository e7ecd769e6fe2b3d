package org.newsfacts.extract.figures;

/**
 * What the extractor needs to know about the document to pick a currency.
 *
 * @param mainland      true for mainland (zh-Hans) documents: 元 is renminbi
 * @param localCurrency the currency of 元 and of unmarked 億 amounts before a money noun (百億基金)
 *                      outside the mainland; HKD for the Hong Kong press this project reads. Null
 *                      reports no figure where the currency is not written.
 */
public record FigureContext(boolean mainland, String localCurrency) {

    /** A mainland document: 元 is CNY. */
    public static final FigureContext MAINLAND = new FigureContext(true, FigureUnits.CNY);
    /** A Hong Kong document: 元 is HKD, as in HK government and press usage. */
    public static final FigureContext HONG_KONG = new FigureContext(false, FigureUnits.HKD);

    /** The context for a document's language as the pipeline labels it (zh-Hans is the mainland). */
    public static FigureContext forLanguage(String lang) {
        return "zh-Hans".equals(lang) ? MAINLAND : HONG_KONG;
    }

    /** The currency 元 stands for here, or null if unknown. */
    public String yuanCurrency() {
        return mainland ? FigureUnits.CNY : localCurrency;
    }
}
