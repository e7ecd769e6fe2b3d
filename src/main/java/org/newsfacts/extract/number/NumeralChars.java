package org.newsfacts.extract.number;

import org.newsfacts.text.normalize.CharMapFilter;
import org.newsfacts.text.normalize.NumeralFilter;
import org.newsfacts.text.normalize.WidthFilter;

/**
 * Character tables of the grammar: folding of full-width forms and the value of each Chinese
 * numeral character. Looked up once per character, so they are flat arrays.
 */
final class NumeralChars {

    static final byte NOT_HAN = 0;
    /** 一 … 九, 两, and the formal forms 壹 … 玖. */
    static final byte DIGIT = 1;
    /** 零 and 〇: a place holder inside a number (一千零五) or a digit of a digit string. */
    static final byte ZERO = 2;
    /** 十 百 千 and their formal forms. */
    static final byte SMALL = 3;
    /** 万 亿 兆: multiply everything before them. */
    static final byte BIG = 4;
    /** 廿 卅 卌: twenty, thirty, forty in one character. */
    static final byte TENS = 5;

    /** Unicode vulgar fractions and their numerator/denominator. */
    private static final String VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞";
    private static final int[][] VULGAR_PARTS = {{1, 2}, {1, 3}, {2, 3}, {1, 4}, {3, 4}, {1, 5}, {2, 5}, {3, 5},
        {4, 5}, {1, 6}, {5, 6}, {1, 8}, {3, 8}, {5, 8}, {7, 8}};

    /**
     * What the grammar reads: the normalisation chain's width folding, then {@link NumeralFilter} (the thin
     * spaces between digit groups, the minus sign), composed into one table.
     */
    static final CharMapFilter FOLDING = CharMapFilter.chain(new WidthFilter(), new NumeralFilter());
    /** {@link #FOLDING} copied into a plain array: it is read once per character of every text. */
    private static final char[] FOLD = new char[0x10000];
    private static final boolean[] LETTER_RAW = new boolean[0x10000];
    private static final boolean[] DIGIT_RAW = new boolean[0x10000];
    private static final byte[] HAN_KIND = new byte[0x10000];
    private static final long[] HAN_VALUE = new long[0x10000];
    /**
     * Formal numerals that are also ordinary words (陆地, 队伍, 收拾, 放肆, 参加, 咱俩): they count as
     * numerals only next to another numeral character.
     */
    private static final boolean[] AMBIGUOUS = new boolean[0x10000];
    /** Characters at which the scanner may find a numeral; everything else is skipped at once. */
    private static final boolean[] TRIGGER = new boolean[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            char f = FOLDING.map((char) c);
            FOLD[c] = f;
            LETTER_RAW[c] = (f >= 'a' && f <= 'z') || (f >= 'A' && f <= 'Z');
            DIGIT_RAW[c] = f >= '0' && f <= '9';
        }
        han(ZERO, 0, "零〇○");
        han(DIGIT, 1, "一壹弌");
        han(DIGIT, 2, "二两兩贰貳俩倆弍");
        han(DIGIT, 3, "三叁參弎");
        han(DIGIT, 4, "四肆");
        han(DIGIT, 5, "五伍");
        han(DIGIT, 6, "六陆陸");
        han(DIGIT, 7, "七柒");
        han(DIGIT, 8, "八捌");
        han(DIGIT, 9, "九玖");
        han(SMALL, 10, "十拾");
        han(SMALL, 100, "百佰");
        han(SMALL, 1000, "千仟");
        han(BIG, 10_000L, "万萬");
        han(BIG, 100_000_000L, "亿億");
        han(BIG, 1_000_000_000_000L, "兆");
        han(TENS, 20, "廿");
        han(TENS, 30, "卅");
        han(TENS, 40, "卌");
        for (char c : "陆陸伍拾肆參玖佰仟俩倆弌弍弎○".toCharArray()) {
            AMBIGUOUS[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            TRIGGER[c] = true;
            TRIGGER[c + 0xFEE0] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TRIGGER[c] = true;
            TRIGGER[c - 32] = true;
            TRIGGER[c + 0xFEE0] = true;
            TRIGGER[c - 32 + 0xFEE0] = true;
        }
        // Signs and points that may start a number, ':' and '@' that start a web or mail address.
        for (char c : ".-+:@\uFF0E\uFF0D\uFF0B\u2212".toCharArray()) {
            TRIGGER[c] = true;
        }
        for (char c : VULGAR.toCharArray()) {
            TRIGGER[c] = true;
        }
        // 第 (ordinal), 负 (sign), 数/几/上 (hedges), 半 (half), 打 (打对折).
        for (char c : "第负負数數几幾上半打".toCharArray()) {
            TRIGGER[c] = true;
        }
    }

    private NumeralChars() {
    }

    static java.math.BigDecimal vulgarFraction(char c) {
        int k = VULGAR.indexOf(c);
        if (k < 0) {
            return null;
        }
        return java.math.BigDecimal.valueOf(VULGAR_PARTS[k][0])
                .divide(java.math.BigDecimal.valueOf(VULGAR_PARTS[k][1]), NumeralScan.DIVISION);
    }

    private static void han(byte kind, long value, String chars) {
        for (char c : chars.toCharArray()) {
            HAN_KIND[c] = kind;
            HAN_VALUE[c] = value;
            TRIGGER[c] = true;
        }
    }

    /** {@link #FOLDING} of one character. A table: it is the hottest call. */
    static char fold(char c) {
        return FOLD[c];
    }

    /** Whether the raw character folds to an ASCII letter. */
    static boolean isLetterRaw(char raw) {
        return LETTER_RAW[raw];
    }

    /** Whether the raw character folds to an ASCII digit. */
    static boolean isDigitRaw(char raw) {
        return DIGIT_RAW[raw];
    }

    static boolean isTrigger(char raw) {
        return TRIGGER[raw];
    }

    static byte hanKind(char c) {
        return HAN_KIND[c];
    }

    static long hanValue(char c) {
        return HAN_VALUE[c];
    }

    static boolean isAmbiguous(char c) {
        return AMBIGUOUS[c];
    }

    /** Any character that belongs to a Chinese number: digit, zero, scale. */
    static boolean isHanNumeral(char c) {
        return HAN_KIND[c] != NOT_HAN;
    }

    static boolean isDigit(char folded) {
        return folded >= '0' && folded <= '9';
    }

    static boolean isLetter(char folded) {
        return (folded >= 'a' && folded <= 'z') || (folded >= 'A' && folded <= 'Z');
    }

    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
                || c == '〇';
    }
}
