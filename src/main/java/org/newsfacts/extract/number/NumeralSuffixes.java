package org.newsfacts.extract.number;

import org.newsfacts.text.normalize.ScriptConverter;

import static org.newsfacts.extract.number.NumeralChars.DIGIT;
import static org.newsfacts.extract.number.NumeralChars.hanKind;
import static org.newsfacts.extract.number.NumeralChars.hanValue;
import static org.newsfacts.extract.number.NumeralChars.isAmbiguous;

import java.math.BigDecimal;

/**
 * What may follow a cardinal of any numeral system and turn it into another form: a percentage (9%, 九成,
 * 百分之十五, 2.4个百分点, 15 per cent, percentage points), a fraction (三分之一, 三分一, 三百五又三分之一,
 * 3 out of 10, 7 over 8), a discount (八折, 75折) or a dozen (3打), and 级 after a scale (百亿级, an order of
 * magnitude).
 */
final class NumeralSuffixes extends NumeralReader {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    /** Characters after 成 that make it a word (成为, 成本, 成功) rather than tenths. */
    private static final String CHENG_WORD_NEXT = "为為员員本功果交立长長绩績熟就型都品效批年分人份色像语語形全事败敗千百万萬群家行文器材活婚名真套片堆串双雙对對";
    /** Characters after 折 that make it a word (折合, 折扣, 折旧) rather than a discount. */
    private static final String ZHE_WORD_NEXT = "合扣旧舊算叠疊返射价價让讓中腰服线線衷损損现現算成";
    /** Characters after 打 that make it a verb (打开, 打造) rather than a dozen. */
    private static final String DA_VERB_NEXT = "折对對开開造算击擊破工入出电電球卡压壓扰擾通响響印扫掃包听聽断斷架败敗赢贏倒动動车車伤傷拼理扮"
            + "量算听招交针針的了着著过過完好起上下进進成";
    private static final long KEY_OVER = EnglishWords.key("over");
    private static final long KEY_OUT = EnglishWords.key("out");
    private static final long KEY_OF = EnglishWords.key("of");
    private static final long KEY_IN = EnglishWords.key("in");
    private static final long KEY_POINT = EnglishWords.key("point");
    private static final long KEY_POINTS = EnglishWords.key("points");

    NumeralSuffixes(NumeralScan scan, CharSequence s) {
        super(scan, s);
    }

    /** Turns a cardinal into a percentage, fraction, discount … when the next characters say so. */
    Numeral wrap(Numeral x) {
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
                        x.flags() | Numeral.PERCENT_SIGN, x.step());
            case '个':
            case '百': {
                int r = percentagePoints(q);
                if (r > 0) {
                    return new Numeral(x.start(), r, x.value(), NumeralForm.PERCENT, x.start(), x.end(), x.value(),
                            x.flags() | Numeral.POINTS | Numeral.PERCENT_WORD, x.step());
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
                            q + 1, x.value().multiply(TWELVE), x.flags(), x.step().multiply(TWELVE));
                }
                return x;
            case '级':
                if (q == e && x.has(Numeral.SCALED)) {
                    return new Numeral(x.start(), q + 1, x.value(), NumeralForm.CARDINAL, x.start(), q + 1, x.value(),
                            x.flags() | Numeral.APPROX, x.step());
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
                    x.flags() | Numeral.TENTHS | Numeral.DISCOUNT, BigDecimal.ONE);
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
            if (!scan.startsNumber(y0) || x.value().signum() == 0) {
                return null;
            }
            Numeral y = scan.core(y0);
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
                BigDecimal v = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), NumeralScan.DIVISION);
                return new Numeral(x.start(), q + 2, v, NumeralForm.FRACTION, x.start(), q + 2, v,
                        x.flags() | Numeral.HAN_FRACTION, BigDecimal.ZERO);
            }
        }
        return null;
    }

    /** Y/X; a bare 百/千/万 denominator (百分之, 千分之) makes it a percentage. */
    private Numeral fraction(Numeral x, Numeral y) {
        int flags = x.flags() | y.flags() | Numeral.HAN_FRACTION;
        boolean percent = x.has(Numeral.BARE_SCALE) && isPowerOfTen(x.value()) && x.value().compareTo(HUNDRED) >= 0;
        if (percent) {
            BigDecimal v = y.value().multiply(HUNDRED).divide(x.value(), NumeralScan.DIVISION);
            return new Numeral(x.start(), y.end(), v, NumeralForm.PERCENT, y.start(), y.end(), y.value(),
                    (flags | Numeral.PERCENT_WORD) & ~Numeral.HAN_FRACTION, percentStep(x, y));
        }
        BigDecimal v = y.value().divide(x.value(), NumeralScan.DIVISION);
        return new Numeral(x.start(), y.end(), v, NumeralForm.FRACTION, x.start(), y.end(), v, flags, BigDecimal.ZERO);
    }

    /** 百分之十五 → 15's step; 千分之三 → a tenth of 3's step, in percent. */
    private static BigDecimal percentStep(Numeral x, Numeral y) {
        return y.step().multiply(HUNDRED).divide(x.value(), NumeralScan.DIVISION);
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
        if (!scan.startsNumber(r)) {
            return null;
        }
        Numeral den = scan.core(r);
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
                x.flags() | f.flags(), BigDecimal.ZERO);
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
        BigDecimal step = x.step().multiply(TEN);
        int end = q + 1;
        if (at(end) == '半') {
            percent = percent.add(BigDecimal.valueOf(5));
            step = BigDecimal.valueOf(5);
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
                step = BigDecimal.ONE;
                end = r + 1;
            }
        }
        return new Numeral(x.start(), end, percent, NumeralForm.PERCENT, x.start(), x.end(), x.value(),
                x.flags() | Numeral.TENTHS, step);
    }

    /** X折: a discount in tenths: 八折 = 80%, 75折 = 75%, 9.9折 = 99%. */
    private Numeral discount(Numeral x, int q) {
        if (!notIn(at(q + 1), ZHE_WORD_NEXT)) {
            return x;
        }
        BigDecimal v = x.value();
        BigDecimal percent;
        BigDecimal step = x.step();
        boolean integer = v.stripTrailingZeros().scale() <= 0;
        if (x.has(Numeral.DIGIT_STRING)) {
            percent = v.compareTo(HUNDRED) < 0 ? v : null;
        } else if (v.signum() > 0 && v.compareTo(TEN) < 0) {
            percent = v.multiply(TEN);
            step = step.multiply(TEN);
        } else if (integer && v.compareTo(TEN) > 0 && v.compareTo(HUNDRED) < 0 && x.has(Numeral.ARABIC)) {
            percent = v;
        } else {
            percent = null;
        }
        if (percent == null) {
            return x;
        }
        return new Numeral(x.start(), q + 1, percent, NumeralForm.PERCENT, x.start(), x.end(), x.value(),
                x.flags() | Numeral.TENTHS | Numeral.DISCOUNT, step);
    }

    /** English words after a cardinal: percent, per cent, percentage points; X over Y, X out of Y, X in Y. */
    private Numeral englishAfter(Numeral x, int q) {
        EnglishNumberReader english = scan.english;
        EnglishWords.Word w = english.word(q);
        long key = english.lastWordKey;
        int afterWord = english.wordEnd;
        if (w != null && w.type() == EnglishWords.PERCENT) {
            int end = afterWord;
            int flags = x.flags() | Numeral.PERCENT_WORD;
            int r = skipSpaces(end);
            if (letterAt(r)) {
                english.word(r);
                if (english.lastWordKey == KEY_POINT || english.lastWordKey == KEY_POINTS) {
                    end = english.wordEnd;
                    flags |= Numeral.POINTS;
                }
            }
            return new Numeral(x.start(), end, x.value(), NumeralForm.PERCENT, x.start(), x.end(), x.value(), flags, x.step());
        }
        if (w != null && w.type() == EnglishWords.PER) {
            int r = skipSpaces(afterWord);
            EnglishWords.Word w2 = letterAt(r) ? english.word(r) : null;
            if (w2 != null && w2.type() == EnglishWords.CENT) {
                return new Numeral(x.start(), english.wordEnd, x.value(), NumeralForm.PERCENT, x.start(), x.end(), x.value(),
                        x.flags() | Numeral.PERCENT_WORD, x.step());
            }
            return x;
        }
        if (key == KEY_OVER || key == KEY_IN || key == KEY_OUT) {
            int r = skipSpaces(afterWord);
            if (key == KEY_OUT) {
                if (!letterAt(r)) {
                    return x;
                }
                english.word(r);
                if (english.lastWordKey != KEY_OF) {
                    return x;
                }
                r = skipSpaces(english.wordEnd);
            }
            if (r == afterWord || !(digitAt(r) || letterAt(r))) {
                return x;
            }
            Numeral y = digitAt(r) ? scan.arabic.quietCore(r) : english.core(r, null);
            if (y == null || y.form() != NumeralForm.CARDINAL || y.value().signum() == 0) {
                return x;
            }
            boolean proper = x.value().abs().compareTo(y.value().abs()) < 0;
            boolean sentenceEnd = sentenceEndsAt(y.end());
            boolean ok = key == KEY_OVER ? sentenceEnd : key == KEY_OUT ? proper : proper && sentenceEnd;
            if (!ok) {
                return x;
            }
            BigDecimal v = x.value().divide(y.value(), NumeralScan.DIVISION);
            return new Numeral(x.start(), y.end(), v, NumeralForm.FRACTION, x.start(), y.end(), v,
                    x.flags() | y.flags(), BigDecimal.ZERO);
        }
        return x;
    }

    private boolean sentenceEndsAt(int i) {
        int k = skipSpaces(i);
        char c = at(k);
        return c == '\0' || c == '.' || c == '?' || c == '!' || c == ',' || c == ';' || c == '\n' || c == '\r'
                || c == ')' || c == '。';
    }

    /**
     * A suffix character in Simplified script (個 → 个, 點 → 点, 餘 → 余), by OpenCC's character table through
     * the one converter, so a text that did not pass the matching view (a lexicon entry, a test sentence)
     * reads as the view does.
     */
    private static char simple(char c) {
        if (c < 0x2E80) {
            return c;
        }
        String simplified = ScriptConverter.shared().toSimplified(c);
        return simplified.length() == 1 ? simplified.charAt(0) : c;
    }
}
