package org.newsfacts.extract.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsfacts.extract.number.Folding;

/**
 * Names that contain a number which is a label, not a quantity (十五五, 6G, 第三方). Indexed by each
 * character of each name, so a numeral can ask whether a name covers its first character.
 */
final class NameIndex {

    private record Entry(String folded, int offset) {
    }

    /** Entries by folded character; an array, so that a lookup boxes nothing. */
    private final Entry[][] byChar = new Entry[0x10000][];

    NameIndex(Collection<String> names) {
        Map<Character, List<Entry>> lists = new HashMap<>();
        for (String name : names) {
            String f = WordTrie.normalize(name);
            for (int k = 0; k < f.length(); k++) {
                lists.computeIfAbsent(f.charAt(k), c -> new ArrayList<>()).add(new Entry(f, k));
            }
        }
        lists.forEach((c, l) -> byChar[c] = l.toArray(new Entry[0]));
    }

    /** Whether a name covers position {@code i} of {@code s}. */
    boolean covers(CharSequence s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        Entry[] entries = byChar[Folding.foldLower(s.charAt(i))];
        if (entries == null) {
            return false;
        }
        for (Entry e : entries) {
            int start = i - e.offset;
            if (start < 0 || start + e.folded.length() > s.length()) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < e.folded.length() && same; k++) {
                same = Folding.foldLower(s.charAt(start + k)) == e.folded.charAt(k);
            }
            int end = start + e.folded.length();
            // A name must stand as a word: 5G, not the 5G inside 25G.
            if (same && !alnum(s, start - 1) && !(Folding.isAsciiLetter(s.charAt(end - 1)) && alnum(s, end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean alnum(CharSequence s, int i) {
        return i >= 0 && i < s.length() && (Folding.isAsciiLetter(s.charAt(i)) || Folding.isDigit(s.charAt(i)));
    }
}
