package org.newsfacts.extract.number;

import org.newsfacts.lexicon.Trie;
import org.newsfacts.text.normalize.CaseFilter;

import java.util.Collection;
import java.util.List;

/**
 * The number grammar: reads every numeral of a text into a value, whatever its script, without
 * deciding whether it is a figure.
 *
 * <p>One pass from left to right; at each character that may start a numeral the readers look
 * ahead a bounded distance (a numeral, a unit word), so the time is linear in the text.
 * Instances are immutable and thread-safe.
 */
public final class NumeralScanner {

    private final Trie<Integer> idioms;
    private final java.util.Set<String> unitWords;

    private NumeralScanner(Trie<Integer> idioms, java.util.Set<String> unitWords) {
        this.idioms = idioms;
        this.unitWords = unitWords;
    }

    /** A scanner that knows no idioms: every numeral character that can be a number is one. */
    public static NumeralScanner create() {
        return new NumeralScanner(idioms(List.of()), java.util.Set.of());
    }

    /**
     * A scanner that skips the numeral characters inside the given words (一切, 统一, 四川): they
     * are words, not numbers. Give each word in every script it may be written in.
     */
    public static NumeralScanner withIdioms(Collection<String> idiomWords) {
        return new NumeralScanner(idioms(idiomWords), java.util.Set.of());
    }

    /**
     * As {@link #withIdioms}, and reads a number even where one of {@code unitWords} (ASCII letters,
     * any case: rmb, usd, hkd) is written against it without a space (Rmb1.2bn, 115USD); elsewhere
     * letters glued to digits make an identifier (V3, A2021, 180ml) that is not read as a number.
     */
    public static NumeralScanner create(Collection<String> idiomWords, Collection<String> unitWords) {
        java.util.Set<String> lower = new java.util.HashSet<>();
        for (String w : unitWords) {
            lower.add(CaseFilter.lower(w));
        }
        return new NumeralScanner(idioms(idiomWords), java.util.Set.copyOf(lower));
    }

    /**
     * The idioms, each valued by its place in the list: of two as long that cover a numeral, the first is read.
     * Only those with a character the scan stops at (一切, not a word without one, which it never asks about).
     */
    private static Trie<Integer> idioms(Collection<String> words) {
        Trie<Integer> trie = Trie.exact();
        int place = 0;
        for (String w : words) {
            if (hasTrigger(w)) {
                trie.add(w, place);
            }
            place++;
        }
        return trie.freeze();
    }

    private static boolean hasTrigger(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (NumeralChars.isTrigger(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** All numerals of {@code text}, in order, not overlapping. */
    public List<Numeral> scan(CharSequence text) {
        return new NumeralScan(text, idioms, unitWords).run();
    }
}
