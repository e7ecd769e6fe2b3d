package org.newsfacts.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a text file's bytes were read into characters faithfully. Two ways a corrupt file turns into garbled
 * text (mojibake) without failing: the decoder replaces bytes it cannot read with U+FFFD, or the detector, put
 * off by the invalid bytes of a UTF-8 file, picks a one-byte Western encoding (windows-1252, ISO-8859-1) that
 * reads every byte, so each Chinese character becomes three Latin ones. Both leave the document {@code ok};
 * the warnings say so on its record, naming the cause and how many bytes.
 */
public final class EncodingCheck {
    /** At least this many UTF-8 sequences before a one-byte reading counts as a misreading of UTF-8. */
    static final int MIN_UTF8_SEQUENCES = 8;

    private EncodingCheck() {
    }

    /**
     * The warnings for {@code content} read as {@code text} with {@code charset} (null: not a text format, no
     * warnings).
     */
    public static List<String> warnings(byte[] content, String charset, String text) {
        List<String> warnings = new ArrayList<>();
        if (charset == null || text == null) {
            return warnings;
        }
        Utf8Scan scan = Utf8Scan.of(content);
        // A UTF-8 file may hold U+FFFD itself; those were read, not replaced.
        long replaced = text.chars().filter(c -> c == '\uFFFD').count()
                - (isUtf8(charset) ? scan.replacementCharacters : 0);
        if (replaced > 0) {
            warnings.add(String.format(Locale.ROOT, "encoding: %d byte sequence(s) could not be read as %s and were"
                    + " replaced by U+FFFD, so characters are lost: the file is corrupt or in another encoding",
                    replaced, charset));
        }
        if (isOneByte(charset) && scan.sequences >= MIN_UTF8_SEQUENCES && scan.sequences * 2 >= scan.invalid
                && scan.invalid > 0) {
            warnings.add(String.format(Locale.ROOT, "encoding: read as %s, but %d of its byte sequences are UTF-8"
                    + " and %d bytes are invalid UTF-8: a corrupt UTF-8 file, whose text is garbled (mojibake)",
                    charset, scan.sequences, scan.invalid));
        }
        return warnings;
    }

    private static boolean isUtf8(String charset) {
        return charset.toUpperCase(Locale.ROOT).replace("-", "").startsWith("UTF8");
    }

    /** Encodings that give every byte a character, so that they never fail and never replace. */
    private static boolean isOneByte(String charset) {
        try {
            Charset cs = Charset.forName(charset);
            return cs.newEncoder().maxBytesPerChar() <= 1.0f && !cs.equals(StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Counts of a byte string read as UTF-8: well-formed multi-byte sequences and bytes that fit none. */
    private record Utf8Scan(int sequences, int invalid, int replacementCharacters) {
        static Utf8Scan of(byte[] b) {
            int sequences = 0;
            int invalid = 0;
            int replacements = 0;
            int i = 0;
            while (i < b.length) {
                int lead = b[i] & 0xFF;
                int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                        : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
                if (length == 1) {
                    i++;
                    continue;
                }
                boolean ok = length > 0 && i + length <= b.length;
                for (int k = 1; ok && k < length; k++) {
                    ok = (b[i + k] & 0xC0) == 0x80;
                }
                if (ok) {
                    sequences++;
                    if (length == 3 && lead == 0xEF && (b[i + 1] & 0xFF) == 0xBF && (b[i + 2] & 0xFF) == 0xBD) {
                        replacements++;
                    }
                    i += length;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Scan(sequences, invalid, replacements);
        }
    }
}
