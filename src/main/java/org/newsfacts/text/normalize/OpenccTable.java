package org.newsfacts.text.normalize;

import org.newsfacts.files.BuiltResources;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * opencc4j's default conversion (its phrase segmentation, phrase tables and character tables), read from the
 * table {@link OpenccTableBuilder} writes at build time from opencc4j's own data, in one read.
 *
 * <p>Why not opencc4j at run time: at each start it parses its phrase tables (STPhrases alone is 1 MB of text)
 * into maps and builds a character trie of nested hash maps from both, about 0.45 s of CPU before the first
 * conversion, which was the largest part of a cold {@code check}. This class does the same segmentation and
 * lookups over flat arrays; {@code OpenccTableTest} compares it with opencc4j on every corpus and dev2 text.
 *
 * <p>The behaviour reproduced (opencc4j 1.14.0 with nlp-common 0.0.5, default configuration):
 * <ul>
 * <li>segmentation splits the text into runs of CJK unified ideographs U+4E00–U+9FA5 and runs of anything
 * else; an ideograph run is cut by forward longest match against the phrase keys of both directions (a
 * character in no phrase stands alone); an other run of one character stays whole, a longer one is cut into
 * runs of ASCII letters, digits, upper- or lower-case letters and apostrophes, every other character alone;
 * a text that is empty after trimming is one piece;</li>
 * <li>a piece found in the phrase table becomes the table's first value; any other piece maps character by
 * character through the character table's first value, kept only when it is one UTF-16 unit.</li>
 * </ul>
 */
final class OpenccTable {
    static final String RESOURCE = "opencc-table.bin";
    static final int MAGIC = 0x4f434331; // "OCC1"

    private final StringSet words;
    private final int maxWordLength;
    private final StringMap tsPhrase;
    private final StringMap stPhrase;
    private final char[] tsChar;
    private final char[] stChar;
    final BitSet traditionalOnly;
    final BitSet simplifiedOnly;

    private OpenccTable(ByteBuffer in) {
        if (in.getInt() != MAGIC) {
            throw new IllegalStateException(RESOURCE + " is not an OpenCC table of this version: rebuild the jar");
        }
        words = new StringSet(in);
        maxWordLength = in.getInt();
        tsPhrase = new StringMap(in);
        stPhrase = new StringMap(in);
        tsChar = charMap(in);
        stChar = charMap(in);
        traditionalOnly = codePoints(in);
        simplifiedOnly = codePoints(in);
    }

    static OpenccTable load() {
        return new OpenccTable(BuiltResources.read(OpenccTable.class, RESOURCE, "opencc4j's dictionaries"));
    }

    /** opencc4j's {@code doSeg}: the pieces of {@code text}, in order; they concatenate back to it. */
    List<String> segment(String text) {
        if (text == null || text.isEmpty()) {
            return new ArrayList<>();
        }
        if (text.trim().isEmpty()) {
            return Collections.singletonList(text);
        }
        List<String> out = new ArrayList<>();
        int n = text.length();
        int runStart = 0;
        boolean han = isOpenccHan(text.charAt(0));
        for (int i = 1; i <= n; i++) {
            if (i == n || isOpenccHan(text.charAt(i)) != han) {
                if (han) {
                    longestMatches(text, runStart, i, out);
                } else {
                    otherPieces(text, runStart, i, out);
                }
                runStart = i;
                if (i < n) {
                    han = !han;
                }
            }
        }
        return out;
    }

    /** opencc4j's conversion: Traditional → Simplified ({@code toSimplified}) or Simplified → Traditional. */
    String convert(String text, boolean toSimplified) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringMap phrases = toSimplified ? tsPhrase : stPhrase;
        char[] chars = toSimplified ? tsChar : stChar;
        StringBuilder out = new StringBuilder(text.length());
        for (String piece : segment(text)) {
            if (!phrases.appendValue(piece, out)) {
                for (int i = 0; i < piece.length(); i++) {
                    char c = piece.charAt(i);
                    char mapped = chars[c];
                    out.append(mapped == 0 ? c : mapped);
                }
            }
        }
        return out.toString();
    }

    /** nlp-common's CharUtil.isChinese: the basic CJK block as far as Unicode 4.1 filled it. */
    private static boolean isOpenccHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    private void longestMatches(String text, int from, int to, List<String> out) {
        int i = from;
        while (i < to) {
            int longest = 0;
            for (int len = Math.min(maxWordLength, to - i); len >= 1; len--) {
                if (words.contains(text, i, len)) {
                    longest = len;
                    break;
                }
            }
            int len = Math.max(longest, 1);
            out.add(text.substring(i, i + len));
            i += len;
        }
    }

    private static void otherPieces(String text, int from, int to, List<String> out) {
        if (to - from == 1) {
            out.add(text.substring(from, to));
            return;
        }
        int wordStart = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isDigit(c) || Character.isLowerCase(c) || Character.isUpperCase(c)
                    || c == '\'' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            if (wordChar) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else {
                if (wordStart >= 0) {
                    out.add(text.substring(wordStart, i));
                    wordStart = -1;
                }
                out.add(String.valueOf(c));
            }
        }
        if (wordStart >= 0) {
            out.add(text.substring(wordStart, to));
        }
    }

    private static char[] charMap(ByteBuffer in) {
        char[] map = new char[Character.MAX_VALUE + 1];
        int n = in.getInt();
        for (int k = 0; k < n; k++) {
            char from = in.getChar();
            map[from] = in.getChar();
        }
        return map;
    }

    private static BitSet codePoints(ByteBuffer in) {
        BitSet set = new BitSet(0x30000);
        int n = in.getInt();
        for (int k = 0; k < n; k++) {
            set.set(in.getInt());
        }
        return set;
    }

    static int hash(CharSequence s, int from, int len) {
        int h = 0;
        for (int i = from; i < from + len; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    /** Strings in one char array, found through an open-addressing hash table of their indexes. */
    static class StringSet {
        final char[] chars;
        final int[] starts;
        final int[] slots;

        StringSet(ByteBuffer in) {
            chars = new char[in.getInt()];
            in.asCharBuffer().get(chars);
            in.position(in.position() + 2 * chars.length);
            starts = ints(in);
            slots = ints(in);
        }

        private static int[] ints(ByteBuffer in) {
            int[] a = new int[in.getInt()];
            in.asIntBuffer().get(a);
            in.position(in.position() + 4 * a.length);
            return a;
        }

        /** Index of the string {@code s[from, from + len)}, or -1. */
        final int find(CharSequence s, int from, int len) {
            int mask = slots.length - 1;
            for (int slot = hash(s, from, len) & mask; ; slot = (slot + 1) & mask) {
                int k = slots[slot] - 1;
                if (k < 0) {
                    return -1;
                }
                int start = starts[k];
                if (starts[k + 1] - start == len && regionEquals(s, from, start, len)) {
                    return k;
                }
            }
        }

        private boolean regionEquals(CharSequence s, int from, int start, int len) {
            for (int i = 0; i < len; i++) {
                if (chars[start + i] != s.charAt(from + i)) {
                    return false;
                }
            }
            return true;
        }

        final boolean contains(CharSequence s, int from, int len) {
            return find(s, from, len) >= 0;
        }
    }

    /** A {@link StringSet} of keys with one value each. */
    static final class StringMap extends StringSet {
        private final StringSet values;

        StringMap(ByteBuffer in) {
            super(in);
            values = new StringSet(in);
        }

        /** Appends the value of {@code key} and answers true, or answers false when there is none. */
        boolean appendValue(String key, StringBuilder out) {
            int k = find(key, 0, key.length());
            if (k < 0) {
                return false;
            }
            out.append(values.chars, values.starts[k], values.starts[k + 1] - values.starts[k]);
            return true;
        }
    }
}
