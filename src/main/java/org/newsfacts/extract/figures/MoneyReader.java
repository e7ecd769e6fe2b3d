package org.newsfacts.extract.figures;

import org.newsfacts.text.normalize.CaseFilter;

import java.math.BigDecimal;
import java.util.List;
import org.newsfacts.extract.number.Folding;
import org.newsfacts.extract.number.Numeral;
import org.newsfacts.extract.number.NumeralForm;
import org.newsfacts.lexicon.Trie;

/**
 * Finds the numerals that are amounts of money: a currency word or symbol just before (HK$, US$,
 * 人民币, USD) or just after (港元, 美元, dollars, 元) the number, and minor units after a whole amount
 * (五元三毛, 3 dollars 50 cents).
 */
final class MoneyReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Currencies whose minor unit is a hundredth, so "15 dollars 50" is 15.50. */
    private static final java.util.Set<String> CENT_CURRENCIES =
            java.util.Set.of("USD", "HKD", "CAD", "AUD", "NZD", "SGD", "TWD", "EUR", "GBP", "CNY", "MXN", "CHF");
    private final FigureLexicon lex;

    MoneyReader(FigureLexicon lex) {
        this.lex = lex;
    }

    /** For each numeral, its money mention or null; numerals used as minor units are marked in {@code minor}. */
    MoneyMention[] read(CharSequence s, List<Numeral> nums, FigureContext ctx, boolean[] minor) {
        MoneyMention[] out = new MoneyMention[nums.size()];
        int lastEnd = 0;
        for (int i = 0; i < nums.size(); i++) {
            Numeral x = nums.get(i);
            if (minor[i] || x.form() != NumeralForm.CARDINAL || x.has(Numeral.HEDGE) || x.has(Numeral.DOTTED)
                    || x.has(Numeral.CHAIN) || x.has(Numeral.DIGIT_STRING)) {
                continue;
            }
            Trie.Match<FigureLexicon.Currency> after = suffix(s, x.end());
            Trie.Match<FigureLexicon.Currency> before = prefix(s, x.start(), lastEnd);
            if (after == null && before == null) {
                continue;
            }
            FigureLexicon.Currency cur;
            if (before != null && (after == null || after.value().code().equals(FigureLexicon.Currency.LOCAL))) {
                cur = before.value();
            } else {
                cur = after.value();
            }
            int start = before != null ? before.start() : x.start();
            int end = after != null ? after.end() : x.end();
            BigDecimal amount = x.value();
            if (after != null && integer(amount) && cur.factor().compareTo(BigDecimal.ONE) == 0) {
                int[] minorEnd = {end};
                BigDecimal extra = minorUnits(s, nums, i, after, minorEnd, minor);
                if (extra != null) {
                    amount = amount.add(extra);
                    end = minorEnd[0];
                }
            } else if (before != null && after == null && integer(amount)) {
                // "c $ 100 and fifty.": cents after a whole amount, closing the sentence.
                int[] minorEnd = {end};
                BigDecimal extra = andCents(s, nums, i, minorEnd, minor);
                if (extra != null) {
                    amount = amount.add(extra);
                    end = minorEnd[0];
                }
            }
            String code = cur.code();
            if (code.equals(FigureLexicon.Currency.LOCAL)) {
                code = ctx.yuanCurrency();
            } else if (code.equals("-")) {
                code = null;
            }
            out[i] = new MoneyMention(start, end, i, amount, code, cur.factor());
            lastEnd = end;
        }
        return out;
    }

    private static boolean integer(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0;
    }

    /** A currency word after the amount: spaces allowed, and one hyphen (12-cent, one-yen). */
    private Trie.Match<FigureLexicon.Currency> suffix(CharSequence s, int end) {
        int q = skipSpaces(s, end);
        if (q < s.length() && s.charAt(q) == '-' && q + 1 < s.length() && Folding.isAsciiLetter(s.charAt(q + 1))) {
            q++;
        }
        Trie.Match<FigureLexicon.Currency> m = lex.currencyAfter.longestAt(s, q);
        if (m != null && lex.currencyBefore.longestEndingAt(s, m.end()) != null) {
            // A symbol or code that may also stand before an amount ($, USD, RMB) belongs to the next
            // amount when digits follow it: "1 $ 10", "rmb 10 usd 20".
            int r = skipSpaces(s, m.end());
            if (r < s.length() && Folding.isDigit(s.charAt(r)) && !nextAmountHasSuffix(s, r)) {
                return null;
            }
        }
        return m;
    }

    /** Whether the amount whose digits start at {@code r} is followed by a currency word of its own. */
    private boolean nextAmountHasSuffix(CharSequence s, int r) {
        int k = r;
        while (k < s.length() && (Folding.isDigit(s.charAt(k)) || s.charAt(k) == ',' || s.charAt(k) == '.')) {
            k++;
        }
        int q = skipSpaces(s, k);
        return lex.currencyAfter.longestAt(s, q) != null;
    }

    /**
     * A currency word or symbol before the amount, not already used by the previous mention. "hk $"
     * and "c $" (letters, a space, a dollar sign) are read as HK$ and C$.
     */
    private Trie.Match<FigureLexicon.Currency> prefix(CharSequence s, int start, int notBefore) {
        int k = start;
        while (k > 0 && s.charAt(k - 1) == ' ') {
            k--;
        }
        if (k <= notBefore) {
            return null;
        }
        Trie.Match<FigureLexicon.Currency> m = lex.currencyBefore.longestEndingAt(s, k);
        if (k > 0 && s.charAt(k - 1) == '$') {
            int d = k - 1;
            int e = d;
            if (e > 0 && s.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > 0 && (Folding.isAsciiLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
                b--;
            }
            // Letters run into the sign (A$, HK$, US$) or, with a space, a known code (hk $, us $, c $);
            // never an English word before a bare dollar sign ("a $4 billion", "music's $500").
            boolean spaced = e < d;
            String letters = CaseFilter.lower(s.subSequence(b, e).toString());
            boolean plausible = !spaced || letters.length() >= 2 && !letters.equals("an") || letters.equals("c");
            if (b < e && b >= notBefore && plausible && (b == 0 || !Folding.isAsciiLetter(s.charAt(b - 1)))) {
                String joined = s.subSequence(b, e).toString() + "$";
                Trie.Match<FigureLexicon.Currency> lettered = lex.currencyBefore.longestEndingAt(joined,
                        joined.length());
                if (lettered != null && lettered.start() == 0) {
                    return new Trie.Match<>(b, k, lettered.values());
                }
            }
        }
        if (m != null && m.start() < notBefore) {
            return null;
        }
        return m;
    }

    /**
     * Minor units after a whole amount with its currency word: 五元三毛, 50元6角三分, 两美元又三美分,
     * 3 dollars 50 cents, thirteen dollars and forty-five cents, 15 dollars 50.
     */
    private BigDecimal minorUnits(CharSequence s, List<Numeral> nums, int i,
                                  Trie.Match<FigureLexicon.Currency> major, int[] end, boolean[] minor) {
        BigDecimal total = BigDecimal.ZERO;
        int pos = major.end();
        int j = i + 1;
        boolean found = false;
        boolean tenths = false;
        for (int round = 0; round < 3 && j < nums.size(); round++) {
            Numeral y = nums.get(j);
            int gap = skipGap(s, pos);
            if (y.start() != gap || y.form() != NumeralForm.CARDINAL || !integer(y.value())
                    || y.value().compareTo(HUNDRED) >= 0) {
                break;
            }
            int after = skipSpaces(s, y.end());
            char c = after < s.length() ? s.charAt(after) : '\0';
            if (c == '角' || c == '毛') {
                total = total.add(y.value().movePointLeft(1));
                pos = after + 1;
                tenths = true;
            } else if (c == '分' || startsWith(s, after, "美分")) {
                total = total.add(y.value().movePointLeft(2));
                pos = after + (c == '分' ? 1 : 2);
            } else if (tenths && y.value().compareTo(BigDecimal.TEN) < 0) {
                // 五元三毛五, "five mao five": a digit after the tenths is hundredths.
                total = total.add(y.value().movePointLeft(2));
                pos = y.end();
            } else {
                Trie.Match<FigureLexicon.Currency> w = lex.currencyAfter.longestAt(s, after);
                if (w != null && w.value().factor().compareTo(BigDecimal.ONE) < 0) {
                    total = total.add(y.value().multiply(w.value().factor()));
                    pos = w.end();
                    tenths = w.value().factor().compareTo(new BigDecimal("0.1")) == 0;
                } else if (w == null && round == 0 && Folding.isAsciiLetter(s.charAt(major.end() - 1))
                        && CENT_CURRENCIES.contains(major.value().code())) {
                    // "15 dollars 50", "thirteen dollars forty five": cents without the word.
                    total = total.add(y.value().movePointLeft(2));
                    pos = y.end();
                } else {
                    break;
                }
            }
            minor[j] = true;
            found = true;
            j++;
        }
        if (!found) {
            return null;
        }
        end[0] = pos;
        return total;
    }

    /** "and fifty" closing a sentence after a whole amount: cents. */
    private BigDecimal andCents(CharSequence s, List<Numeral> nums, int i, int[] end, boolean[] minor) {
        if (i + 1 >= nums.size()) {
            return null;
        }
        Numeral x = nums.get(i);
        Numeral y = nums.get(i + 1);
        int q = skipSpaces(s, x.end());
        if (!startsWith(s, q, "and ") || skipSpaces(s, q + 3) != y.start() || !integer(y.value())
                || y.value().compareTo(HUNDRED) >= 0 || y.form() != NumeralForm.CARDINAL) {
            return null;
        }
        int after = skipSpaces(s, y.end());
        if (after < s.length() && ".!?;,".indexOf(s.charAt(after)) < 0) {
            return null;
        }
        minor[i + 1] = true;
        end[0] = y.end();
        return y.value().movePointLeft(2);
    }

    /** Spaces, "and", 又 between a major and a minor amount. */
    private static int skipGap(CharSequence s, int pos) {
        int q = skipSpaces(s, pos);
        if (startsWith(s, q, "and ")) {
            q = skipSpaces(s, q + 3);
        } else if (q < s.length() && (s.charAt(q) == '又' || s.charAt(q) == '零')) {
            q++;
        }
        return q;
    }

    private static boolean startsWith(CharSequence s, int at, String word) {
        if (at + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Folding.foldLower(s.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static int skipSpaces(CharSequence s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u3000' || s.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }
}
