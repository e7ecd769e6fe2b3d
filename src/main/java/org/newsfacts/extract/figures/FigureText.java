package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Folding;

/**
 * The look-around steps of the figure decision over one text: skipping blanks either way, the ASCII word
 * before or after an offset, whether an English word is capitalised inside a sentence.
 */
class FigureText {

    final CharSequence s;
    final int n;

    FigureText(CharSequence s) {
        this.s = s;
        this.n = s.length();
    }

    final int skipWhitespace(int i) {
        while (i < n && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }

    /**
     * Skips spaces and at most one line break: a counter may stand on the next line of a wrapped
     * paragraph (超過 280\n個), but not after a blank line, which starts another paragraph.
     */
    final int skipInline(int i) {
        boolean lineBreak = false;
        int k = i;
        while (k < n) {
            char c = s.charAt(k);
            if (c == '\n') {
                if (lineBreak) {
                    return i;
                }
                lineBreak = true;
            } else if (!(c == ' ' || c == '\t' || c == '\r' || c == '\u3000')) {
                break;
            }
            k++;
        }
        return k;
    }

    final int skipSpaces(int i) {
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }

    final int skipWhitespaceBack(int i) {
        while (i > 0 && (Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '\u3000')) {
            i--;
        }
        return i;
    }

    final int skipSpacesBack(int i) {
        while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\u3000')) {
            i--;
        }
        return i;
    }

    final boolean blank(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(s.charAt(k)) && s.charAt(k) != '\u3000') {
                return false;
            }
        }
        return true;
    }

    /** The character at {@code i}, or a space outside the text. */
    final char charAt(int i) {
        return i >= 0 && i < n ? s.charAt(i) : ' ';
    }

    /** The ASCII word right after {@code i} (spaces, hyphens and brackets skipped), or null. */
    final String wordAfter(int i) {
        int k = i;
        while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '-' || s.charAt(k) == ')' || s.charAt(k) == ',')) {
            k++;
        }
        int e = k;
        while (e < n && Folding.isAsciiLetter(s.charAt(e))) {
            e++;
        }
        return e > k ? s.subSequence(k, e).toString() : null;
    }

    /** The ASCII word right before {@code i} (spaces, a full stop and brackets skipped), or null. */
    final String wordBefore(int i) {
        int k = i;
        while (k > 0 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '.' || s.charAt(k - 1) == '(')) {
            k--;
        }
        int b = k;
        while (b > 0 && Folding.isAsciiLetter(s.charAt(b - 1))) {
            b--;
        }
        return b < k ? s.subSequence(b, k).toString() : null;
    }

    final boolean nextWordIs(int i, String word) {
        String w = wordAfter(i);
        return w != null && w.equalsIgnoreCase(word);
    }

    final boolean sentenceEndBetween(int i) {
        int k = i;
        while (k < n && s.charAt(k) == ' ') {
            k++;
        }
        return k < n && (s.charAt(k) == '.' || s.charAt(k) == '\n');
    }

    /** An English word with a capital letter inside a sentence: part of a name. */
    final boolean capitalizedInSentence(int start) {
        if (!Character.isUpperCase(s.charAt(start))) {
            return false;
        }
        int k = start - 1;
        while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char c = s.charAt(k);
        return !(c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == '"' || c == '“' || c == '('
                || c == ':' || c == '\'' || c == '‘' || c == '—' || c == '-' && k > 0 && s.charAt(k - 1) == ' ');
    }
}
