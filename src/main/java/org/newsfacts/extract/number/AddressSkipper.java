package org.newsfacts.extract.number;

/**
 * Web and mail addresses: their digits are no numbers (https://example.com/2025/09, tang@wipo.int). On
 * "://" or "@" the scan drops the numerals it already read inside the address and jumps past it.
 */
final class AddressSkipper extends NumeralReader {

    AddressSkipper(NumeralScan scan, CharSequence s) {
        super(scan, s);
    }

    /** At a colon: past the address when it is a scheme's "://", else the next character. */
    int afterColon(int i) {
        if (at(i + 1) != '/' || at(i + 2) != '/') {
            return i + 1;
        }
        int start = i;
        while (start > 0 && letterAt(start - 1)) {
            start--;
        }
        return skip(start, i + 3);
    }

    /** At an @: past the mail address it is part of, else the next character. */
    int afterAt(int i) {
        int start = i;
        while (start > 0 && addressChar(s.charAt(start - 1))) {
            start--;
        }
        if (!addressChar(at(i + 1))) {
            return i + 1;
        }
        return skip(start, i + 1);
    }

    /** Drops the numerals read since {@code start} and returns the end of the address that runs on from {@code from}. */
    int skip(int start, int from) {
        scan.dropFrom(start);
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
}
