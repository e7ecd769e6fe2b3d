package org.newsfacts.extract.mentions;

import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many phrases matched at once: from a position, walks the text one character at a time as long as some
 * phrase continues, so a look-up costs the length of the longest match, not the size of the lexicon.
 * Built once and then only read, so it is safe to share between threads.
 */
public final class PhraseTrie<V> {
    private final Node<V> root = new Node<>();

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        final List<V> values = new ArrayList<>(1);
    }

    /** A phrase found at a position: the text it covers (the one {@link Span} type) and what it stands for. */
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
    }

    public void add(CharSequence phrase, V value) {
        if (phrase.length() == 0) {
            return;
        }
        Node<V> node = root;
        for (int i = 0; i < phrase.length(); i++) {
            node = node.next.computeIfAbsent(phrase.charAt(i), c -> new Node<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
    }

    /** The longest phrase that starts at {@code start}, or null. */
    public Match<V> longestAt(CharSequence text, int start) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = start; i < text.length(); i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                best = new Match<>(start, i + 1, List.copyOf(node.values));
            }
        }
        return best;
    }

    /** Every phrase that starts at {@code start}, shortest first. */
    public List<Match<V>> allAt(CharSequence text, int start) {
        List<Match<V>> found = new ArrayList<>(2);
        Node<V> node = root;
        for (int i = start; i < text.length(); i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                found.add(new Match<>(start, i + 1, List.copyOf(node.values)));
            }
        }
        return found;
    }

    /** Every value stored, once each. */
    public java.util.Set<V> values() {
        java.util.Set<V> all = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<Node<V>> todo = new java.util.ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Node<V> n = todo.poll();
            all.addAll(n.values);
            todo.addAll(n.next.values());
        }
        return all;
    }

    /** Leftmost-longest, non-overlapping matches over the whole text. */
    public List<Match<V>> scan(CharSequence text) {
        List<Match<V>> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match<V> m = longestAt(text, i);
            if (m != null) {
                found.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }
}
