package org.newsfacts.extract.number;

import static org.newsfacts.extract.number.NumeralChars.BIG;
import static org.newsfacts.extract.number.NumeralChars.DIGIT;
import static org.newsfacts.extract.number.NumeralChars.SMALL;
import static org.newsfacts.extract.number.NumeralChars.TENS;
import static org.newsfacts.extract.number.NumeralChars.ZERO;
import static org.newsfacts.extract.number.NumeralChars.hanKind;
import static org.newsfacts.extract.number.NumeralChars.hanValue;
import static org.newsfacts.extract.number.NumeralChars.isAmbiguous;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One scan of one text: the state of {@link NumeralScanner#scan}. Readers for Arabic digits,
 * Chinese numerals and English number words share the wrappers that turn a cardinal into a
 * percentage (%, 成, 百分之), a fraction (分之, over) or a discount (折).
 */
final class NumeralScan {

    static final MathContext DIVISION = new MathContext(20, RoundingMode.HALF_EVEN);
    /** More digits than this are a code or an identifier, not a quantity; also keeps BigDecimal small. */
    private static final int MAX_DIGITS = 40;
    /** The largest scale a Chinese number may reach by stacking scale characters (万亿 = 10^12, 兆 = 10^12). */
    private static final BigDecimal MAX_STACKED_SCALE = new BigDecimal("1e16");
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** Characters after 成 that make it a word (成为, 成本, 成功) rather than tenths. */
    private static final String CHENG_WORD_NEXT = "为為员員本功果交立长長绩績熟就型都品效批年分人份色像语語形全事败敗千百万萬群家行文器材活婚名真套片堆串双雙对對";
    /** Characters after 折 that make it a word (折合, 折扣, 折旧) rather than a discount. */
    private static final String ZHE_WORD_NEXT = "合扣旧舊算叠疊返射价價让讓中腰服线線衷损損现現算成";
    /** Characters after 打 that make it a verb (打开, 打造) rather than a dozen. */
    private static final String DA_VERB_NEXT = "折对對开開造算击擊破工入出电電球卡压壓扰擾通响響印扫掃包听聽断斷架败敗赢贏倒动動车車伤傷拼理扮"
            + "量算听招交针針的了着著过過完好起上下进進成";
    /** Words before a lone "one" that make it a pronoun (the one, this one). */
    private static final long[] PRONOUN_ONE_BEFORE = {
        EnglishWords.key("the"), EnglishWords.key("this"), EnglishWords.key("that"), EnglishWords.key("which"),
        EnglishWords.key("each"), EnglishWords.key("every"), EnglishWords.key("any"), EnglishWords.key("no"),
        EnglishWords.key("another"), EnglishWords.key("some")
    };
    private static final long KEY_HTTP = EnglishWords.key("http");
    private static final long KEY_HTTPS = EnglishWords.key("https");
    private static final long KEY_FTP = EnglishWords.key("ftp");
    private static final long KEY_WWW = EnglishWords.key("www");
    private static final long KEY_OVER = EnglishWords.key("over");
    private static final long KEY_OUT = EnglishWords.key("out");
    private static final long KEY_OF = EnglishWords.key("of");
    private static final long KEY_IN = EnglishWords.key("in");
    private static final long KEY_POINT = EnglishWords.key("point");
    private static final long KEY_POINTS = EnglishWords.key("points");

    private final CharSequence s;
    private final int n;
    private final IdiomIndex idioms;
    private final java.util.Set<String> unitWords;
    private final List<Numeral> out = new ArrayList<>();

    /** Where the next part of a dotted chain (192.168.1.2) starts; a numeral there gets DOTTED. */
    private int dottedAt = -1;
    /** Where the next part of a slash chain (5/17/2018) starts. */
    private int chainAt = -1;
    /** Set by a reader that found no number, so that the scan jumps past what it read (V3, 180ml). */
    private int skipTo = -1;
    /** Set by the Arabic reader: the numeral it returned is followed by another dotted or slash part. */
    private int pendingChain;
    /** End of the last word read by {@link #word(int)}. */
    private int wordEnd;

    NumeralScan(CharSequence s, IdiomIndex idioms, java.util.Set<String> unitWords) {
        this.s = s;
        this.n = s.length();
        this.idioms = idioms;
        this.unitWords = unitWords;
    }

    /** Whether the letters [from, to) are a unit word that may touch a number (Rmb1.2bn). */
    private boolean unitWord(int from, int to) {
        return !unitWords.isEmpty() && to - from <= 6 && unitWords.contains(foldedText(from, to).toLowerCase(java.util.Locale.ROOT));
    }

    List<Numeral> run() {
        int i = 0;
        while (i < n) {
            if (!NumeralChars.isTrigger(s.charAt(i))) {
                i++;
                continue;
            }
            skipTo = -1;
            int next = dispatch(i);
            i = Math.max(Math.max(next, skipTo), i + 1);
        }
        return out;
    }

    // ------------------------------------------------------------------ characters

    char at(int i) {
        return i >= 0 && i < n ? NumeralChars.fold(s.charAt(i)) : '\0';
    }

    private boolean digitAt(int i) {
        return i >= 0 && i < n && NumeralChars.isDigitRaw(s.charAt(i));
    }

    private boolean letterAt(int i) {
        return i >= 0 && i < n && NumeralChars.isLetterRaw(s.charAt(i));
    }

    /** Skips spaces (not line breaks: a number does not run across lines). */
    int skipSpaces(int i) {
        while (i < n && at(i) == ' ') {
            i++;
        }
        return i;
    }

    private static char simple(char c) {
        return switch (c) {
            case '個' -> '个';
            case '點' -> '点';
            case '對' -> '对';
            case '餘' -> '余';
            case '幾' -> '几';
            case '數' -> '数';
            case '負' -> '负';
            case '級' -> '级';
            default -> c;
        };
    }

    // ------------------------------------------------------------------ dispatch

    private int dispatch(int i) {
        char c = at(i);
        if (NumeralChars.isDigit(c)) {
            return numberAt(i);
        }
        switch (c) {
            case '.':
                if (digitAt(i + 1) && !digitAt(i - 1) && at(i - 1) != '.' && !letterAt(i - 1)) {
                    return numberAt(i);
                }
                return i + 1;
            case '-':
            case '+':
                return signStarts(i) ? numberAt(i) : i + 1;
            case ':':
                return afterColon(i);
            case '@':
                return afterAt(i);
            default:
                break;
        }
        if (NumeralChars.isLetter(c)) {
            return wordAt(i);
        }
        BigDecimal vulgar = NumeralChars.vulgarFraction(c);
        if (vulgar != null) {
            out.add(new Numeral(i, i + 1, vulgar, NumeralForm.FRACTION, i, i + 1, vulgar, Numeral.FRACTION_WORD));
            return i + 1;
        }
        return hanAt(i, c);
    }

    /** A sign directly before a digit, not inside a word or a range (SCP-173, 2020-2025, "- 15所"). */
    private boolean signStarts(int i) {
        boolean digitNext = digitAt(i + 1) || (at(i + 1) == '.' && digitAt(i + 2));
        if (!digitNext) {
            return false;
        }
        char before = at(i - 1);
        return !(NumeralChars.isLetter(before) || NumeralChars.isDigit(before) || before == '-' || before == '+'
                || before == '.' || before == '/' || before == '_' || before == ')' || before == '%');
    }

    /** Reads the numeral at {@code i}, applies the wrappers, emits it. */
    private int numberAt(int i) {
        pendingChain = 0;
        Numeral core = core(i);
        if (core == null) {
            return skipTo > i ? skipTo : i + 1;
        }
        int chain = pendingChain;
        Numeral full = core.form() == NumeralForm.CARDINAL && chain == 0 ? wrap(core) : core;
        if (chain == Numeral.DOTTED) {
            dottedAt = full.end() + 1;
        } else if (chain == Numeral.CHAIN) {
            chainAt = full.end() + 1;
        }
        out.add(full);
        return full.end();
    }

    // ------------------------------------------------------------------ web and mail addresses

    private int afterColon(int i) {
        if (at(i + 1) != '/' || at(i + 2) != '/') {
            return i + 1;
        }
        int start = i;
        while (start > 0 && letterAt(start - 1)) {
            start--;
        }
        return skipAddress(start, i + 3);
    }

    private int afterAt(int i) {
        int start = i;
        while (start > 0 && addressChar(s.charAt(start - 1))) {
            start--;
        }
        if (!addressChar(at(i + 1))) {
            return i + 1;
        }
        return skipAddress(start, i + 1);
    }

    private int skipAddress(int start, int from) {
        while (!out.isEmpty() && out.get(out.size() - 1).start() >= start) {
            out.remove(out.size() - 1);
        }
        int j = from;
        while (j < n) {
            char c = s.charAt(j);
            if (c <= ' ' || c >= 0x3000 || c == '"' || c == '<' || c == '>') {
                break;
            }
            j++;
        }
        return j;
    }

    private static boolean addressChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                || c == '-' || c == '%' || c == '+';
    }

    // ------------------------------------------------------------------ core readers

    /** Whether a number may start at {@code q} (used after 第, 分之, over …). */
    private boolean startsNumber(int q) {
        char c = at(q);
        if (NumeralChars.isDigit(c) || (c == '.' && digitAt(q + 1))) {
            return true;
        }
        if (c == '-' && (digitAt(q + 1) || at(q + 1) == '.')) {
            return true;
        }
        if (c == '负' || c == '負') {
            return startsNumber(skipSpaces(q + 1));
        }
        byte k = hanKind(c);
        return k != NumeralChars.NOT_HAN && (!isAmbiguous(c) || numeralNeighbour(q));
    }

    /**
     * The bare numeral at {@code i}: sign, digits or Chinese numerals or English words, with scale
     * words, but without the wrappers (%, 成, 分之). Null where nothing is a number.
     */
    Numeral core(int i) {
        char c = at(i);
        if (c == '-' || c == '+') {
            Numeral body = arabicCore(i + 1);
            return body == null ? null : signed(body, i, c == '-');
        }
        if (c == '负' || c == '負') {
            int q = skipSpaces(i + 1);
            Numeral body = core(q);
            return body == null ? null : signed(body, i, true);
        }
        if (NumeralChars.isDigit(c) || c == '.') {
            return arabicCore(i);
        }
        if (NumeralChars.isLetter(c)) {
            return englishCore(i, null);
        }
        return hanCore(i);
    }

    private Numeral signed(Numeral body, int start, boolean negative) {
        BigDecimal v = negative ? body.value().negate() : body.value();
        BigDecimal num = negative ? body.number().negate() : body.number();
        int numberStart = body.numberStart() == body.start() ? start : body.numberStart();
        return new Numeral(start, body.end(), v, body.form(), numberStart, body.numberEnd(), num,
                body.flags() | Numeral.SIGNED);
    }

    /** Digits with their separators, decimals and exponent, before any scale word. */
    private record Digits(int end, BigDecimal value, int flags, boolean dottedNext, int intDigits) {
        boolean integer() {
            return (flags & (Numeral.DECIMAL | Numeral.EXPONENT)) == 0;
        }
    }

    private Digits readDigits(int p, boolean allowDecimal) {
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
                } else {
                    BigDecimal pow = value.pow(exp, DIVISION);
                    value = minus ? BigDecimal.ONE.divide(pow, DIVISION) : pow;
                }
                j = k;
                flags |= Numeral.EXPONENT;
            }
        }
        return new Digits(j, value, flags, dottedNext, intDigits);
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
    private Numeral arabicCore(int p) {
        if (letterAt(p - 1)) {
            int b = p - 1;
            while (b > 0 && letterAt(b - 1)) {
                b--;
            }
            if (!unitWord(b, p) || digitAt(b - 1)) {
                // Part of an identifier: V3, A202107…, H1N1.
                skipTo = endOfAlphanumeric(p);
                return null;
            }
        }
        boolean dotted = p == dottedAt;
        boolean chained = p == chainAt;
        Digits d = readDigits(p, !dotted && !chained);
        if (d == null) {
            return null;
        }
        int flags = d.flags() | (dotted ? Numeral.DOTTED : 0) | (chained ? Numeral.SLASH | Numeral.CHAIN : 0);
        if (d.dottedNext()) {
            pendingChain = Numeral.DOTTED;
            return Numeral.cardinal(p, d.end(), d.value(), flags | Numeral.DOTTED);
        }
        if (dotted || chained) {
            if (at(d.end()) == '/' && digitAt(d.end() + 1) && chained) {
                pendingChain = Numeral.CHAIN;
            }
            return Numeral.cardinal(p, d.end(), d.value(), flags);
        }
        int j = d.end();
        // a/b, and a/b/c chains (dates: 5/17/2018).
        if (at(j) == '/' && digitAt(j + 1) && d.integer()) {
            Digits b = readDigits(j + 1, false);
            if (b == null) {
                return null;
            }
            if (at(b.end()) == '/' && digitAt(b.end() + 1)) {
                pendingChain = Numeral.CHAIN;
                return Numeral.cardinal(p, j, d.value(), flags | Numeral.SLASH | Numeral.CHAIN);
            }
            if (b.value().signum() != 0) {
                BigDecimal v = d.value().divide(b.value(), DIVISION);
                return new Numeral(p, b.end(), v, NumeralForm.FRACTION, p, b.end(), v, flags | Numeral.SLASH);
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
                        BigDecimal v = d.value().add(a.value().divide(b.value(), DIVISION));
                        return new Numeral(p, b.end(), v, NumeralForm.FRACTION, p, b.end(), v, flags | Numeral.SLASH);
                    }
                }
            }
        }
        // Letters right after the digits: ordinal suffix, scale suffix, percent word, or an identifier.
        Numeral base = Numeral.cardinal(p, j, d.value(), flags);
        if (letterAt(j)) {
            int r = j;
            while (letterAt(r)) {
                r++;
            }
            String letters = foldedText(j, r);
            String lower = letters.toLowerCase(java.util.Locale.ROOT);
            if (d.integer() && (lower.equals("st") || lower.equals("nd") || lower.equals("rd") || lower.equals("th"))) {
                return new Numeral(p, r, d.value(), NumeralForm.ORDINAL, p, j, d.value(),
                        flags | Numeral.SUFFIX_ORDINAL);
            }
            BigDecimal scale = letterScale(letters, true, p);
            if (scale != null) {
                base = Numeral.cardinal(p, r, d.value().multiply(scale),
                        flags | Numeral.SCALED | Numeral.LETTER_SCALE | (lower.equals("g") ? Numeral.GIGA_LETTER : 0));
            } else if (lower.equals("pct") || lower.equals("percent") || lower.equals("pc")) {
                return new Numeral(p, r, d.value(), NumeralForm.PERCENT, p, j, d.value(), flags | Numeral.PERCENT_WORD);
            } else if (unitWord(j, r)) {
                return base; // 115USD: the number ends where the unit word starts
            } else {
                // 180ml, 29km, 3D: a unit or a name glued to the number, not a number of its own.
                skipTo = endOfAlphanumeric(r);
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
                    String lower = foldedText(q, r).toLowerCase(java.util.Locale.ROOT);
                    base = Numeral.cardinal(p, r, d.value().multiply(scale), flags | Numeral.SCALED
                            | Numeral.LETTER_SCALE | (lower.equals("g") ? Numeral.GIGA_LETTER : 0));
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
                || (hk == ZERO && q == j && startsNumber(q + 1))) {
            Numeral composed = new HanComposer().compose(p, base);
            if (composed != null) {
                return composed;
            }
        }
        // English scale words after digits: 2.48 billion, 322 hundred, 3 dozens, 13 lakh.
        if (letterAt(q) && (q == j || at(j) == ' ')) {
            EnglishWords.Word w = word(q);
            if (w != null && (w.type() == EnglishWords.HUNDRED || w.type() == EnglishWords.BIG
                    || w.type() == EnglishWords.DOZEN)) {
                Numeral composed = englishCore(q, base);
                if (composed != null) {
                    return composed;
                }
            }
        }
        return base;
    }

    /** A digit run too long to be a quantity: skipped whole, with the letters and digits around it. */
    private Digits tooLong(int j) {
        skipTo = Math.max(skipTo, endOfAlphanumeric(j));
        return null;
    }

    private String foldedText(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            sb.append(at(k));
        }
        return sb.toString();
    }

    private boolean followsScale(int q) {
        int r = skipSpaces(q + 1);
        byte k = hanKind(at(r));
        return k == BIG || k == SMALL;
    }

    private int endOfAlphanumeric(int from) {
        int r = from;
        while (letterAt(r) || digitAt(r)) {
            r++;
        }
        return r;
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

    // ------------------------------------------------------------------ Chinese numerals

    private int hanAt(int i, char c) {
        int idiomEnd = idioms.coveringEnd(s, i);
        if (idiomEnd > i) {
            return idiomEnd;
        }
        switch (c) {
            case '第': {
                int q = skipSpaces(i + 1);
                if (startsNumber(q)) {
                    Numeral inner = core(q);
                    if (inner != null && inner.form() == NumeralForm.CARDINAL && !inner.has(Numeral.HEDGE)) {
                        out.add(inner.as(NumeralForm.ORDINAL, i, inner.end(), inner.value(), 0));
                        return inner.end();
                    }
                }
                return i + 1;
            }
            case '负', '負':
                return startsNumber(skipSpaces(i + 1)) ? numberAt(i) : i + 1;
            case '打':
                if ((at(i + 1) == '对' || at(i + 1) == '對') && at(i + 2) == '折') {
                    BigDecimal fifty = BigDecimal.valueOf(50);
                    out.add(new Numeral(i + 1, i + 3, fifty, NumeralForm.PERCENT, i + 1, i + 3, HALF,
                            Numeral.HAN | Numeral.TENTHS | Numeral.DISCOUNT));
                    return i + 3;
                }
                return i + 1;
            case '半': {
                char next = at(i + 1);
                if (next == '成' || next == '折') {
                    BigDecimal v = BigDecimal.valueOf(next == '成' ? 5 : 50);
                    out.add(new Numeral(i, i + 2, v, NumeralForm.PERCENT, i, i + 1, HALF,
                            Numeral.HAN | Numeral.TENTHS | (next == '折' ? Numeral.DISCOUNT : 0)));
                    return i + 2;
                }
                byte k = hanKind(next);
                return k == SMALL || k == BIG ? numberAt(i) : i + 1;
            }
            case '数', '數', '几', '幾':
                return hanKind(at(i + 1)) == SMALL || hanKind(at(i + 1)) == BIG ? numberAt(i) : i + 1;
            case '上': {
                char next = at(i + 1);
                byte k = hanKind(next);
                return (k == SMALL && hanValue(next) >= 100) || k == BIG ? numberAt(i) : i + 1;
            }
            default:
                break;
        }
        if (hanKind(c) != NumeralChars.NOT_HAN) {
            if (isAmbiguous(c) && !numeralNeighbour(i)) {
                return i + 1;
            }
            return numberAt(i);
        }
        return i + 1;
    }

    /**
     * Whether an ambiguous formal numeral (陆, 伍, 拾, 肆) at {@code q} stands next to another numeral,
     * which makes it a number (肆佰陸拾, 拾万, 陆点五折, 萬分之肆) rather than a word (陆地, 队伍).
     */
    private boolean numeralNeighbour(int q) {
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

    private Numeral hanCore(int p) {
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
            return new HanComposer().composeHalf(p);
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
                skipTo = e; // a run of scale characters is no number
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
                return Numeral.cardinal(q, e, v, Numeral.HAN | Numeral.BARE_SCALE | Numeral.SCALED);
            }
            return null;
        }
        if (flags == 0 && (kind == DIGIT || kind == ZERO)) {
            Numeral run = digitRun(q);
            if (run != null || skipTo > q) {
                return run;
            }
        }
        return new HanComposer().composeFrom(p, q, flags);
    }

    /**
     * Two or more Chinese digits side by side (一九九一, 二三十, 五五折, 两两). Returns null, with
     * {@link #skipTo} unset, when there is only one digit.
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
            skipTo = e; // a run of digit characters that long is no number
            return null;
        }
        int flags = Numeral.HAN;
        if (digits.length() == 1) {
            // "九 九 折": two digits with spaces before 折.
            int r = skipSpaces(e);
            if (r > e && hanKind(at(r)) == DIGIT && at(skipSpaces(r + 1)) == '折') {
                return Numeral.cardinal(q, r + 1, new BigDecimal(digits.toString() + hanValue(at(r))),
                        flags | Numeral.DIGIT_STRING);
            }
            return null;
        }
        String ds = digits.toString();
        if (digits.length() >= 3 || zero) {
            return Numeral.cardinal(q, e, new BigDecimal(ds), flags | Numeral.DIGIT_STRING);
        }
        if (at(skipSpaces(e)) == '折') {
            return Numeral.cardinal(q, e, new BigDecimal(ds), flags | Numeral.DIGIT_STRING);
        }
        if (ds.charAt(0) == ds.charAt(1)) {
            // 两两, 一一, 九九: a reduplication, a word, not a number.
            skipTo = e;
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
        return Numeral.cardinal(q, e, v, flags | Numeral.HEDGE | Numeral.RANGE);
    }

    /** Composes a Chinese number, which may start with digits (5万4千) and may hold digits (25億9,700萬). */
    private final class HanComposer {
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal section = BigDecimal.ZERO;
        private BigDecimal pending;
        private boolean pendingHanDigit;
        private boolean pendingAfterScale;
        private BigDecimal scaleBeforePending;
        private boolean leadingZero;
        private long lastSmall;
        private BigDecimal lastBig;
        private BigDecimal lastScale;
        private boolean lastWasScale;
        private boolean lastWasBig;
        private boolean afterZero;
        private boolean decimalDone;
        private int end;
        private int flags;
        private int tokens;
        private int hanChars;

        Numeral compose(int start, Numeral arabic) {
            pending = arabic.value();
            flags = arabic.flags();
            end = arabic.end();
            tokens = 1;
            Numeral r = loop(start, end);
            return r != null && r.end() > arabic.end() ? r : null;
        }

        Numeral composeFrom(int start, int q, int initialFlags) {
            flags = initialFlags;
            return loop(start, q);
        }

        /** 半百 = 50, 半万 = 5000. */
        Numeral composeHalf(int start) {
            pending = HALF;
            tokens = 1;
            hanChars = 1;
            end = start + 1;
            Numeral r = loop(start, start + 1);
            return r != null && r.end() > start + 1 ? r : null;
        }

        private Numeral loop(int start, int p) {
            while (true) {
                int q = tokens > 0 ? skipSpaces(p) : p;
                char c = at(q);
                byte kind = hanKind(c);
                if (kind == DIGIT) {
                    if ((pending != null && !leadingZero) || decimalDone) {
                        break;
                    }
                    if (isAmbiguous(c) && !numeralNeighbour(q)) {
                        break;
                    }
                    pendingAfterScale = lastWasScale && !afterZero;
                    scaleBeforePending = lastScale;
                    pending = BigDecimal.valueOf(hanValue(c));
                    pendingHanDigit = true;
                    leadingZero = false;
                    lastWasScale = false;
                    accept(q);
                    p = end;
                    continue;
                }
                if (NumeralChars.isDigit(c)) {
                    // Digits inside a Chinese number: 5万4千6百, 3万4000, 1千零20, 25億 9,700萬.
                    if (pending != null || decimalDone || tokens == 0 || !(lastWasScale || afterZero)) {
                        break;
                    }
                    Digits d = readDigits(q, true);
                    if (d == null || d.dottedNext()) {
                        break;
                    }
                    if (q > p) {
                        // Across a space only when a smaller scale follows (25 億 9,700 萬), never
                        // before an unrelated number (100亿 2025年).
                        char after = at(skipSpaces(d.end()));
                        byte ak = hanKind(after);
                        boolean smaller = ak == SMALL || (ak == BIG && lastBig != null
                                && BigDecimal.valueOf(hanValue(after)).compareTo(lastBig) < 0);
                        if (!smaller) {
                            break;
                        }
                    }
                    pendingAfterScale = false;
                    pending = d.value();
                    pendingHanDigit = false;
                    lastWasScale = false;
                    flags |= d.flags();
                    tokens++;
                    end = d.end();
                    p = end;
                    continue;
                }
                if (kind == ZERO) {
                    if (decimalDone) {
                        break;
                    }
                    if (tokens == 0) {
                        pending = BigDecimal.ZERO;
                        leadingZero = true;
                        accept(q);
                        p = end;
                        continue;
                    }
                    if (pending != null) {
                        break;
                    }
                    afterZero = true;
                    lastWasScale = false;
                    p = q + 1;
                    continue;
                }
                if (kind == SMALL || kind == TENS) {
                    if (decimalDone || (isAmbiguous(c) && !numeralNeighbour(q))) {
                        break;
                    }
                    long unit = kind == TENS ? 10 : hanValue(c);
                    if (lastSmall != 0 && unit >= lastSmall) {
                        break;
                    }
                    BigDecimal mult;
                    if (kind == TENS) {
                        if (pending != null && !leadingZero) {
                            break;
                        }
                        mult = BigDecimal.ONE;
                    } else if (pending != null && !leadingZero) {
                        mult = pending;
                    } else if (tokens == 0 || afterZero || lastWasBig || leadingZero) {
                        mult = BigDecimal.ONE;
                        if (tokens == 0) {
                            flags |= Numeral.BARE_SCALE;
                        }
                    } else {
                        break;
                    }
                    section = section.add(mult.multiply(BigDecimal.valueOf(hanValue(c))));
                    pending = null;
                    pendingHanDigit = false;
                    leadingZero = false;
                    lastSmall = unit;
                    lastScale = BigDecimal.valueOf(unit);
                    lastWasScale = true;
                    lastWasBig = false;
                    afterZero = false;
                    accept(q);
                    p = end;
                    continue;
                }
                if (kind == BIG) {
                    if (tokens == 0) {
                        break;
                    }
                    BigDecimal b = BigDecimal.valueOf(hanValue(c));
                    boolean empty = section.signum() == 0 && (pending == null || leadingZero);
                    if (empty) {
                        // 万亿, 万万: a stacked scale, up to 10^16.
                        if (!lastWasBig || lastBig.multiply(b).compareTo(MAX_STACKED_SCALE) > 0) {
                            break;
                        }
                        total = total.multiply(b);
                        lastBig = lastBig.multiply(b);
                    } else {
                        BigDecimal chunk = pending == null ? section : section.add(pending);
                        if (lastBig == null || b.compareTo(lastBig) > 0) {
                            if (total.signum() != 0 && lastBig.multiply(b).compareTo(MAX_STACKED_SCALE) > 0) {
                                break;
                            }
                            total = total.add(chunk).multiply(b);
                        } else if (b.compareTo(lastBig) < 0) {
                            total = total.add(chunk.multiply(b));
                        } else {
                            break; // 四万四万: the same scale again starts another number
                        }
                        lastBig = b;
                    }
                    section = BigDecimal.ZERO;
                    pending = null;
                    pendingHanDigit = false;
                    leadingZero = false;
                    lastSmall = 0;
                    lastScale = b;
                    lastWasScale = true;
                    lastWasBig = true;
                    afterZero = false;
                    flags |= Numeral.SCALED;
                    accept(q);
                    p = end;
                    continue;
                }
                if ((c == '点' || c == '點') && tokens > 0 && !decimalDone) {
                    int r = skipSpaces(q + 1);
                    StringBuilder frac = new StringBuilder();
                    int k = r;
                    while (true) {
                        char f = at(k);
                        byte fk = hanKind(f);
                        if ((fk == DIGIT || fk == ZERO) && !(fk == DIGIT && hanValue(f) == 2 && f != '二' && f != '贰'
                                && f != '貳')) {
                            frac.append(hanValue(f));
                        } else if (NumeralChars.isDigit(f)) {
                            frac.append(f);
                        } else {
                            break;
                        }
                        k++;
                    }
                    if (frac.length() == 0) {
                        break;
                    }
                    section = section.add(pendingValue()).add(new BigDecimal("0." + frac));
                    pending = null;
                    pendingHanDigit = false;
                    leadingZero = false;
                    decimalDone = true;
                    lastWasScale = false;
                    lastWasBig = false;
                    flags |= Numeral.DECIMAL;
                    hanChars += k - q;
                    tokens++;
                    end = k;
                    p = k;
                    continue;
                }
                if ((c == '余' || c == '餘' || c == '多') && tokens > 0
                        && (lastWasScale || (pending != null && !pendingHanDigit))) {
                    int r = skipSpaces(q + 1);
                    byte k2 = hanKind(at(r));
                    if (k2 == BIG || (k2 == SMALL && (lastSmall == 0 || hanValue(at(r)) < lastSmall))) {
                        flags |= Numeral.OVER;
                        hanChars++;
                        p = r;
                        tokens++;
                        continue;
                    }
                    if (c != '多') {
                        flags |= Numeral.OVER;
                        hanChars++;
                        end = q + 1;
                    }
                    break;
                }
                if ((c == '几' || c == '幾') && tokens > 0 && pending == null && (lastWasScale || afterZero)) {
                    pending = BigDecimal.ZERO;
                    pendingHanDigit = false;
                    pendingAfterScale = false;
                    flags |= Numeral.OVER;
                    lastWasScale = false;
                    accept(q);
                    p = end;
                    continue;
                }
                break;
            }
            if (tokens == 0 || end <= start) {
                return null;
            }
            BigDecimal value = total.add(section).add(pendingValue());
            if (hanChars > 0) {
                flags |= Numeral.HAN;
            }
            if (hanChars == 1 && end - start == 1 && (flags & Numeral.ARABIC) == 0) {
                flags |= Numeral.SINGLE_HAN;
            }
            return Numeral.cardinal(start, end, value, flags);
        }

        private void accept(int q) {
            tokens++;
            hanChars++;
            end = q + 1;
        }

        /** The pending digit, read as the next lower place after a scale: 一万三 = 13000, 四百五 = 450. */
        private BigDecimal pendingValue() {
            if (pending == null) {
                return BigDecimal.ZERO;
            }
            if (pendingHanDigit && pendingAfterScale && scaleBeforePending != null
                    && scaleBeforePending.compareTo(HUNDRED) >= 0) {
                return pending.multiply(scaleBeforePending).divide(TEN);
            }
            return pending;
        }
    }

    // ------------------------------------------------------------------ wrappers

    /** Turns a cardinal into a percentage, fraction, discount … when the next characters say so. */
    private Numeral wrap(Numeral x) {
        int e = x.end();
        int q = skipSpaces(e);
        char c = simple(at(q));
        switch (c) {
            case '分': {
                Numeral f = chineseFraction(x, q);
                return f != null ? f : x;
            }
            case '又': {
                Numeral m = mixedFraction(x, q);
                return m != null ? m : x;
            }
            case '%':
                return new Numeral(x.start(), q + 1, x.value(), NumeralForm.PERCENT, x.start(), x.end(), x.value(),
                        x.flags() | Numeral.PERCENT_SIGN);
            case '个':
            case '百': {
                int r = percentagePoints(q);
                if (r > 0) {
                    return new Numeral(x.start(), r, x.value(), NumeralForm.PERCENT, x.start(), x.end(), x.value(),
                            x.flags() | Numeral.POINTS | Numeral.PERCENT_WORD);
                }
                return x;
            }
            case '成':
                return tenths(x, q);
            case '折':
                return discount(x, q);
            case '打':
                if (q == e && notIn(at(q + 1), DA_VERB_NEXT)) {
                    return new Numeral(x.start(), q + 1, x.value().multiply(TWELVE), NumeralForm.CARDINAL, x.start(),
                            q + 1, x.value().multiply(TWELVE), x.flags());
                }
                return x;
            case '级':
                if (q == e && x.has(Numeral.SCALED)) {
                    return new Numeral(x.start(), q + 1, x.value(), NumeralForm.CARDINAL, x.start(), q + 1, x.value(),
                            x.flags() | Numeral.APPROX);
                }
                return x;
            default:
                break;
        }
        if (NumeralChars.isLetter(c) && !letterAt(q - 1)) {
            return englishAfter(x, q);
        }
        if (NumeralChars.isDigit(c) && q > e && x.has(Numeral.ARABIC) && e - x.start() == 1 && !digitAt(q + 1)
                && at(skipSpaces(q + 1)) == '折') {
            // "7 2 折": a two-digit discount written with a space.
            BigDecimal v = BigDecimal.valueOf((at(x.start()) - '0') * 10L + (c - '0'));
            int end = skipSpaces(q + 1) + 1;
            return new Numeral(x.start(), end, v, NumeralForm.PERCENT, x.start(), q + 1, v,
                    x.flags() | Numeral.TENTHS | Numeral.DISCOUNT);
        }
        return x;
    }

    private static boolean notIn(char c, String set) {
        return c == '\0' || set.indexOf(c) < 0;
    }

    /** X 分之 Y, and the Hong Kong short form 三分一. */
    private Numeral chineseFraction(Numeral x, int q) {
        int r = skipSpaces(q + 1);
        if (at(r) == '之') {
            int y0 = skipSpaces(r + 1);
            if (!startsNumber(y0) || x.value().signum() == 0) {
                return null;
            }
            Numeral y = core(y0);
            if (y == null || y.form() != NumeralForm.CARDINAL || y.has(Numeral.HEDGE)) {
                return null;
            }
            return fraction(x, y);
        }
        // 三分一: a single digit, 分, a smaller single digit.
        char d = at(q + 1);
        if (q == x.end() && x.has(Numeral.SINGLE_HAN) && hanKind(d) == DIGIT && !isAmbiguous(d)
                && hanKind(at(q + 2)) == NumeralChars.NOT_HAN) {
            long den = x.value().longValue();
            long num = hanValue(d);
            if (hanKind(at(x.start())) == DIGIT && den >= 2 && den <= 9 && num < den) {
                BigDecimal v = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), DIVISION);
                return new Numeral(x.start(), q + 2, v, NumeralForm.FRACTION, x.start(), q + 2, v,
                        x.flags() | Numeral.HAN_FRACTION);
            }
        }
        return null;
    }

    /** Y/X; a bare 百/千/万 denominator (百分之, 千分之) makes it a percentage. */
    private Numeral fraction(Numeral x, Numeral y) {
        int flags = x.flags() | y.flags() | Numeral.HAN_FRACTION;
        boolean percent = x.has(Numeral.BARE_SCALE) && isPowerOfTen(x.value()) && x.value().compareTo(HUNDRED) >= 0;
        if (percent) {
            BigDecimal v = y.value().multiply(HUNDRED).divide(x.value(), DIVISION);
            return new Numeral(x.start(), y.end(), v, NumeralForm.PERCENT, y.start(), y.end(), y.value(),
                    (flags | Numeral.PERCENT_WORD) & ~Numeral.HAN_FRACTION);
        }
        BigDecimal v = y.value().divide(x.value(), DIVISION);
        return new Numeral(x.start(), y.end(), v, NumeralForm.FRACTION, x.start(), y.end(), v, flags);
    }

    private static boolean isPowerOfTen(BigDecimal v) {
        BigDecimal t = v.stripTrailingZeros();
        return t.unscaledValue().equals(java.math.BigInteger.ONE) && t.scale() <= 0;
    }

    /** 三百五又三分之一, 3又一千分之23. */
    private Numeral mixedFraction(Numeral x, int q) {
        if (x.has(Numeral.DECIMAL) || x.value().stripTrailingZeros().scale() > 0) {
            return null;
        }
        int r = skipSpaces(q + 1);
        if (!startsNumber(r)) {
            return null;
        }
        Numeral den = core(r);
        if (den == null || den.form() != NumeralForm.CARDINAL) {
            return null;
        }
        int k = skipSpaces(den.end());
        if (at(k) != '分') {
            return null;
        }
        Numeral f = chineseFraction(den, k);
        if (f == null || f.form() != NumeralForm.FRACTION) {
            return null;
        }
        BigDecimal v = x.value().signum() < 0 ? x.value().subtract(f.value()) : x.value().add(f.value());
        return new Numeral(x.start(), f.end(), v, NumeralForm.FRACTION, x.start(), f.end(), v,
                x.flags() | f.flags());
    }

    /** 个百分点 / 百分点, with spaces allowed between the characters. Returns the end, or -1. */
    private int percentagePoints(int q) {
        int k = q;
        if (simple(at(k)) == '个') {
            k = skipSpaces(k + 1);
        }
        if (at(k) != '百') {
            return -1;
        }
        k = skipSpaces(k + 1);
        if (at(k) != '分') {
            return -1;
        }
        k = skipSpaces(k + 1);
        return simple(at(k)) == '点' ? k + 1 : -1;
    }

    /** X成 = X tenths: 九成 = 90%, 三成半 = 35%, 七成六 = 76%. */
    private Numeral tenths(Numeral x, int q) {
        BigDecimal v = x.value();
        if (v.signum() < 0 || v.compareTo(TEN) > 0 || !notIn(at(q + 1), CHENG_WORD_NEXT)) {
            return x;
        }
        BigDecimal percent = v.multiply(TEN);
        int end = q + 1;
        if (at(end) == '半') {
            percent = percent.add(BigDecimal.valueOf(5));
            end++;
        } else if (v.stripTrailingZeros().scale() <= 0 && v.compareTo(TEN) < 0) {
            int r = skipSpaces(end);
            char d = at(r);
            boolean digit = (hanKind(d) == DIGIT && !isAmbiguous(d)) || NumeralChars.isDigit(d);
            char after = at(r + 1);
            if (digit && d != '两' && d != '兩' && !NumeralChars.isHanNumeral(after) && !NumeralChars.isDigit(after)
                    && !NumeralChars.isLetter(after) && "成折个個%.点點".indexOf(after) < 0
                    && (r == end || !NumeralChars.isHan(after))) {
                long dv = NumeralChars.isDigit(d) ? d - '0' : hanValue(d);
                percent = percent.add(BigDecimal.valueOf(dv));
                end = r + 1;
            }
        }
        return new Numeral(x.start(), end, percent, NumeralForm.PERCENT, x.start(), x.end(), x.value(),
                x.flags() | Numeral.TENTHS);
    }

    /** X折: a discount in tenths: 八折 = 80%, 75折 = 75%, 9.9折 = 99%. */
    private Numeral discount(Numeral x, int q) {
        if (!notIn(at(q + 1), ZHE_WORD_NEXT)) {
            return x;
        }
        BigDecimal v = x.value();
        BigDecimal percent;
        boolean integer = v.stripTrailingZeros().scale() <= 0;
        if (x.has(Numeral.DIGIT_STRING)) {
            percent = v.compareTo(HUNDRED) < 0 ? v : null;
        } else if (v.signum() > 0 && v.compareTo(TEN) < 0) {
            percent = v.multiply(TEN);
        } else if (integer && v.compareTo(TEN) > 0 && v.compareTo(HUNDRED) < 0 && x.has(Numeral.ARABIC)) {
            percent = v;
        } else {
            percent = null;
        }
        if (percent == null) {
            return x;
        }
        return new Numeral(x.start(), q + 1, percent, NumeralForm.PERCENT, x.start(), x.end(), x.value(),
                x.flags() | Numeral.TENTHS | Numeral.DISCOUNT);
    }

    /** English words after a cardinal: percent, per cent, percentage points; X over Y, X out of Y, X in Y. */
    private Numeral englishAfter(Numeral x, int q) {
        EnglishWords.Word w = word(q);
        long key = lastWordKey;
        int afterWord = wordEnd;
        if (w != null && w.type() == EnglishWords.PERCENT) {
            int end = afterWord;
            int flags = x.flags() | Numeral.PERCENT_WORD;
            int r = skipSpaces(end);
            if (letterAt(r)) {
                word(r);
                if (lastWordKey == KEY_POINT || lastWordKey == KEY_POINTS) {
                    end = wordEnd;
                    flags |= Numeral.POINTS;
                }
            }
            return new Numeral(x.start(), end, x.value(), NumeralForm.PERCENT, x.start(), x.end(), x.value(), flags);
        }
        if (w != null && w.type() == EnglishWords.PER) {
            int r = skipSpaces(afterWord);
            EnglishWords.Word w2 = letterAt(r) ? word(r) : null;
            if (w2 != null && w2.type() == EnglishWords.CENT) {
                return new Numeral(x.start(), wordEnd, x.value(), NumeralForm.PERCENT, x.start(), x.end(), x.value(),
                        x.flags() | Numeral.PERCENT_WORD);
            }
            return x;
        }
        if (key == KEY_OVER || key == KEY_IN || key == KEY_OUT) {
            int r = skipSpaces(afterWord);
            if (key == KEY_OUT) {
                if (!letterAt(r)) {
                    return x;
                }
                word(r);
                if (lastWordKey != KEY_OF) {
                    return x;
                }
                r = skipSpaces(wordEnd);
            }
            if (r == afterWord || !(digitAt(r) || letterAt(r))) {
                return x;
            }
            Numeral y = digitAt(r) ? arabicCoreQuiet(r) : englishCore(r, null);
            if (y == null || y.form() != NumeralForm.CARDINAL || y.value().signum() == 0) {
                return x;
            }
            boolean proper = x.value().abs().compareTo(y.value().abs()) < 0;
            boolean sentenceEnd = sentenceEndsAt(y.end());
            boolean ok = key == KEY_OVER ? sentenceEnd : key == KEY_OUT ? proper : proper && sentenceEnd;
            if (!ok) {
                return x;
            }
            BigDecimal v = x.value().divide(y.value(), DIVISION);
            return new Numeral(x.start(), y.end(), v, NumeralForm.FRACTION, x.start(), y.end(), v,
                    x.flags() | y.flags());
        }
        return x;
    }

    private Numeral arabicCoreQuiet(int r) {
        int savedChain = pendingChain;
        int savedSkip = skipTo;
        Numeral y = arabicCore(r);
        pendingChain = savedChain;
        skipTo = savedSkip;
        return y;
    }

    private boolean sentenceEndsAt(int i) {
        int k = skipSpaces(i);
        char c = at(k);
        return c == '\0' || c == '.' || c == '?' || c == '!' || c == ',' || c == ';' || c == '\n' || c == '\r'
                || c == ')' || c == '。';
    }

    // ------------------------------------------------------------------ English words

    private long lastWordKey;

    /** The number word at {@code q} (which must start a word), or null; sets {@link #wordEnd}. */
    private EnglishWords.Word word(int q) {
        long key = 0;
        int j = q;
        while (letterAt(j)) {
            key = EnglishWords.extend(key, at(j));
            j++;
        }
        wordEnd = j;
        lastWordKey = key;
        EnglishWords.Word w = EnglishWords.lookup(key);
        if (w != null && w.type() == EnglishWords.PERCENT && j - q == 3 && allCapitals(q, j)) {
            // Capital "PCT" after a number is the Patent Cooperation Treaty ("filed 128,000 PCT applications",
            // "69,500 PCT filings"); wire copy abbreviates percent in lower case ("rose 5 pct").
            return null;
        }
        return w;
    }

    private boolean allCapitals(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(at(k))) {
                return false;
            }
        }
        return true;
    }

    private int wordAt(int i) {
        if (letterAt(i - 1)) {
            int j = i;
            while (letterAt(j)) {
                j++;
            }
            return j;
        }
        EnglishWords.Word w = word(i);
        long key = lastWordKey;
        int end = wordEnd;
        if (digitAt(end)) {
            return unitWord(i, end) ? end : endOfAlphanumeric(end);
        }
        if (w == null) {
            if ((key == KEY_HTTP || key == KEY_HTTPS || key == KEY_FTP) && at(end) == ':' && at(end + 1) == '/') {
                return skipAddress(i, end);
            }
            if (key == KEY_WWW && at(end) == '.') {
                return skipAddress(i, end);
            }
            return end;
        }
        switch (w.type()) {
            case EnglishWords.PERCENT:
            case EnglishWords.PER:
                return percentOf(i, w);
            case EnglishWords.AND:
            case EnglishWords.POINT:
            case EnglishWords.CENT:
            case EnglishWords.DOZEN:
                return end;
            case EnglishWords.BIG:
                return end; // a scale word needs a number before it
            case EnglishWords.HUNDRED:
                if (w.plural()) {
                    return end;
                }
                break;
            case EnglishWords.A: {
                // "a" and "an" start a number only before hundred, a scale, dozen, half or a fraction word.
                int r = skipSpaces(end);
                EnglishWords.Word next = r > end && letterAt(r) ? word(r) : null;
                if (next == null || !(next.type() == EnglishWords.HUNDRED || next.type() == EnglishWords.BIG
                        || next.type() == EnglishWords.DOZEN || next.type() == EnglishWords.HALF
                        || next.type() == EnglishWords.ORD || next.type() == EnglishWords.TENS)) {
                    return end;
                }
                break;
            }
            case EnglishWords.MINUS: {
                int r = skipSpaces(end);
                if (r > end && digitAt(r)) {
                    pendingChain = 0;
                    Numeral body = arabicCore(r);
                    if (body == null || pendingChain != 0) {
                        return end;
                    }
                    Numeral neg = signed(body, i, true);
                    if (neg.form() == NumeralForm.CARDINAL) {
                        neg = wrap(neg);
                    }
                    out.add(neg);
                    return neg.end();
                }
                break;
            }
            default:
                break;
        }
        Numeral core = englishCore(i, null);
        if (core == null) {
            return end;
        }
        if (core.form() == NumeralForm.CARDINAL) {
            core = wrap(core);
        }
        out.add(core);
        return core.end();
    }

    /** "percent of 10", "per cent of twenty-two". */
    private int percentOf(int i, EnglishWords.Word w) {
        int k = wordEnd;
        if (w.type() == EnglishWords.PER) {
            int r = skipSpaces(k);
            EnglishWords.Word cent = letterAt(r) ? word(r) : null;
            if (cent == null || cent.type() != EnglishWords.CENT) {
                return k;
            }
            k = wordEnd;
        }
        int r = skipSpaces(k);
        if (!letterAt(r)) {
            return k;
        }
        word(r);
        if (lastWordKey != KEY_OF) {
            return k;
        }
        int y0 = skipSpaces(wordEnd);
        if (y0 == wordEnd) {
            return k;
        }
        Numeral y = digitAt(y0) ? arabicCoreQuiet(y0) : letterAt(y0) ? englishCore(y0, null) : null;
        if (y == null || y.form() != NumeralForm.CARDINAL) {
            return k;
        }
        out.add(new Numeral(i, y.end(), y.value(), NumeralForm.PERCENT, y.start(), y.end(), y.value(),
                y.flags() | Numeral.PERCENT_WORD));
        return y.end();
    }


    /**
     * Reads English number words from {@code p} (and the digits {@code first}, when the number began
     * with digits: 3 hundred and 21, 2.48 billion).
     */
    private Numeral englishCore(int p, Numeral first) {
        List<EnglishTokens.Tok> toks = new ArrayList<>(8);
        int k = p;
        boolean afterAnd = false;
        boolean hyphen = false;
        if (first != null) {
            toks.add(new EnglishTokens.Tok((byte) 0, first.value(), false, (byte) 0, first.start(), first.end(), false, false));
        }
        while (toks.size() < 40) {
            if (!letterAt(k) && !(digitAt(k) && !toks.isEmpty())) {
                break;
            }
            EnglishTokens.Tok t;
            if (digitAt(k)) {
                EnglishTokens.Tok prev = toks.get(toks.size() - 1);
                boolean afterScale = prev.type() == EnglishWords.HUNDRED || prev.type() == EnglishWords.BIG;
                if (!(prev.type() == EnglishWords.AND || afterScale) || letterAt(k - 1)) {
                    break;
                }
                Digits d = readDigits(k, true);
                if (d == null || letterAt(d.end()) || d.dottedNext()) {
                    break;
                }
                if (afterScale && prev.type() == EnglishWords.BIG) {
                    // 4 thousand 3 hundred: digits after thousand only when a scale word follows.
                    int r = skipSpaces(d.end());
                    EnglishWords.Word nw = letterAt(r) ? word(r) : null;
                    if (nw == null || (nw.type() != EnglishWords.HUNDRED && nw.type() != EnglishWords.BIG)) {
                        break;
                    }
                } else if (prev.type() == EnglishWords.AND && d.value().compareTo(BigDecimal.valueOf(1000)) >= 0) {
                    break;
                } else if (afterScale && prev.type() == EnglishWords.HUNDRED) {
                    break;
                }
                t = new EnglishTokens.Tok((byte) 0, d.value(), false, (byte) 0, k, d.end(), afterAnd, hyphen);
            } else {
                if (letterAt(k - 1)) {
                    break;
                }
                EnglishWords.Word w = word(k);
                if (w == null || digitAt(wordEnd)) {
                    break;
                }
                byte type = w.type();
                if (type == EnglishWords.PERCENT || type == EnglishWords.PER || type == EnglishWords.CENT) {
                    break;
                }
                if (type == EnglishWords.MINUS && !toks.isEmpty()) {
                    break;
                }
                t = new EnglishTokens.Tok(type, BigDecimal.valueOf(w.value()), w.plural(), w.base(), k, wordEnd, afterAnd, hyphen);
            }
            toks.add(t);
            afterAnd = t.type() == EnglishWords.AND;
            // Separator to the next token: spaces, or a hyphen with optional spaces (fifty - two).
            int r = skipSpaces(t.end());
            hyphen = false;
            if (at(r) == '-' && r + 1 < n) {
                int r2 = skipSpaces(r + 1);
                if (letterAt(r2) || digitAt(r2)) {
                    hyphen = true;
                    r = r2;
                }
            }
            if (r == t.end() && !hyphen) {
                break;
            }
            k = r;
        }
        if (toks.isEmpty()) {
            return null;
        }
        EnglishTokens.Reading r = new EnglishTokens(toks, first != null).read();
        if (r == null) {
            return null;
        }
        Numeral x = r.numeral();
        // "one" after the, this, which …: a pronoun (the one you mentioned).
        if (r.loneOne() && pronounBefore(x.start())) {
            return null;
        }
        return r.negative() ? signed(x, toks.get(0).start(), true) : x;
    }

    private boolean pronounBefore(int start) {
        int k = start - 1;
        while (k >= 0 && at(k) == ' ') {
            k--;
        }
        int e = k + 1;
        while (k >= 0 && letterAt(k)) {
            k--;
        }
        if (e - (k + 1) == 0 || e - (k + 1) > 8) {
            return false;
        }
        long key = 0;
        for (int m = k + 1; m < e; m++) {
            key = EnglishWords.extend(key, at(m));
        }
        for (long p : PRONOUN_ONE_BEFORE) {
            if (p == key) {
                return true;
            }
        }
        return false;
    }
}
