package org.newsfacts.extract.number;

import org.newsfacts.text.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tokens of an English number (words, and digits where a scale word follows them) as a
 * cardinal, a fraction or an ordinal:
 * <ul>
 * <li>cardinals: one hundred and five, twenty-one trillion three hundred, ninety-five hundred,
 *     three hundred and two dozens, two hundred point zero three;</li>
 * <li>fractions: two thirds, a twenty-first, one hundred thirty fifths (100/35 — "thirty fifths" is
 *     one denominator), one hundred and thirty fifths (130/5 — "and" keeps thirty in the numerator);</li>
 * <li>mixed numbers: X and Y/Z when Y is less than Z (one hundred and three quarters = 100.75, one
 *     and a half); after a scale of a million or more the fraction is of that scale (one million
 *     and a half = 1,500,000);</li>
 * <li>ordinals: what remains with a singular ordinal word (one hundred twenty fifth = 125).</li>
 * </ul>
 */
final class EnglishTokens {

    /** One token of an English number: a number word (type from {@link EnglishWords}) or digits (type 0). */
    record Tok(byte type, BigDecimal value, boolean plural, byte base, Span span, boolean afterAnd,
               boolean hyphenBefore) {
        Tok(byte type, BigDecimal value, boolean plural, byte base, int start, int end, boolean afterAnd,
            boolean hyphenBefore) {
            this(type, value, plural, base, new Span(start, end), afterAnd, hyphenBefore);
        }

        int start() {
            return span.start();
        }

        int end() {
            return span.end();
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final List<Tok> t;
    private final boolean digitsFirst;
    private BigDecimal value;

    EnglishTokens(List<Tok> toks, boolean digitsFirst) {
        this.t = toks;
        this.digitsFirst = digitsFirst;
    }

    /** The numeral the tokens make, with what the scanner must still check around it. */
    record Reading(Numeral numeral, boolean negative, boolean loneOne) {
    }

    private static final int QUARTER_LENGTH = "quarter".length();

    Reading read() {
        int a = 0;
        boolean negative = false;
        if (t.get(0).type == EnglishWords.MINUS) {
            negative = true;
            a = 1;
            if (t.size() < 2) {
                return null;
            }
        }
        int flags = Numeral.ENGLISH | (digitsFirst ? Numeral.ARABIC : 0) | (negative ? Numeral.SIGNED : 0);
        int k = -1;
        for (int i = a; i < t.size(); i++) {
            byte ty = t.get(i).type;
            if (ty == EnglishWords.ORD || ty == EnglishWords.HALF) {
                k = i;
                break;
            }
            if (ty == EnglishWords.POINT) {
                break;
            }
        }
        Numeral r = k < 0 ? cardinal(a, flags) : fractionOrOrdinal(a, k, flags);
        if (r == null) {
            return null;
        }
        boolean loneOne = r.form() == NumeralForm.CARDINAL && r.end() == t.get(a).end()
                && t.get(a).type == EnglishWords.UNIT && t.get(a).value.intValue() == 1;
        return new Reading(r, negative, loneOne);
    }

    private Numeral cardinal(int a, int flags) {
        int end = parse(a, t.size(), false);
        if (end <= a) {
            return null;
        }
        BigDecimal v = value;
        int last = end - 1;
        // Decimals: two hundred point zero three, nine point nought four, point seventy-one.
        if (end < t.size() && t.get(end).type == EnglishWords.POINT) {
            StringBuilder digits = new StringBuilder();
            int i = end + 1;
            while (i < t.size()) {
                Tok d = t.get(i);
                if (d.type == EnglishWords.UNIT) {
                    digits.append(d.value.intValue());
                } else if (d.type == EnglishWords.TEEN) {
                    digits.append(d.value.intValue());
                } else if (d.type == EnglishWords.TENS) {
                    int tens = d.value.intValue();
                    if (i + 1 < t.size() && t.get(i + 1).type == EnglishWords.UNIT && t.get(i + 1).value.signum() > 0
                            && !t.get(i + 1).afterAnd) {
                        digits.append(tens + t.get(i + 1).value.intValue());
                        i++;
                    } else {
                        digits.append(tens);
                    }
                } else {
                    break;
                }
                i++;
            }
            if (digits.length() > 0) {
                v = v.add(new BigDecimal("0." + digits));
                last = i - 1;
                flags |= Numeral.DECIMAL;
                if (i < t.size() && t.get(i).type == EnglishWords.BIG) {
                    v = v.multiply(t.get(i).value);
                    last = i;
                    flags |= Numeral.SCALED;
                }
            }
        }
        if (hasScale(a, last)) {
            flags |= Numeral.SCALED;
        }
        return Numeral.cardinal(t.get(a).start(), t.get(last).end(), v, flags, Numeral.place(v));
    }

    private boolean hasScale(int a, int last) {
        for (int i = a; i <= last; i++) {
            byte ty = t.get(i).type;
            if (ty == EnglishWords.BIG || ty == EnglishWords.HUNDRED) {
                return true;
            }
        }
        return false;
    }

    private Numeral fractionOrOrdinal(int a, int k, int flags) {
        Tok ord = t.get(k);
        // half alone, half a dozen, half (a) million; quarter million.
        // "fourth" shares quarter's value but is an ordinal (Singapore ranked fourth): only the word quarter,
        // told apart by its length, reads as a quarter here.
        if (k == a && (ord.type == EnglishWords.HALF || ord.value.intValue() == 4 && ord.base == EnglishWords.UNIT
                && !ord.plural && ord.end() - ord.start() == QUARTER_LENGTH)) {
            BigDecimal part = ord.type == EnglishWords.HALF ? HALF : new BigDecimal("0.25");
            int i = k + 1;
            if (i < t.size() && t.get(i).type == EnglishWords.A) {
                i++;
            }
            if (i < t.size() && (t.get(i).type == EnglishWords.BIG || t.get(i).type == EnglishWords.DOZEN)) {
                BigDecimal v = part.multiply(t.get(i).value);
                return Numeral.cardinal(ord.start(), t.get(i).end(), v, flags | Numeral.SCALED, Numeral.place(v));
            }
            if (ord.type == EnglishWords.HALF) {
                return new Numeral(ord.start(), ord.end(), HALF, NumeralForm.FRACTION, ord.start(), ord.end(), HALF,
                        flags | Numeral.FRACTION_WORD, BigDecimal.ZERO);
            }
            return null;
        }
        // Mixed: X and Y/Z with Y < Z (one hundred and three quarters, one and a half).
        for (int m = k - 1; m > a; m--) {
            if (t.get(m).type != EnglishWords.AND) {
                continue;
            }
            int intEnd = parse(a, m, true);
            if (intEnd == m) {
                BigDecimal whole = value;
                Tok lastOfWhole = t.get(m - 1);
                BigDecimal[] fr = fraction(m + 1, k);
                if (fr != null && fr[0].compareTo(fr[1]) < 0) {
                    BigDecimal f = fr[0].divide(fr[1], NumeralScan.DIVISION);
                    int end = k;
                    BigDecimal trailing = trailingScale(k);
                    BigDecimal v;
                    if (trailing != null) {
                        end = k + 1;
                        v = lastOfWhole.type == EnglishWords.BIG ? whole.add(f.multiply(trailing))
                                : whole.add(f).multiply(trailing);
                    } else if (lastOfWhole.type == EnglishWords.BIG
                            && lastOfWhole.value.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
                        v = whole.add(f.multiply(lastOfWhole.value));
                    } else {
                        v = whole.add(f);
                    }
                    NumeralForm form = trailing != null || lastOfWhole.type == EnglishWords.BIG
                            ? NumeralForm.CARDINAL : NumeralForm.FRACTION;
                    return new Numeral(t.get(a).start(), t.get(end).end(), v, form, t.get(a).start(), t.get(end).end(),
                            v, flags | Numeral.FRACTION_WORD, form == NumeralForm.FRACTION ? BigDecimal.ZERO : Numeral.place(v));
                }
            }
            break;
        }
        BigDecimal[] fr = fraction(a, k);
        if (fr != null) {
            BigDecimal v = fr[0].divide(fr[1], NumeralScan.DIVISION);
            int end = k;
            BigDecimal trailing = trailingScale(k);
            NumeralForm form = NumeralForm.FRACTION;
            if (trailing != null) {
                v = v.multiply(trailing);
                end = k + 1;
                form = NumeralForm.CARDINAL;
            }
            return new Numeral(t.get(a).start(), t.get(end).end(), v, form, t.get(a).start(), t.get(end).end(), v,
                    flags | Numeral.FRACTION_WORD, form == NumeralForm.FRACTION ? BigDecimal.ZERO : Numeral.place(v));
        }
        if (ord.type == EnglishWords.ORD && !ord.plural && !digitsFirst) {
            BigDecimal v = ordinalValue(a, k);
            if (v != null) {
                return new Numeral(t.get(a).start(), ord.end(), v, NumeralForm.ORDINAL, t.get(a).start(), ord.end(), v,
                        flags, BigDecimal.ONE);
            }
        }
        // Only the cardinal before the ordinal word is a number (100 millionths, two millionth).
        if (k > a) {
            return cardinal(a, flags);
        }
        return null;
    }

    private BigDecimal trailingScale(int k) {
        if (k + 1 < t.size() && t.get(k + 1).type == EnglishWords.BIG && !t.get(k + 1).afterAnd) {
            return t.get(k + 1).value;
        }
        return null;
    }

    /** Numerator and denominator of tokens [from, k] where token k is the ordinal, or null. */
    private BigDecimal[] fraction(int from, int k) {
        Tok ord = t.get(k);
        if (from >= k) {
            return null;
        }
        for (int i = from; i < k; i++) {
            if (t.get(i).type == 0) {
                return null; // digits as numerator with a word denominator: 100 millionths
            }
        }
        BigDecimal ordValue = ord.type == EnglishWords.HALF ? BigDecimal.valueOf(2) : ord.value;
        // thirty fifths = 1/35 when a numerator stands before it (one hundred thirty fifths).
        if (ord.base == EnglishWords.UNIT && ord.type == EnglishWords.ORD && k - 1 > from
                && t.get(k - 1).type == EnglishWords.TENS && !ord.afterAnd) {
            BigDecimal num = numerator(from, k - 1);
            if (num != null && (ord.plural || num.compareTo(BigDecimal.ONE) == 0)) {
                return new BigDecimal[] {num, t.get(k - 1).value.add(ordValue)};
            }
        }
        if (ord.type == EnglishWords.ORD && ord.base == EnglishWords.UNIT && ordValue.intValue() <= 2) {
            return null; // "a first", "a second": an order, never a fraction
        }
        BigDecimal num = numerator(from, k);
        if (num != null) {
            if (ord.plural || num.compareTo(BigDecimal.ONE) == 0) {
                return new BigDecimal[] {num, ordValue};
            }
            return null;
        }
        // one one hundred fifth = 1/105.
        Tok head = t.get(from);
        if ((head.type == EnglishWords.A || (head.type == EnglishWords.UNIT && head.value.intValue() == 1))
                && from + 1 < k) {
            BigDecimal den = ordinalValue(from + 1, k);
            if (den != null && !ord.plural) {
                return new BigDecimal[] {BigDecimal.ONE, den};
            }
        }
        return null;
    }

    private BigDecimal numerator(int from, int to) {
        if (to - from == 1 && t.get(from).type == EnglishWords.A) {
            return BigDecimal.ONE;
        }
        int end = parse(from, to, true);
        return end == to ? value : null;
    }

    /** The position of tokens [from, k] read as one ordinal (one hundred twenty fifth = 125). */
    private BigDecimal ordinalValue(int from, int k) {
        Tok ord = t.get(k);
        List<Tok> copy = new ArrayList<>(t.subList(from, k));
        copy.add(new Tok(ord.base, ord.value, false, ord.base, ord.span, ord.afterAnd, ord.hyphenBefore));
        EnglishTokens sub = new EnglishTokens(copy, false);
        int end = sub.parse(0, copy.size(), true);
        return end == copy.size() ? sub.value : null;
    }

    /**
     * Parses tokens [a, b) as a cardinal; returns the index after the last token used and leaves
     * the value in {@link #value}. With {@code full}, returns -1 unless all tokens are used.
     */
    int parse(int a, int b, boolean full) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal small = null;
        boolean tensOnly = false;
        boolean closed = false;
        boolean hadHundred = false;
        BigDecimal lastBig = null;
        int safe = a;
        BigDecimal safeValue = BigDecimal.ZERO;
        int andIndex = -1;
        BigDecimal beforeAnd = null;
        int i = a;
        boolean fromA = false;
        for (; i < b; i++) {
            Tok tok = t.get(i);
            boolean ok = true;
            switch (tok.type) {
                case EnglishWords.A:
                    if (i != a && t.get(i - 1).type != EnglishWords.AND || small != null) {
                        ok = false;
                    } else if (i + 1 < b && (t.get(i + 1).type == EnglishWords.HUNDRED
                            || t.get(i + 1).type == EnglishWords.BIG || t.get(i + 1).type == EnglishWords.DOZEN)) {
                        small = BigDecimal.ONE;
                        fromA = true;
                    } else {
                        ok = false;
                    }
                    break;
                case EnglishWords.UNIT:
                    if (small == null && !closed) {
                        small = tok.value;
                        tensOnly = false;
                    } else if (tensOnly && tok.value.signum() > 0) {
                        small = small.add(tok.value);
                        tensOnly = false;
                    } else {
                        ok = false;
                    }
                    break;
                case EnglishWords.TEEN:
                case 0:
                    if (small != null || closed) {
                        ok = false;
                    } else {
                        small = tok.value;
                        tensOnly = false;
                    }
                    break;
                case EnglishWords.TENS:
                    if (small != null || closed) {
                        ok = false;
                    } else {
                        small = tok.value;
                        tensOnly = true;
                    }
                    break;
                case EnglishWords.HUNDRED:
                    if (hadHundred || section.signum() != 0 || closed) {
                        ok = false;
                    } else {
                        BigDecimal mult = small != null ? small : (i == a ? BigDecimal.ONE : null);
                        if (mult == null) {
                            ok = false;
                        } else {
                            section = mult.multiply(HUNDRED);
                            small = null;
                            hadHundred = true;
                            tensOnly = false;
                        }
                    }
                    break;
                case EnglishWords.BIG: {
                    BigDecimal chunk = section.add(small == null ? BigDecimal.ZERO : small);
                    if (small == null && section.signum() == 0) {
                        if (lastBig != null && t.get(i - 1).type == EnglishWords.BIG) {
                            total = total.multiply(tok.value);
                            lastBig = lastBig.multiply(tok.value);
                        } else {
                            ok = false;
                        }
                    } else if (lastBig == null || tok.value.compareTo(lastBig) > 0) {
                        total = total.add(chunk).multiply(tok.value);
                        lastBig = tok.value;
                    } else {
                        total = total.add(chunk.multiply(tok.value));
                        lastBig = tok.value;
                    }
                    if (ok) {
                        section = BigDecimal.ZERO;
                        small = null;
                        hadHundred = false;
                        tensOnly = false;
                        closed = false;
                    }
                    break;
                }
                case EnglishWords.DOZEN:
                    if (closed) {
                        ok = false;
                    } else {
                        small = (small == null ? BigDecimal.ONE : small).multiply(TWELVE);
                        tensOnly = false;
                        closed = true;
                    }
                    break;
                case EnglishWords.AND:
                    if (i == a || i + 1 >= b) {
                        ok = false;
                    } else {
                        andIndex = i;
                        beforeAnd = total.add(section).add(small == null ? BigDecimal.ZERO : small);
                    }
                    break;
                default:
                    ok = false;
                    break;
            }
            if (!ok) {
                // A scale word that cannot apply after "and" (3 hundred and 2 hundred): end before the "and".
                if (andIndex == i - 2 && (tok.type == EnglishWords.HUNDRED || tok.type == EnglishWords.BIG)) {
                    safe = andIndex;
                    safeValue = beforeAnd;
                }
                break;
            }
            if (tok.type != EnglishWords.AND && tok.type != EnglishWords.A) {
                safe = i + 1;
                safeValue = total.add(section).add(small == null ? BigDecimal.ZERO : small);
            }
        }
        if (fromA && safe == a) {
            return -1;
        }
        value = safeValue;
        if (full) {
            return safe == b && i == b ? b : -1;
        }
        return safe;
    }
}
