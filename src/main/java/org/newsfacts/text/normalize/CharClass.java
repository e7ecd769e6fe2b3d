package org.newsfacts.text.normalize;

/**
 * Character classes that the text stages agree on. Kept in one place so that line repair,
 * language detection and sentence splitting draw the same line between "Chinese" and the rest.
 */
public final class CharClass {
    private CharClass() {
    }

    /** A Han ideograph (CJK unified, extensions, compatibility) or 〇. */
    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp == '〇';
    }

    /**
     * Punctuation written at full width inside Chinese text (，。、「」（）《》 and the like, including
     * the box-drawing dash ─ that Hong Kong papers put between cluster names).
     */
    public static boolean isCjkPunctuation(int cp) {
        if (cp >= 0x3000 && cp <= 0x303F) {
            return cp != 0x3000; // ideographic space is space, not punctuation
        }
        if (cp >= 0xFF01 && cp <= 0xFF0F || cp >= 0xFF1A && cp <= 0xFF20 || cp >= 0xFF3B && cp <= 0xFF40
                || cp >= 0xFF5B && cp <= 0xFF65) {
            return true;
        }
        if (cp >= 0xFE10 && cp <= 0xFE4F) {
            return true; // vertical and compatibility forms: ︰ ﹁ ﹂
        }
        return cp == '─' || cp == '—' || cp == '…' || cp == '“' || cp == '”' || cp == '‘' || cp == '’'
                || cp == '·' || cp == '．';
    }

    /** Han or full-width punctuation: characters between which Chinese writes no space. */
    public static boolean isCjk(int cp) {
        return isHan(cp) || isCjkPunctuation(cp) || cp >= 0xFF10 && cp <= 0xFF19;
    }

    /** Marks that end a sentence in Chinese text. */
    public static boolean isChineseSentenceEnd(int cp) {
        return cp == '。' || cp == '！' || cp == '？' || cp == '；' || cp == '!' || cp == '?' || cp == '｡';
    }

    /** Closing quotation marks that can carry a sentence end out past themselves. */
    public static boolean isClosingQuote(int cp) {
        return cp == '」' || cp == '』' || cp == '”' || cp == '’' || cp == '"' || cp == '﹂' || cp == '﹄';
    }

    /** Latin letter, any case, any width. */
    public static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /** Columns the character takes on a page: Chinese and full-width forms are two, the rest one. */
    public static int displayWidth(int cp) {
        return isCjk(cp) || cp == 0x3000 || cp >= 0xFF01 && cp <= 0xFF60 ? 2 : 1;
    }
}
