package org.newsfacts.extract.number;

/**
 * English number words, looked up without allocating: a word of up to twelve letters is packed
 * into a long (five bits a letter) and found in a small open-addressing table.
 */
final class EnglishWords {

    static final byte UNIT = 1;      // zero … nine
    static final byte TEEN = 2;      // ten … nineteen
    static final byte TENS = 3;      // twenty … ninety
    static final byte HUNDRED = 4;
    static final byte BIG = 5;       // thousand, million, billion, trillion, lakh, crore
    static final byte DOZEN = 6;
    static final byte AND = 7;
    static final byte A = 8;         // a, an: "a hundred", "a dozen", "a fifth"
    static final byte HALF = 9;
    static final byte ORD = 10;      // first … ninth, tenth, twentieth, hundredth, millionth; plural forms for fractions
    static final byte POINT = 11;
    static final byte MINUS = 12;    // minus, negative
    static final byte PERCENT = 13;  // percent, percents, percentage, pct
    static final byte PER = 14;      // "per" of "per cent"
    static final byte CENT = 15;     // "cent" of "per cent"

    /** A word of the table. For ORD, {@code base} is the cardinal kind the ordinal stands for (UNIT for fifth). */
    record Word(byte type, long value, boolean plural, byte base) {
    }

    private static final int SIZE = 512;
    private static final long[] KEYS = new long[SIZE];
    private static final Word[] WORDS = new Word[SIZE];

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        for (int i = 0; i < units.length; i++) {
            put(units[i], new Word(UNIT, i, false, UNIT));
        }
        put("nought", new Word(UNIT, 0, false, UNIT));
        put("naught", new Word(UNIT, 0, false, UNIT));
        String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen"};
        for (int i = 0; i < teens.length; i++) {
            put(teens[i], new Word(TEEN, 10 + i, false, TEEN));
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            put(tens[i], new Word(TENS, 20 + 10L * i, false, TENS));
        }
        put("fourty", new Word(TENS, 40, false, TENS));
        put("hundred", new Word(HUNDRED, 100, false, HUNDRED));
        put("hundreds", new Word(HUNDRED, 100, true, HUNDRED));
        put("thousand", new Word(BIG, 1_000L, false, BIG));
        put("million", new Word(BIG, 1_000_000L, false, BIG));
        put("billion", new Word(BIG, 1_000_000_000L, false, BIG));
        put("trillion", new Word(BIG, 1_000_000_000_000L, false, BIG));
        put("lakh", new Word(BIG, 100_000L, false, BIG));
        put("lakhs", new Word(BIG, 100_000L, true, BIG));
        put("crore", new Word(BIG, 10_000_000L, false, BIG));
        put("crores", new Word(BIG, 10_000_000L, true, BIG));
        for (String d : new String[] {"dozen", "dozens", "dz", "dzs", "doz", "dozs"}) {
            put(d, new Word(DOZEN, 12, d.endsWith("s") && !d.equals("dz"), DOZEN));
        }
        put("and", new Word(AND, 0, false, AND));
        put("a", new Word(A, 1, false, A));
        put("an", new Word(A, 1, false, A));
        put("half", new Word(HALF, 2, false, HALF));
        put("halves", new Word(HALF, 2, true, HALF));
        put("quarter", new Word(ORD, 4, false, UNIT));
        put("quarters", new Word(ORD, 4, true, UNIT));
        put("point", new Word(POINT, 0, false, POINT));
        put("minus", new Word(MINUS, 0, false, MINUS));
        put("negative", new Word(MINUS, 0, false, MINUS));
        put("percent", new Word(PERCENT, 0, false, PERCENT));
        put("percents", new Word(PERCENT, 0, true, PERCENT));
        put("percentage", new Word(PERCENT, 0, false, PERCENT));
        put("pct", new Word(PERCENT, 0, false, PERCENT));
        put("per", new Word(PER, 0, false, PER));
        put("cent", new Word(CENT, 0, false, CENT));
        ordinal(UNIT, 1, "first", "firsts");
        ordinal(UNIT, 2, "second", "seconds");
        ordinal(UNIT, 3, "third", "thirds");
        ordinal(UNIT, 4, "fourth", "fourths");
        ordinal(UNIT, 5, "fifth", "fifths");
        ordinal(UNIT, 6, "sixth", "sixths");
        ordinal(UNIT, 7, "seventh", "sevenths");
        ordinal(UNIT, 8, "eighth", "eighths");
        ordinal(UNIT, 9, "ninth", "ninths");
        ordinal(UNIT, 9, "nineth", "nineths");
        String[] teenOrd = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth"};
        for (int i = 0; i < teenOrd.length; i++) {
            ordinal(TEEN, 10 + i, teenOrd[i], teenOrd[i] + "s");
        }
        String[] tensOrd = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
                "ninetieth"};
        for (int i = 0; i < tensOrd.length; i++) {
            ordinal(TENS, 20 + 10L * i, tensOrd[i], tensOrd[i] + "s");
        }
        ordinal(HUNDRED, 100, "hundredth", "hundredths");
        ordinal(BIG, 1_000L, "thousandth", "thousandths");
        ordinal(BIG, 1_000_000L, "millionth", "millionths");
        ordinal(BIG, 1_000_000_000L, "billionth", "billionths");
        ordinal(BIG, 1_000_000_000_000L, "trillionth", "trillionths");
    }

    private EnglishWords() {
    }

    private static void ordinal(byte base, long value, String singular, String plural) {
        put(singular, new Word(ORD, value, false, base));
        put(plural, new Word(ORD, value, true, base));
    }

    /** Packs a lower-case or upper-case ASCII letter into a running key; -1 once the word is too long. */
    static long extend(long key, char letter) {
        if (key < 0 || key >= (1L << 55)) {
            return -1;
        }
        int v = (letter | 0x20) - 'a' + 1;
        return (key << 5) | v;
    }

    static Word lookup(long key) {
        if (key <= 0) {
            return null;
        }
        int i = slot(key);
        while (KEYS[i] != 0) {
            if (KEYS[i] == key) {
                return WORDS[i];
            }
            i = (i + 1) & (SIZE - 1);
        }
        return null;
    }

    static long key(String word) {
        long key = 0;
        for (int i = 0; i < word.length(); i++) {
            key = extend(key, word.charAt(i));
        }
        return key;
    }

    private static void put(String word, Word w) {
        long key = key(word);
        int i = slot(key);
        while (KEYS[i] != 0 && KEYS[i] != key) {
            i = (i + 1) & (SIZE - 1);
        }
        KEYS[i] = key;
        WORDS[i] = w;
    }

    private static int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 55) & (SIZE - 1);
    }
}
