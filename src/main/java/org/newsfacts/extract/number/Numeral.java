package org.newsfacts.extract.number;

import org.newsfacts.text.Span;

import java.math.BigDecimal;

/**
 * One numeral read from a text.
 *
 * <p>{@code span} is the whole numeral in the scanned text (Java chars, end exclusive):
 * for 第二百五十 that includes 第, for 百分之十五 the 百分之, for 16.9萬 the 萬. {@code numberSpan}
 * and {@code number} are the bare quantity inside it (二百五十, 十五 = 15, 16.9萬 =
 * 169000): for a cardinal they equal the whole. {@code value} is the reading in the numeral's own form:
 * the position for an ordinal, the fraction for a fraction, percent for a percentage (九成 = 90).
 *
 * <p>{@code flags} record how the numeral was written; the figure decision uses them to tell a
 * quantity from a year, a code or a hedge.
 *
 * <p>{@code step} records how precisely it was written: one unit of the last digit written, in the units of
 * {@code value}. 9% → 1, 9.0% → 0.1, 117,542 → 1, 16.9萬 → 1,000, 25億9,700萬 → 10,000, 2.48 billion →
 * 10,000,000, 九成 → 10, 七成六 → 1. Number words name every place they write, so a number in words is
 * precise to its last non-zero place (三千 → 1,000, two million → 1,000,000, 二十四 → 1), while digits write
 * every place (120萬 → 10,000). Zero where the value is stated exactly: a fraction (3/4, 三分之一, two thirds).
 */
public record Numeral(Span span, BigDecimal value, NumeralForm form, Span numberSpan, BigDecimal number, int flags,
                      BigDecimal step) {

    public Numeral(int start, int end, BigDecimal value, NumeralForm form, int numberStart, int numberEnd,
                   BigDecimal number, int flags, BigDecimal step) {
        this(new Span(start, end), value, form, new Span(numberStart, numberEnd), number, flags, step);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public int numberStart() {
        return numberSpan.start();
    }

    public int numberEnd() {
        return numberSpan.end();
    }

    /** Contains Chinese numeral characters. */
    public static final int HAN = 1;
    /** Contains Arabic (ASCII or full-width) digits. */
    public static final int ARABIC = 1 << 1;
    /** Contains English number words. */
    public static final int ENGLISH = 1 << 2;
    /** Written with thousands separators (117,542 or 1 234 567). */
    public static final int GROUPED = 1 << 3;
    /** Has a decimal part. */
    public static final int DECIMAL = 1 << 4;
    /** Multiplied by a scale word or suffix: 萬, 亿, million, bn, k. */
    public static final int SCALED = 1 << 5;
    /** 余/餘/多/几 inside (千餘, 十多万, 二十几万): the value is a lower bound. */
    public static final int OVER = 1 << 6;
    /** 级 after a scale (百亿级): an order of magnitude, not an amount. */
    public static final int APPROX = 1 << 7;
    /** No definite value: 数十, 几十, 上百, a range such as 二三十. The value is the lower bound. */
    public static final int HEDGE = 1 << 8;
    /** Chinese digits read one by one (一九九一, 二〇二五): years and codes. */
    public static final int DIGIT_STRING = 1 << 9;
    /** One part of a dotted chain (192.168.1.2, 2025.09.02): not a decimal number. */
    public static final int DOTTED = 1 << 10;
    /** Written with a slash: 3/4, or one part of a chain such as 5/17/2018 (then also {@link #CHAIN}). */
    public static final int SLASH = 1 << 11;
    /** Percentage points (个百分点, percentage points). */
    public static final int POINTS = 1 << 12;
    /** Tenths (九成) or a discount in tenths (八折). */
    public static final int TENTHS = 1 << 13;
    /** A discount (八折, 打对折). */
    public static final int DISCOUNT = 1 << 14;
    /** Ordinal written with a suffix: 21st, 4th. */
    public static final int SUFFIX_ORDINAL = 1 << 15;
    /** Scaled by a letter suffix (40k, 10M, 1.2bn). */
    public static final int LETTER_SCALE = 1 << 16;
    /** The letter suffix was G: 10G reads as 1e10, but 5G/6G is usually a product name. */
    public static final int GIGA_LETTER = 1 << 17;
    /** Starts with a bare scale character (百强, 百分之, 千餘): no leading digit. */
    public static final int BARE_SCALE = 1 << 18;
    /** Percent written with the sign %. */
    public static final int PERCENT_SIGN = 1 << 19;
    /** Percent written in words: 百分之, percent, per cent. */
    public static final int PERCENT_WORD = 1 << 20;
    /** Part of a chain of numbers joined by slashes (5/17/2018). */
    public static final int CHAIN = 1 << 21;
    /** The whole numeral is one Chinese character (四, 十, 兩): it needs a counter to mean anything. */
    public static final int SINGLE_HAN = 1 << 22;
    /** Written with an exponent or power (1.3e6, 2^5). */
    public static final int EXPONENT = 1 << 23;
    /** Two adjacent different digits (二三十, 七八成): a range, not a value. */
    public static final int RANGE = 1 << 24;
    /** Written with a sign or a negative word (-5, 负三, minus five). */
    public static final int SIGNED = 1 << 25;
    /** English ordinal word used as a fraction denominator or a fraction word (half, quarter). */
    public static final int FRACTION_WORD = 1 << 26;
    /** Chinese fraction with 分之 or the Hong Kong short form 三分一. */
    public static final int HAN_FRACTION = 1 << 27;

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public String text(CharSequence source) {
        return span.coveredText(source);
    }

    /** The text of the bare quantity inside the numeral. */
    public String numberText(CharSequence source) {
        return numberSpan.coveredText(source);
    }

    static Numeral cardinal(int start, int end, BigDecimal value, int flags, BigDecimal step) {
        return new Numeral(start, end, value, NumeralForm.CARDINAL, start, end, value, flags, step);
    }

    /** The unit of the last non-zero digit of {@code v}: 3000 → 1000, 16.9 → 0.1, 0 → 1. */
    static BigDecimal place(BigDecimal v) {
        if (v.signum() == 0) {
            return BigDecimal.ONE;
        }
        return BigDecimal.ONE.scaleByPowerOfTen(-v.stripTrailingZeros().scale());
    }

    /** The same numeral, written to another precision. */
    Numeral withStep(BigDecimal newStep) {
        return new Numeral(span, value, form, numberSpan, number, flags, newStep);
    }

    /** The same numeral widened to {@code newStart}, as when 第 or a sign is prefixed. */
    Numeral as(NumeralForm newForm, int newStart, int newEnd, BigDecimal newValue, int moreFlags) {
        return new Numeral(new Span(newStart, newEnd), newValue, newForm, numberSpan, number, flags | moreFlags, step);
    }
}
