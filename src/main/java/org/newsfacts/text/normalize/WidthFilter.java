package org.newsfacts.text.normalize;

/**
 * Full-width forms folded to ASCII (１２３ → 123, ＧＤＰ → GDP, ％ → %), the ideographic and no-break spaces
 * to a space, and the vertical colon ︰ to a colon, so the number grammar and English matching see one
 * spelling whatever width the paper set.
 */
public final class WidthFilter extends CharMapFilter {
    /** The ASCII form of a full-width or space-like character, or the character itself. */
    public static char fold(char c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return (char) (c - 0xFEE0);
        }
        if (c == 0x3000 || c == 0x00A0) {
            return ' ';
        }
        return c == '︰' ? ':' : c;
    }

    /** The string with every character folded; the length never changes, so offsets stay valid. */
    public static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    @Override
    public char map(char c) {
        return fold(c);
    }
}
