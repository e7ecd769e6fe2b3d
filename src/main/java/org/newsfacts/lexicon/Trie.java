package org.newsfacts.lexicon;

import org.newsfacts.text.Span;
import org.newsfacts.text.normalize.CharClass;
import org.newsfacts.text.normalize.CaseFilter;
import org.newsfacts.text.normalize.CharMapFilter;
import org.newsfacts.text.normalize.DashFilter;
import org.newsfacts.text.normalize.QuoteFilter;
import org.newsfacts.text.normalize.WidthFilter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lexicons' one trie: many entries matched at a position of a text at once, so a look-up costs the length of
 * the longest match, not the size of the lexicon. Every stage's word list goes through it: the cluster
 * gazetteer, organisations and titles (mentions), the figure words (counters, currencies, qualifiers, ranks),
 * the names and idioms in which a numeral is no number.
 *
 * <p>Two ways of comparing, chosen when the trie is made:
 * <ul>
 * <li>{@link #exact()}: entry and text character for character, for a text the caller has folded already (the
 *     mention stage's folded view) or entries written as they appear (the grammar's idioms, 一国两制);</li>
 * <li>{@link #words()} and {@link #wordsBefore()}: both sides folded by {@link #FOLD} (the normalisation
 *     filters' dash, quotation-mark, width and case folding), a space in an entry matching any run of
 *     whitespace, whitespace between two Chinese characters skipped (PDF text breaks words with spaces and line
 *     breaks: 超\n\n過), and an English entry matched only as whole words (rank, not the rank in franking).
 *     {@code wordsBefore} is looked up backwards from where an entry ends: the word before a number.</li>
 * </ul>
 *
 * <p>Offsets are in the text given, as {@link Span}s; an entry stands for one or more values (a cluster name
 * two clusters share), kept in the order added. Entries are added while loading; the first look-up (or
 * {@link #freeze()}) turns the trie into arrays searched without boxing, after which it is only read and
 * safe to share between threads.
 */
public final class Trie<V> {

    /** An entry found: the text it covers and what it stands for, in the order the entries were added. */
    public record Match<V>(Span span, List<V> values) {
        public Match(int start, int end, List<V> values) {
            this(new Span(start, end), values);
        }

        public int start() {
            return span.start();
        }

        public int end() {
            return span.end();
        }

        /** The first value added for the entry. */
        public V value() {
            return values.get(0);
        }
    }

    /**
     * A node: its children's characters and nodes, in a small open-addressing table when there are many (the
     * first characters of a lexicon's entries: one probe, not a binary search, at every position of a text),
     * in a plain array scanned in order when there are a few.
     */
    private static final class Node<V> {
        /** Above this many children, a node hashes them. */
        private static final int SCANNED = 6;

        final char[] keys;
        final Node<V>[] kids;
        final List<V> values;
        /** Table size less one when hashed, or -1. */
        final int mask;

        @SuppressWarnings("unchecked")
        Node(char[] chars, Node<V>[] nodes, List<V> values) {
            this.values = values;
            if (chars.length <= SCANNED) {
                this.keys = chars;
                this.kids = nodes;
                this.mask = -1;
                return;
            }
            int size = Integer.highestOneBit(chars.length * 2 - 1) << 1;
            this.keys = new char[size];
            this.kids = new Node[size];
            this.mask = size - 1;
            for (int i = 0; i < chars.length; i++) {
                int j = slot(chars[i]);
                while (kids[j] != null) {
                    j = (j + 1) & mask;
                }
                keys[j] = chars[i];
                kids[j] = nodes[i];
            }
        }

        private int slot(char c) {
            return (c * 0x9E3779B1 >>> 16) & mask;
        }

        Node<V> child(char c) {
            char[] k = keys;
            if (mask < 0) {
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }
            for (int j = slot(c); ; j = (j + 1) & mask) {
                Node<V> kid = kids[j];
                if (kid == null || k[j] == c) {
                    return kid;
                }
            }
        }
    }

    private record Entry<V>(String key, V value) {
    }

    /** A class, not a lambda: a cold start links no call site for it. */
    private static final class ByKey implements Comparator<Entry<?>> {
        @Override
        public int compare(Entry<?> a, Entry<?> b) {
            return a.key().compareTo(b.key());
        }
    }

    private static final ByKey BY_KEY = new ByKey();

    /**
     * How a words trie folds entry and text, one character at a time since a walk may start anywhere: the
     * normalisation chain's steps that map a character to one character, composed into one table. Every dash
     * is a hyphen (a character alone cannot tell a clause dash from a joining one; entries are written with
     * the hyphen: -year, 5G-A), quotation marks and apostrophes take the matching view's form, full-width
     * forms are ASCII, letters lower case. Script is not folded here: OpenCC converts words, which a walk
     * one character at a time cannot see, so a lexicon enters its words in both scripts.
     */
    private static final CharMapFilter FOLD = CharMapFilter.chain(DashFilter.everyDash(), new QuoteFilter(),
            new WidthFilter(), new CaseFilter());

    private final boolean words;
    private final boolean backward;
    private List<Entry<V>> adding = new ArrayList<>();
    private volatile Node<V> root;
    private List<V> values;
    /** The most characters an entry can take from a text (in {@link #words()} tries, whitespace not counted). */
    private int longest;

    private Trie(boolean words, boolean backward) {
        this.words = words;
        this.backward = backward;
    }

    /** Entries and text compared as written, looked up forwards. */
    public static <V> Trie<V> exact() {
        return new Trie<>(false, false);
    }

    /** Folded words, spaces loose, English entries whole words, looked up forwards from where an entry starts. */
    public static <V> Trie<V> words() {
        return new Trie<>(true, false);
    }

    /** As {@link #words()}, looked up backwards from where an entry ends. */
    public static <V> Trie<V> wordsBefore() {
        return new Trie<>(true, true);
    }

    /** Adds an entry; an entry added again gains the value unless it has it already. Only before the first look-up. */
    public synchronized Trie<V> add(CharSequence entry, V value) {
        if (adding == null) {
            throw new IllegalStateException("the trie is in use; entries are added while loading");
        }
        String key = words ? wordKey(entry) : entry.toString();
        if (!key.isEmpty()) {
            adding.add(new Entry<>(backward ? reversed(key) : key, value));
        }
        return this;
    }

    /** Builds the search arrays now (at load time) rather than at the first look-up. */
    public Trie<V> freeze() {
        root();
        return this;
    }

    /** Every value added, once each, in the order added. */
    public List<V> values() {
        root();
        return values;
    }

    /** The longest entry that starts at {@code start}, or null. */
    public Match<V> longestAt(CharSequence text, int start) {
        requireDirection(false);
        return walk(text, start, null);
    }

    /** Every entry that starts at {@code start}, shortest first. */
    public List<Match<V>> allAt(CharSequence text, int start) {
        requireDirection(false);
        List<Match<V>> found = new ArrayList<>(2);
        walk(text, start, found);
        return found;
    }

    /** The longest entry that ends at {@code end} (exclusive), or null. */
    public Match<V> longestEndingAt(CharSequence text, int end) {
        requireDirection(true);
        return walk(text, end, null);
    }

    /**
     * Every entry that covers the character at {@code i}, by start from the nearest, shortest first at each: the
     * numeral inside a name (十五五, 5G) or an idiom (一切) asks whether it is part of one.
     */
    public List<Match<V>> covering(CharSequence text, int i) {
        requireDirection(false);
        root();
        List<Match<V>> found = new ArrayList<>(2);
        if (i < 0 || i >= text.length()) {
            return found;
        }
        // A match covering i takes every character from its start to i but skipped whitespace, so it starts
        // within the longest entry's count of characters that are not whitespace.
        int characters = 0;
        List<Match<V>> at = new ArrayList<>(2);
        for (int start = i; start >= 0; start--) {
            if (!(words && isSpace(text.charAt(start))) && ++characters > longest) {
                break;
            }
            at.clear();
            walk(text, start, at);
            for (Match<V> m : at) {
                if (m.end() > i) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    /** Leftmost-longest matches over the whole text, none overlapping. */
    public List<Match<V>> scan(CharSequence text) {
        requireDirection(false);
        List<Match<V>> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match<V> m = walk(text, i, null);
            if (m != null) {
                found.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * Walks from {@code anchor} in the trie's direction as long as some entry goes on. Collects every entry passed
     * into {@code all} when it is given; returns the longest.
     */
    private Match<V> walk(CharSequence s, int anchor, List<Match<V>> all) {
        Node<V> top = root();
        int n = s.length();
        if (anchor < 0 || anchor > n || words && !wordBoundary(s, anchor)) {
            return null;
        }
        int step = backward ? -1 : 1;
        Node<V> node = top;
        int p = anchor;
        char last = 0;
        Node<V> best = null;
        int bestAt = -1;
        while (true) {
            int at = backward ? p - 1 : p;
            if (at < 0 || at >= n) {
                break;
            }
            char c = s.charAt(at);
            if (words && isSpace(c)) {
                int q = p;
                for (int a = at; a >= 0 && a < n && isSpace(s.charAt(a)); a += step) {
                    q += step;
                }
                Node<V> space = node.child(' ');
                if (space != null) {
                    node = space;
                    p = q;
                    last = ' ';
                    continue;
                }
                int next = backward ? q - 1 : q;
                if (node != top && CharClass.isHan(last) && next >= 0 && next < n && CharClass.isHan(s.charAt(next))) {
                    p = q;
                    continue;
                }
                break;
            }
            node = node.child(words ? FOLD.map(c) : c);
            if (node == null) {
                break;
            }
            p += step;
            last = c;
            if (!node.values.isEmpty() && (!words || wordBoundary(s, p))) {
                best = node;
                bestAt = p;
                if (all != null) {
                    all.add(match(anchor, p, node));
                }
            }
        }
        return best == null ? null : match(anchor, bestAt, best);
    }

    private Match<V> match(int anchor, int other, Node<V> node) {
        return backward ? new Match<>(other, anchor, node.values) : new Match<>(anchor, other, node.values);
    }

    private void requireDirection(boolean wantBackward) {
        if (backward != wantBackward) {
            throw new IllegalStateException(backward ? "a trie of words before: look up where they end"
                    : "a forward trie: look up where entries start");
        }
    }

    private Node<V> root() {
        Node<V> r = root;
        return r != null ? r : build();
    }

    private synchronized Node<V> build() {
        if (root != null) {
            return root;
        }
        List<Entry<V>> entries = adding;
        adding = null;
        Set<V> all = new LinkedHashSet<>();
        int most = 0;
        for (Entry<V> e : entries) {
            all.add(e.value());
            int length = e.key().length();
            for (int k = 0; words && k < e.key().length(); k++) {
                length -= e.key().charAt(k) == ' ' ? 1 : 0;
            }
            most = Math.max(most, length);
        }
        values = List.copyOf(all);
        longest = most;
        // A stable sort: an entry's values stay in the order they were added.
        entries.sort(BY_KEY);
        Node<V> r = node(entries, 0, entries.size(), 0);
        root = r;
        return r;
    }

    /** The node of the sorted entries {@code [lo, hi)}, which share their first {@code depth} characters. */
    @SuppressWarnings("unchecked")
    private static <V> Node<V> node(List<Entry<V>> entries, int lo, int hi, int depth) {
        List<V> here = null;
        int i = lo;
        for (; i < hi && entries.get(i).key().length() == depth; i++) {
            V v = entries.get(i).value();
            if (here == null) {
                here = new ArrayList<>(1);
            }
            if (!here.contains(v)) {
                here.add(v);
            }
        }
        int kinds = 0;
        for (int j = i; j < hi; j++) {
            if (j == i || entries.get(j).key().charAt(depth) != entries.get(j - 1).key().charAt(depth)) {
                kinds++;
            }
        }
        char[] keys = new char[kinds];
        Node<V>[] kids = new Node[kinds];
        int k = 0;
        for (int j = i; j < hi; ) {
            char c = entries.get(j).key().charAt(depth);
            int end = j + 1;
            while (end < hi && entries.get(end).key().charAt(depth) == c) {
                end++;
            }
            keys[k] = c;
            kids[k++] = node(entries, j, end, depth + 1);
            j = end;
        }
        return new Node<>(keys, kids, here == null ? List.of() : List.copyOf(here));
    }

    /** Character by character, as a backward walk reads them (StringBuilder.reverse keeps surrogate pairs). */
    private static String reversed(String key) {
        char[] out = new char[key.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = key.charAt(out.length - 1 - k);
        }
        return new String(out);
    }

    /** An entry folded as the text will be, whitespace runs one space, none at either end. */
    private static String wordKey(CharSequence entry) {
        StringBuilder sb = new StringBuilder(entry.length());
        boolean space = false;
        for (int k = 0; k < entry.length(); k++) {
            char c = FOLD.map(entry.charAt(k));
            if (isSpace(c)) {
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

    /** Whether position {@code p} may begin or end an entry: not between two ASCII letters. */
    private static boolean wordBoundary(CharSequence s, int p) {
        return !(letter(s, p - 1) && letter(s, p));
    }

    private static boolean letter(CharSequence s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char f = FOLD.map(s.charAt(i));
        return f >= 'a' && f <= 'z';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
