package org.newsfacts.extract.number;

import org.newsfacts.lexicon.Trie;

import static org.newsfacts.extract.number.NumeralChars.BIG;
import static org.newsfacts.extract.number.NumeralChars.DIGIT;
import static org.newsfacts.extract.number.NumeralChars.SMALL;
import static org.newsfacts.extract.number.NumeralChars.ZERO;
import static org.newsfacts.extract.number.NumeralChars.hanKind;
import static org.newsfacts.extract.number.NumeralChars.hanValue;
import static org.newsfacts.extract.number.NumeralChars.isAmbiguous;

import java.math.BigDecimal;

/**
 * Chinese numerals: where one starts (第, 负, 半, 数十, 上百, and the formal numerals 陆, 伍, 拾 only beside
 * another numeral), digits read one by one (一九九一, 二〇二五) and ranges (二三十), bare scales (万分之三,
 * 萬億) and the idioms whose numeral characters are words (一切, 统一). The composition of a number from
 * digits and scale characters is {@link ChineseNumeralComposer}'s.
 */
final class ChineseNumeralReader extends NumeralReader {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    ChineseNumeralReader(NumeralScan scan, CharSequence s) {
        super(scan, s);
    }

    /**
     * The end of the idiom that covers {@code i}, or -1: the longest, so 一国两制 wins over a shorter idiom at the
     * same place; of two as long, the one listed first.
     */
    private int idiomEnd(int i) {
        Trie.Match<Integer> best = null;
        for (Trie.Match<Integer> m : scan.idioms.covering(s, i)) {
            int length = m.span().length();
            if (best == null || length > best.span().length()
                    || length == best.span().length() && m.value() < best.value()) {
                best = m;
            }
        }
        return best == null ? -1 : best.end();
    }

    /** Reads what starts at the Chinese character {@code c} at {@code i}; returns where the scan goes on. */
    int readAt(int i, char c) {
        int idiomEnd = idiomEnd(i);
        if (idiomEnd > i) {
            return idiomEnd;
        }
        switch (c) {
            case '第': {
                int q = skipSpaces(i + 1);
                if (scan.startsNumber(q)) {
                    Numeral inner = scan.core(q);
                    if (inner != null && inner.form() == NumeralForm.CARDINAL && !inner.has(Numeral.HEDGE)) {
                        scan.add(inner.as(NumeralForm.ORDINAL, i, inner.end(), inner.value(), 0));
                        return inner.end();
                    }
                }
                return i + 1;
            }
            case '负', '負':
                return scan.startsNumber(skipSpaces(i + 1)) ? scan.numberAt(i) : i + 1;
            case '打':
                if ((at(i + 1) == '对' || at(i + 1) == '對') && at(i + 2) == '折') {
                    BigDecimal fifty = BigDecimal.valueOf(50);
                    scan.add(new Numeral(i + 1, i + 3, fifty, NumeralForm.PERCENT, i + 1, i + 3, HALF,
                            Numeral.HAN | Numeral.TENTHS | Numeral.DISCOUNT, BigDecimal.TEN));
                    return i + 3;
                }
                return i + 1;
            case '半': {
                char next = at(i + 1);
                if (next == '成' || next == '折') {
                    BigDecimal v = BigDecimal.valueOf(next == '成' ? 5 : 50);
                    scan.add(new Numeral(i, i + 2, v, NumeralForm.PERCENT, i, i + 1, HALF,
                            Numeral.HAN | Numeral.TENTHS | (next == '折' ? Numeral.DISCOUNT : 0), v));
                    return i + 2;
                }
                byte k = hanKind(next);
                return k == SMALL || k == BIG ? scan.numberAt(i) : i + 1;
            }
            case '数', '數', '几', '幾':
                return hanKind(at(i + 1)) == SMALL || hanKind(at(i + 1)) == BIG ? scan.numberAt(i) : i + 1;
            case '上': {
                char next = at(i + 1);
                byte k = hanKind(next);
                return (k == SMALL && hanValue(next) >= 100) || k == BIG ? scan.numberAt(i) : i + 1;
            }
            default:
                break;
        }
        if (hanKind(c) != NumeralChars.NOT_HAN) {
            if (isAmbiguous(c) && !numeralNeighbour(i)) {
                return i + 1;
            }
            return scan.numberAt(i);
        }
        return i + 1;
    }

    /**
     * Whether an ambiguous formal numeral (陆, 伍, 拾, 肆) at {@code q} stands next to another numeral,
     * which makes it a number (肆佰陸拾, 拾万, 陆点五折, 萬分之肆) rather than a word (陆地, 队伍).
     */
    boolean numeralNeighbour(int q) {
        char before = at(q - 1);
        if (NumeralChars.isHanNumeral(before) || NumeralChars.isDigit(before) || before == '之' || before == '第'
                || before == '负' || before == '負') {
            return true;
        }
        int r = skipSpaces(q + 1);
        char after = at(r);
        if (NumeralChars.isHanNumeral(after) || NumeralChars.isDigit(after)) {
            return true;
        }
        if (after == '点' || after == '點') {
            int t = skipSpaces(r + 1);
            return NumeralChars.isHanNumeral(at(t)) || NumeralChars.isDigit(at(t));
        }
        if (after == '分') {
            return at(skipSpaces(r + 1)) == '之';
        }
        return false;
    }

    /** The bare Chinese numeral at {@code p}, without suffixes; null where none starts there. */
    Numeral core(int p) {
        char c = at(p);
        int flags = 0;
        int q = p;
        if (c == '数' || c == '數' || c == '几' || c == '幾' || c == '上') {
            byte k = hanKind(at(p + 1));
            if (k != SMALL && k != BIG) {
                return null;
            }
            flags = Numeral.HEDGE | ((c == '几' || c == '幾') ? Numeral.OVER : 0);
            q = p + 1;
        } else if (c == '半') {
            return new ChineseNumeralComposer(scan, s).composeHalf(p);
        }
        byte kind = hanKind(at(q));
        if (kind == NumeralChars.NOT_HAN) {
            return null;
        }
        if (kind == BIG && flags == 0) {
            // 万分之三, 万万分之七: a bare big scale stands for a number only as a denominator.
            int e = q;
            while (hanKind(at(e)) == BIG) {
                e++;
            }
            if (e - q > 3) {
                scan.skipTo = e; // a run of scale characters is no number
                return null;
            }
            BigDecimal v = BigDecimal.ONE;
            for (int k = q; k < e; k++) {
                v = v.multiply(BigDecimal.valueOf(hanValue(at(k))));
            }
            int r = skipSpaces(e);
            if (at(r) == '分' && at(skipSpaces(r + 1)) == '之' || e - q >= 2 && !"万万".equals(foldedText(q, e))
                    && !"萬萬".equals(foldedText(q, e))) {
                // 万分之三 (a denominator), 萬億 (10^12 written without a leading digit); 万万 is "absolutely".
                return Numeral.cardinal(q, e, v, Numeral.HAN | Numeral.BARE_SCALE | Numeral.SCALED, v);
            }
            return null;
        }
        if (flags == 0 && (kind == DIGIT || kind == ZERO)) {
            Numeral run = digitRun(q);
            if (run != null || scan.skipTo > q) {
                return run;
            }
        }
        return new ChineseNumeralComposer(scan, s).composeFrom(p, q, flags);
    }

    /**
     * Two or more Chinese digits side by side (一九九一, 二三十, 五五折, 两两). Returns null, with
     * {@link NumeralScan#skipTo} unset, when there is only one digit.
     */
    private Numeral digitRun(int q) {
        int e = q;
        StringBuilder digits = new StringBuilder();
        boolean zero = false;
        while (true) {
            char c = at(e);
            byte k = hanKind(c);
            if (k != DIGIT && k != ZERO || (isAmbiguous(c) && e > q && k == DIGIT && !numeralNeighbour(e))) {
                break;
            }
            zero |= k == ZERO;
            digits.append(hanValue(c));
            e++;
        }
        if (digits.length() > 24) {
            scan.skipTo = e; // a run of digit characters that long is no number
            return null;
        }
        int flags = Numeral.HAN;
        if (digits.length() == 1) {
            // "九 九 折": two digits with spaces before 折.
            int r = skipSpaces(e);
            if (r > e && hanKind(at(r)) == DIGIT && at(skipSpaces(r + 1)) == '折') {
                return Numeral.cardinal(q, r + 1, new BigDecimal(digits.toString() + hanValue(at(r))),
                        flags | Numeral.DIGIT_STRING, BigDecimal.ONE);
            }
            return null;
        }
        String ds = digits.toString();
        if (digits.length() >= 3 || zero) {
            return Numeral.cardinal(q, e, new BigDecimal(ds), flags | Numeral.DIGIT_STRING, BigDecimal.ONE);
        }
        if (at(skipSpaces(e)) == '折') {
            return Numeral.cardinal(q, e, new BigDecimal(ds), flags | Numeral.DIGIT_STRING, BigDecimal.ONE);
        }
        if (ds.charAt(0) == ds.charAt(1)) {
            // 两两, 一一, 九九: a reduplication, a word, not a number.
            scan.skipTo = e;
            return null;
        }
        // 二三十, 三四百, 七八成: a range; the value is its lower bound, the numeral is a hedge.
        BigDecimal v = BigDecimal.valueOf(ds.charAt(0) - '0');
        byte k = hanKind(at(e));
        if (k == SMALL) {
            v = v.multiply(BigDecimal.valueOf(hanValue(at(e))));
            e++;
            k = hanKind(at(e));
        }
        if (k == BIG) {
            v = v.multiply(BigDecimal.valueOf(hanValue(at(e))));
            e++;
        }
        return Numeral.cardinal(q, e, v, flags | Numeral.HEDGE | Numeral.RANGE, Numeral.place(v));
    }
}
