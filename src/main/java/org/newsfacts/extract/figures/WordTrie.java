package org.newsfacts.extract.figures;

import java.util.HashMap;
import java.util.Map;
import org.newsfacts.extract.number.Folding;
import org.newsfacts.text.Span;

/**
 * Words matched at a position of a text, forwards from it or backwards ending at it; the longest
 * entry wins. Characters are folded (width, case, dash forms). A space in an entry matches any run
 * of whitespace; whitespace between two Chinese characters is ignored, since PDF text breaks words
 * with spaces and line breaks (超\n\n過). English entries match whole words only.
 */
final class WordTrie<V> {

    /** An entry found: the text it covers (the one {@link Span} type) and what it stands for. */
    record Match<V>(Span span, V value) {
        Match(int start, int end, V value) {
            this(new Span(start, end), value);
        }

        int start() {
            return span.start();
        }

        int end() {
            return span.end();
        }
    }

    /**
     * A node: children in a sorted char array (searched without boxing), built from a map while
     * words are added and frozen on first lookup.
     */
    private static final class Node<V> {
        private Map<Character, Node<V>> building;
        private char[] keys = new char[0];
        private Node<V>[] kids;
        private V value;

        Node<V> child(char c) {
            char[] k = keys;
            int lo = 0;
            int hi = k.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (k[mid] < c) {
                    lo = mid + 1;
                } else if (k[mid] > c) {
                    hi = mid - 1;
                } else {
                    return kids[mid];
                }
            }
            return null;
        }

        Node<V> add(char c) {
            if (building == null) {
                building = new HashMap<>(4);
            }
            return building.computeIfAbsent(c, k -> new Node<>());
        }

        @SuppressWarnings("unchecked")
        void freeze() {
            if (building == null) {
                return;
            }
            keys = new char[building.size()];
            kids = new Node[building.size()];
            int i = 0;
            for (char c : new java.util.TreeSet<>(building.keySet())) {
                keys[i] = c;
                kids[i] = building.get(c);
                kids[i].freeze();
                i++;
            }
            building = null;
        }
    }

    private final Node<V> root = new Node<>();
    private final boolean backward;

    private WordTrie(boolean backward) {
        this.backward = backward;
    }

    static <V> WordTrie<V> forward() {
        return new WordTrie<>(false);
    }

    static <V> WordTrie<V> backward() {
        return new WordTrie<>(true);
    }

    private volatile boolean frozen;

    /** Turns the build maps into arrays; put() after this is not allowed. */
    synchronized void freeze() {
        root.freeze();
        frozen = true;
    }

    void put(String word, V value) {
        if (frozen) {
            throw new IllegalStateException("trie already in use");
        }
        String w = normalize(word);
        if (w.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (int k = 0; k < w.length(); k++) {
            node = node.add(w.charAt(backward ? w.length() - 1 - k : k));
        }
        if (node.value == null) {
            node.value = value;
        }
    }

    /** Folded, with whitespace runs collapsed to one space. */
    static String normalize(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        boolean space = false;
        for (int k = 0; k < word.length(); k++) {
            char c = Folding.foldLower(word.charAt(k));
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The longest entry that starts at {@code from}, or null. */
    Match<V> matchForward(CharSequence s, int from) {
        if (backward) {
            throw new IllegalStateException("a backward trie");
        }
        int n = s.length();
        if (from >= n || from < 0 || (letter(s, from) && letter(s, from - 1))) {
            return null;
        }
        Node<V> node = root;
        int i = from;
        char last = 0;
        Match<V> best = null;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                int j = i;
                while (j < n && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u3000')) {
                    j++;
                }
                Node<V> sp = node.child(' ');
                if (sp != null) {
                    node = sp;
                    i = j;
                    last = ' ';
                    continue;
                }
                if (node != root && Folding.isHan(last) && j < n && Folding.isHan(s.charAt(j))) {
                    i = j;
                    continue;
                }
                break;
            }
            Node<V> nx = node.child(Folding.foldLower(c));
            if (nx == null) {
                break;
            }
            node = nx;
            i++;
            last = c;
            if (node.value != null && !(letter(s, i - 1) && letter(s, i))) {
                best = new Match<>(from, i, node.value);
            }
        }
        return best;
    }

    /** The longest entry that ends at {@code to} (exclusive), or null. */
    Match<V> matchBackward(CharSequence s, int to) {
        if (!backward) {
            throw new IllegalStateException("a forward trie");
        }
        if (to <= 0 || to > s.length() || (letter(s, to - 1) && letter(s, to))) {
            return null;
        }
        Node<V> node = root;
        int i = to - 1;
        char last = 0;
        Match<V> best = null;
        while (i >= 0) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                int j = i;
                while (j >= 0 && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u3000')) {
                    j--;
                }
                Node<V> sp = node.child(' ');
                if (sp != null) {
                    node = sp;
                    i = j;
                    last = ' ';
                    continue;
                }
                if (node != root && Folding.isHan(last) && j >= 0 && Folding.isHan(s.charAt(j))) {
                    i = j;
                    continue;
                }
                break;
            }
            Node<V> nx = node.child(Folding.foldLower(c));
            if (nx == null) {
                break;
            }
            node = nx;
            last = c;
            if (node.value != null && !(letter(s, i) && letter(s, i - 1))) {
                best = new Match<>(i, to, node.value);
            }
            i--;
        }
        return best;
    }

    private static boolean letter(CharSequence s, int i) {
        return i >= 0 && i < s.length() && Folding.isAsciiLetter(s.charAt(i));
    }
}
