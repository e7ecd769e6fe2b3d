package org.newsfacts.extract.number;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Words in which a numeral character is not a number (一切, 统一, 四川, 一国两制). Indexed by each
 * numeral character they contain, so the scanner asks only where it found such a character.
 */
final class IdiomIndex {

    static final IdiomIndex EMPTY = new IdiomIndex(List.of());

    private record Entry(String word, int offset) {
    }

    private final Entry[][] byChar = new Entry[0x10000][];

    IdiomIndex(Collection<String> words) {
        List<List<Entry>> lists = new ArrayList<>();
        int[] slot = new int[0x10000];
        java.util.Arrays.fill(slot, -1);
        for (String w : words) {
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (!NumeralChars.isTrigger(c)) {
                    continue;
                }
                if (slot[c] < 0) {
                    slot[c] = lists.size();
                    lists.add(new ArrayList<>());
                }
                lists.get(slot[c]).add(new Entry(w, k));
            }
        }
        for (int c = 0; c < slot.length; c++) {
            if (slot[c] >= 0) {
                List<Entry> l = lists.get(slot[c]);
                // Longest first, so 一国两制 wins over a shorter idiom at the same place.
                l.sort((a, b) -> b.word.length() - a.word.length());
                byChar[c] = l.toArray(new Entry[0]);
            }
        }
    }

    /** The end of an idiom that covers position {@code i}, or -1. */
    int coveringEnd(CharSequence s, int i) {
        Entry[] entries = byChar[s.charAt(i)];
        if (entries == null) {
            return -1;
        }
        for (Entry e : entries) {
            int start = i - e.offset;
            int end = start + e.word.length();
            if (start >= 0 && end <= s.length() && matches(s, start, e.word)) {
                return end;
            }
        }
        return -1;
    }

    private static boolean matches(CharSequence s, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(start + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
