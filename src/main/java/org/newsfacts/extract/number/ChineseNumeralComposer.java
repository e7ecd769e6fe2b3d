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

/**
 * Composes one Chinese number from digits and scale characters, left to right: 二百五十, 一万三 (13,000),
 * 三千零五, 一千零20, and numbers that start with or hold Arabic digits (5万4千, 16.9萬, 25億 9,700萬,
 * 500余万). A section below 万 is summed first, then multiplied by the big scale after it (万, 亿, 兆),
 * which may be stacked (万亿). One instance per number: its fields are the state of that one reading.
 */
final class ChineseNumeralComposer extends NumeralReader {

    /** The largest scale a Chinese number may reach by stacking scale characters (万亿 = 10^12, 兆 = 10^12). */
    private static final BigDecimal MAX_STACKED_SCALE = new BigDecimal("1e16");
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");

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
    /**
     * One unit of the last group written in Arabic digits, times the scales written after it (16.9萬 → 1,000,
     * 25億9,700萬 → 10,000); null when the last place was written with a Chinese character, whose number is
     * then as precise as its last non-zero place (三千五百萬 → 1,000,000).
     */
    private BigDecimal digitStep;

    ChineseNumeralComposer(NumeralScan scan, CharSequence s) {
        super(scan, s);
    }

    /** Digits (an Arabic numeral already read) with the Chinese scales after them: 16.9萬, 3万4000; null where none follows. */
    Numeral compose(int start, Numeral arabic) {
        pending = arabic.value();
        digitStep = arabic.step();
        flags = arabic.flags();
        end = arabic.end();
        tokens = 1;
        Numeral r = loop(start, end);
        return r != null && r.end() > arabic.end() ? r : null;
    }

    /** A Chinese number from {@code q} (after a hedge such as 数 or 几 at {@code start}). */
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
                if (isAmbiguous(c) && !scan.han.numeralNeighbour(q)) {
                    break;
                }
                pendingAfterScale = lastWasScale && !afterZero;
                scaleBeforePending = lastScale;
                pending = BigDecimal.valueOf(hanValue(c));
                pendingHanDigit = true;
                digitStep = null;
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
                ArabicNumeralReader.Digits d = scan.arabic.readDigits(q, true);
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
                digitStep = d.step();
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
                    digitStep = null;
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
                if (decimalDone || (isAmbiguous(c) && !scan.han.numeralNeighbour(q))) {
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
                boolean digitsBefore = pending != null && !leadingZero && !pendingHanDigit && kind == SMALL;
                digitStep = digitsBefore && digitStep != null
                        ? digitStep.multiply(BigDecimal.valueOf(hanValue(c))) : null;
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
                if (digitStep != null) {
                    digitStep = digitStep.multiply(b);
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
                digitStep = null;
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
                digitStep = null;
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
        return Numeral.cardinal(start, end, value, flags, step(value));
    }

    private BigDecimal step(BigDecimal value) {
        return digitStep != null ? digitStep : Numeral.place(value);
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
