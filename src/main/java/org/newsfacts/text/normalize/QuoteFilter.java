package org.newsfacts.text.normalize;

/**
 * Quotation marks unified: every opening double or corner bracket mark (“ 「 『 〝 ﹁ ﹃) becomes “, every
 * closing one ” and every single mark or apostrophe ('), so a quote finder knows one pair of marks.
 */
public final class QuoteFilter implements CharFilter {
    public static final String OPENING_QUOTES = "“「『〝﹁﹃";
    public static final String CLOSING_QUOTES = "”」』〞﹂﹄";
    public static final String SINGLE_QUOTES = "‘’‛＇";

    @Override
    public Normalized filter(String input, Runnable checkpoint) {
        Normalized.Builder out = new Normalized.Builder(input.length());
        for (int i = 0; i < input.length(); i++) {
            checkpoint.run();
            char c = input.charAt(i);
            char folded = OPENING_QUOTES.indexOf(c) >= 0 ? '“'
                    : CLOSING_QUOTES.indexOf(c) >= 0 ? '”'
                    : SINGLE_QUOTES.indexOf(c) >= 0 ? '\'' : c;
            out.append(folded, i, i + 1);
        }
        return out.build();
    }
}
