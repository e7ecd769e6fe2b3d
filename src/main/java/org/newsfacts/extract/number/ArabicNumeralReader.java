package org.newsfacts.extract.number;

import org.newsfacts.text.normalize.CaseFilter;

import static org.newsfacts.extract.number.NumeralChars.BIG;
import static org.newsfacts.extract.number.NumeralChars.SMALL;
import static org.newsfacts.extract.number.NumeralChars.ZERO;
import static org.newsfacts.extract.number.NumeralChars.hanKind;
import static org.newsfacts.extract.number.NumeralChars.isAmbiguous;

import java.math.BigDecimal;

/**
 * Arabic digits, ASCII or full-width: thousands separators (117,542, 1 234 567), decimals, exponents
 * (1.3e6, 2^5), slashes (3/4, and chains such as 5/17/2018), dotted chains (192.168.1.2), ordinal suffixes
 * (21st), letter scales (40k, HK$1.2bn), and the scale words that may follow digits (16.9萬, 2.48 billion),
 * which it hands to the Chinese and English readers. Letters glued to digits make an identifier (V3, 180ml)
 * that is skipped whole.
 */
final class ArabicNumeralReader extends NumeralReader {

    /** More digits than this are a code or an identifier, not a quantity; also keeps BigDecimal small. */
    private static final int MAX_DIGITS = 40;

    ArabicNumeralReader(NumeralScan scan, CharSequence s) {
        super(scan, s);
    }

    /**
     * Digits with their separators, decimals and exponent, before any scale word; {@code step} is one unit of
     * the last digit written (0.1 for 16.9, 10^5 for 1.3e6).
     */
    record Digits(int end, BigDecimal value, int flags, boolean dottedNext, int intDigits, BigDecimal step) {
        boolean integer() {
            return (flags & (Numeral.DECIMAL | Numeral.EXPONENT)) == 0;
        }
    }

    Digits readDigits(int p, boolean allowDecimal) {
        StringBuilder sb = new StringBuilder(16);
        int flags = Numeral.ARABIC;
        int j = p;
        boolean fullWidth = s.charAt(p) >= '\uFF10' && s.charAt(p) <= '\uFF19';
        while (digitAt(j)) {
            sb.append(at(j));
            j++;
            if (j - p > MAX_DIGITS) {
                return tooLong(j);
            }
        }
        int intDigits = j - p;
        if (intDigits >= 1 && intDigits <= 3) {
            while (groupSeparator(j, fullWidth) && threeDigits(j + 1) && !digitAt(j + 4)) {
                sb.append(at(j + 1)).append(at(j + 2)).append(at(j + 3));
                j += 4;
                flags |= Numeral.GROUPED;
                if (sb.length() > MAX_DIGITS) {
                    return tooLong(j);
                }
            }
            if ((flags & Numeral.GROUPED) == 0) {
                // Spaces as thousands separators (1 234 567, 40 000): only exact groups of three.
                while (at(j) == ' ' && s.charAt(j) != '\t' && threeDigits(j + 1) && !digitAt(j + 4)
                        && !(at(j + 4) == ',' && digitAt(j + 5)) && at(j + 4) != '/' && sb.length() <= MAX_DIGITS) {
                    sb.append(at(j + 1)).append(at(j + 2)).append(at(j + 3));
                    j += 4;
                    flags |= Numeral.GROUPED;
                }
            }
        }
        boolean dottedNext = false;
        if (at(j) == '.' && digitAt(j + 1)) {
            int k = j + 1;
            while (digitAt(k)) {
                k++;
            }
            if (k - j > MAX_DIGITS) {
                return tooLong(k);
            }
            if (at(k) == '.' && digitAt(k + 1) || !allowDecimal) {
                dottedNext = intDigits > 0;
            } else {
                if (intDigits == 0) {
                    sb.append('0');
                }
                sb.append('.');
                for (int m = j + 1; m < k; m++) {
                    sb.append(at(m));
                }
                j = k;
                flags |= Numeral.DECIMAL;
            }
        }
        if (sb.length() == 0) {
            return null;
        }
        BigDecimal value = new BigDecimal(sb.toString());
        BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-Math.max(0, value.scale()));
        // Exponent and power notation: 1.3e6, 2e5, 2^5, 2.5^-1, 1.3x10^6.
        char e = at(j);
        if ((e == 'e' || e == 'E') && !dottedNext) {
            int k = j + 1;
            boolean minus = false;
            if (at(k) == '+' || at(k) == '-') {
                minus = at(k) == '-';
                k++;
            }
            int d0 = k;
            while (digitAt(k)) {
                k++;
            }
            if (k > d0 && k - d0 <= 3 && !letterAt(k)) {
                int exp = Integer.parseInt(foldedText(d0, k));
                value = value.scaleByPowerOfTen(minus ? -exp : exp);
                step = step.scaleByPowerOfTen(minus ? -exp : exp);
                j = k;
                flags |= Numeral.EXPONENT;
            }
        } else if (e == '^' || ((e == 'x' || e == '×') && at(j + 1) == '1' && at(j + 2) == '0' && at(j + 3) == '^')) {
            boolean timesTen = e != '^';
            int k = timesTen ? j + 4 : j + 1;
            boolean minus = false;
            while (at(k) == '+' || at(k) == '-') {
                minus ^= at(k) == '-';
                k++;
            }
            int d0 = k;
            while (digitAt(k)) {
                k++;
            }
            // A power needs a small exponent and, when negative, a base that is not zero (0^-1).
            int exp = k > d0 && k - d0 <= 3 ? Integer.parseInt(foldedText(d0, k)) : -1;
            boolean readable = exp >= 0 && (timesTen || (exp <= 99 && !(minus && value.signum() == 0)));
            if (readable) {
                if (timesTen) {
                    value = value.scaleByPowerOfTen(minus ? -exp : exp);
                    step = step.scaleByPowerOfTen(minus ? -exp : exp);
                } else {
                    BigDecimal pow = value.pow(exp, NumeralScan.DIVISION);
                    value = minus ? BigDecimal.ONE.divide(pow, NumeralScan.DIVISION) : pow;
                    step = Numeral.place(value); // a power is computed, not written digit by digit
                }
                j = k;
                flags |= Numeral.EXPONENT;
            }
        }
        return new Digits(j, value, flags, dottedNext, intDigits, step);
    }

    /** A thousands separator: ',' always; the full-width '，' only between full-width digits. */
    private boolean groupSeparator(int j, boolean fullWidthDigits) {
        if (j >= n) {
            return false;
        }
        char r = s.charAt(j);
        return r == ',' || (r == '\uFF0C' && fullWidthDigits && j + 1 < n && s.charAt(j + 1) >= '\uFF10');
    }

    private boolean threeDigits(int j) {
        return digitAt(j) && digitAt(j + 1) && digitAt(j + 2);
    }

    /** Digits at {@code p}, with what can follow them inside one numeral. */
    Numeral core(int p) {
        if (letterAt(p - 1)) {
            int b = p - 1;
            while (b > 0 && letterAt(b - 1)) {
                b--;
            }
            if (!scan.unitWord(b, p) || digitAt(b - 1)) {
                // Part of an identifier: V3, A202107…, H1N1.
                scan.skipTo = endOfAlphanumeric(p);
                return null;
            }
        }
        boolean dotted = p == scan.dottedAt;
        boolean chained = p == scan.chainAt;
        Digits d = readDigits(p, !dotted && !chained);
        if (d == null) {
            return null;
        }
        int flags = d.flags() | (dotted ? Numeral.DOTTED : 0) | (chained ? Numeral.SLASH | Numeral.CHAIN : 0);
        if (d.dottedNext()) {
            scan.pendingChain = Numeral.DOTTED;
            return Numeral.cardinal(p, d.end(), d.value(), flags | Numeral.DOTTED, d.step());
        }
        if (dotted || chained) {
            if (at(d.end()) == '/' && digitAt(d.end() + 1) && chained) {
                scan.pendingChain = Numeral.CHAIN;
            }
            return Numeral.cardinal(p, d.end(), d.value(), flags, d.step());
        }
        int j = d.end();
        // a/b, and a/b/c chains (dates: 5/17/2018).
        if (at(j) == '/' && digitAt(j + 1) && d.integer()) {
            Digits b = readDigits(j + 1, false);
            if (b == null) {
                return null;
            }
            if (at(b.end()) == '/' && digitAt(b.end() + 1)) {
                scan.pendingChain = Numeral.CHAIN;
                return Numeral.cardinal(p, j, d.value(), flags | Numeral.SLASH | Numeral.CHAIN, d.step());
            }
            if (b.value().signum() != 0) {
                BigDecimal v = d.value().divide(b.value(), NumeralScan.DIVISION);
                return new Numeral(p, b.end(), v, NumeralForm.FRACTION, p, b.end(), v, flags | Numeral.SLASH,
                        BigDecimal.ZERO);
            }
        }
        // Mixed fraction: 2 1/4, 1 3/5.
        if (d.integer() && (flags & Numeral.GROUPED) == 0 && at(j) == ' ') {
            int q = skipSpaces(j);
            if (digitAt(q)) {
                Digits a = readDigits(q, false);
                if (a != null && a.integer() && at(a.end()) == '/' && digitAt(a.end() + 1)) {
                    Digits b = readDigits(a.end() + 1, false);
                    if (b != null && b.value().signum() != 0 && !(at(b.end()) == '/' && digitAt(b.end() + 1))) {
                        BigDecimal v = d.value().add(a.value().divide(b.value(), NumeralScan.DIVISION));
                        return new Numeral(p, b.end(), v, NumeralForm.FRACTION, p, b.end(), v, flags | Numeral.SLASH,
                                BigDecimal.ZERO);
                    }
                }
            }
        }
        // Letters right after the digits: ordinal suffix, scale suffix, percent word, or an identifier.
        Numeral base = Numeral.cardinal(p, j, d.value(), flags, d.step());
        if (letterAt(j)) {
            int r = j;
            while (letterAt(r)) {
                r++;
            }
            String letters = foldedText(j, r);
            String lower = CaseFilter.lower(letters);
            if (d.integer() && (lower.equals("st") || lower.equals("nd") || lower.equals("rd") || lower.equals("th"))) {
                return new Numeral(p, r, d.value(), NumeralForm.ORDINAL, p, j, d.value(),
                        flags | Numeral.SUFFIX_ORDINAL, d.step());
            }
            BigDecimal scale = letterScale(letters, true, p);
            if (scale != null) {
                base = Numeral.cardinal(p, r, d.value().multiply(scale),
                        flags | Numeral.SCALED | Numeral.LETTER_SCALE | (lower.equals("g") ? Numeral.GIGA_LETTER : 0),
                        d.step().multiply(scale));
            } else if (lower.equals("pct") || lower.equals("percent") || lower.equals("pc")) {
                return new Numeral(p, r, d.value(), NumeralForm.PERCENT, p, j, d.value(), flags | Numeral.PERCENT_WORD,
                        d.step());
            } else if (scan.unitWord(j, r)) {
                return base; // 115USD: the number ends where the unit word starts
            } else {
                // 180ml, 29km, 3D: a unit or a name glued to the number, not a number of its own.
                scan.skipTo = endOfAlphanumeric(r);
                return null;
            }
        } else if (at(j) == ' ') {
            int q = skipSpaces(j);
            if (letterAt(q) && !letterAt(q - 1)) {
                int r = q;
                while (letterAt(r)) {
                    r++;
                }
                BigDecimal scale = letterScale(foldedText(q, r), false, p);
                if (scale != null && !NumeralChars.isDigit(at(r))) {
                    String lower = CaseFilter.lower(foldedText(q, r));
                    base = Numeral.cardinal(p, r, d.value().multiply(scale), flags | Numeral.SCALED
                            | Numeral.LETTER_SCALE | (lower.equals("g") ? Numeral.GIGA_LETTER : 0), d.step().multiply(scale));
                }
            }
        }
        if (base.has(Numeral.LETTER_SCALE)) {
            return base;
        }
        // Chinese scales after digits: 16.9萬, 25 億 9,700 萬, 3万4000, 500余万.
        int q = skipSpaces(j);
        char h = at(q);
        byte hk = hanKind(h);
        if (hk == BIG || hk == SMALL && !isAmbiguous(h) || ((h == '余' || h == '餘' || h == '多') && followsScale(q))
                || (hk == ZERO && q == j && scan.startsNumber(q + 1))) {
            Numeral composed = new ChineseNumeralComposer(scan, s).compose(p, base);
            if (composed != null) {
                return composed;
            }
        }
        // English scale words after digits: 2.48 billion, 322 hundred, 3 dozens, 13 lakh.
        if (letterAt(q) && (q == j || at(j) == ' ')) {
            EnglishWords.Word w = scan.english.word(q);
            if (w != null && (w.type() == EnglishWords.HUNDRED || w.type() == EnglishWords.BIG
                    || w.type() == EnglishWords.DOZEN)) {
                Numeral composed = scan.english.core(q, base);
                if (composed != null) {
                    return composed;
                }
            }
        }
        return base;
    }

    /** A digit run too long to be a quantity: skipped whole, with the letters and digits around it. */
    private Digits tooLong(int j) {
        scan.skipTo = Math.max(scan.skipTo, endOfAlphanumeric(j));
        return null;
    }

    private boolean followsScale(int q) {
        int r = skipSpaces(q + 1);
        byte k = hanKind(at(r));
        return k == BIG || k == SMALL;
    }

    /**
     * The scale of a letter suffix: k, M, G, b, bn, mn, mil, MM, bln, tn. A lower-case m alone is a
     * metre unless money precedes the number ($10m).
     */
    private BigDecimal letterScale(String letters, boolean attached, int numberStart) {
        switch (letters) {
            case "k", "K":
                return BigDecimal.valueOf(1_000);
            case "M", "MM", "mm", "mn", "Mn", "MN", "mil", "Mil":
                if (letters.equals("mm") && !attached) {
                    return null;
                }
                return BigDecimal.valueOf(1_000_000);
            case "m":
                return moneyBefore(numberStart) ? BigDecimal.valueOf(1_000_000) : null;
            case "G", "g":
                return letters.equals("g") && !attached ? null : BigDecimal.valueOf(1_000_000_000L);
            case "b", "B", "bn", "Bn", "BN", "bln", "Bln":
                if (!attached && (letters.equals("b") || letters.equals("B"))) {
                    return null;
                }
                return BigDecimal.valueOf(1_000_000_000L);
            case "tn", "Tn", "trn", "tln", "Tln":
                return BigDecimal.valueOf(1_000_000_000_000L);
            default:
                return null;
        }
    }

    private boolean moneyBefore(int p) {
        int k = p - 1;
        while (k >= 0 && at(k) == ' ') {
            k--;
        }
        char c = at(k);
        return c == '$' || c == '£' || c == '€' || c == '¥' || c == '￥' || c == '₹';
    }

    /** The digits at {@code r} read as one more number (the denominator of "3 out of 10"), leaving the scan's chain state as it was. */
    Numeral quietCore(int r) {
        int savedChain = scan.pendingChain;
        int savedSkip = scan.skipTo;
        Numeral y = core(r);
        scan.pendingChain = savedChain;
        scan.skipTo = savedSkip;
        return y;
    }
}
