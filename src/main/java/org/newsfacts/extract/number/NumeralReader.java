package org.newsfacts.extract.number;

/**
 * What every reader of the number grammar reads the text through: the folded character at an offset
 * (full-width digits and letters as ASCII), and the small look-ahead steps they share. The readers of
 * one scan share one {@link NumeralScan}, which holds the cursor's state between them.
 */
abstract class NumeralReader {

    final NumeralScan scan;
    final CharSequence s;
    final int n;

    NumeralReader(NumeralScan scan, CharSequence s) {
        this.scan = scan;
        this.s = s;
        this.n = s.length();
    }

    final char at(int i) {
        return i >= 0 && i < n ? NumeralChars.fold(s.charAt(i)) : '\0';
    }

    final boolean digitAt(int i) {
        return i >= 0 && i < n && NumeralChars.isDigitRaw(s.charAt(i));
    }

    final boolean letterAt(int i) {
        return i >= 0 && i < n && NumeralChars.isLetterRaw(s.charAt(i));
    }

    /** Skips spaces (not line breaks: a number does not run across lines). */
    final int skipSpaces(int i) {
        while (i < n && at(i) == ' ') {
            i++;
        }
        return i;
    }

    final String foldedText(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            sb.append(at(k));
        }
        return sb.toString();
    }

    final int endOfAlphanumeric(int from) {
        int r = from;
        while (letterAt(r) || digitAt(r)) {
            r++;
        }
        return r;
    }
}
