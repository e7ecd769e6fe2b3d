package org.newsfacts.reconcile;

import org.newsfacts.text.normalize.CaseFilter;
import org.newsfacts.text.normalize.FilterChain;
import org.newsfacts.text.normalize.LetterDigitFilter;


import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which articles are copies of one story: the same repaired text under another file name or on another
 * outlet's site (reposts, mirrors, aggregators), or a near-duplicate of it (a copy with another headline,
 * byline or related-news list). Copies count as one source: a figure printed by ten mirrors is one report,
 * and a story that gives two values is a doubt about one article, not a conflict between articles.
 *
 * <p>Texts are compared on their letters and digits only, lower-cased (pass the matching view, which also
 * folds Traditional to Simplified and full-width to half-width, so a copy in the other script matches). Two
 * texts are one story when they are equal or their sets of {@value #SHINGLE}-character shingles overlap by at
 * least {@value #NEAR_DUPLICATE} (Jaccard), estimated by MinHash and found by locality-sensitive hashing, so
 * adding an article costs the same however many came before.
 * A story is named by the first of its documents in path order.
 *
 * <p>Memory is what a run over 10⁵–10⁶ articles can hold: everything lives in flat primitive arrays (no object
 * an article), an exact copy of an earlier text costs its name and two ints, and a new text its
 * {@value #HASHES}-int signature plus {@value #BANDS} bucket slots (about 0.7 KB).
 */
public final class StoryGroups {
    static final int SHINGLE = 6;
    static final double NEAR_DUPLICATE = 0.7;
    static final int HASHES = 64;
    private static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    /** Texts shorter than this (letters and digits) are matched only when identical: too few shingles. */
    private static final int MIN_NEAR = 60;
    private static final long[] SEEDS = seeds();

    private final Names names = new Names();
    private int size;
    private int[] parent = new int[256];
    /** Where each article's signature starts in {@link #signatures}, or -1 (too short, or an exact copy). */
    private int[] signatureAt = new int[256];
    private int[] signatures = new int[256 * HASHES];
    private int signatureCount;
    /** 64 bits of the SHA-256 of each distinct normalised text → its first article. */
    private final LongIntTable exact = new LongIntTable();
    /** Each band's key (band number mixed in) → the articles that represent a story in that bucket. */
    private final LongIntTable buckets = new LongIntTable();
    /** Root → the article that names its story (first in path order); rebuilt after an add. */
    private int[] firstOf;

    /** Adds one article; a doc added twice keeps its first text. */
    public void add(String doc, String text) {
        if (doc == null || names.find(doc) >= 0) {
            return;
        }
        int id = size++;
        names.add(doc, id);
        firstOf = null;
        if (id == parent.length) {
            parent = Arrays.copyOf(parent, id * 2);
            signatureAt = Arrays.copyOf(signatureAt, id * 2);
        }
        parent[id] = id;
        signatureAt[id] = -1;
        String normalized = normalize(text == null ? "" : text);
        long digest = sha(normalized);
        int same = exact.first(digest);
        int at;
        if (same >= 0) {
            union(id, same);
            // The same text as an earlier article: its signature is the earlier one's, stored once.
            at = signatureAt[same];
        } else {
            exact.put(digest, id);
            at = normalized.length() < MIN_NEAR ? -1 : storeSignature(minHash(normalized));
        }
        if (at < 0) {
            return;
        }
        signatureAt[id] = at;
        for (int b = 0; b < BANDS; b++) {
            long key = band(at, b);
            boolean represented = false;
            for (int slot = buckets.slot(key); slot >= 0; slot = buckets.next(key, slot)) {
                int other = buckets.value(slot);
                if (find(other) != find(id) && similarity(at, signatureAt[other]) >= NEAR_DUPLICATE) {
                    union(id, other);
                }
                represented |= find(other) == find(id);
            }
            // One representative a story in a bucket is enough to join later copies; keeps buckets from growing
            // with copies.
            if (!represented) {
                buckets.put(key, id);
            }
        }
    }

    /** The story a document belongs to: the first document of its group in path order (itself if alone or unknown). */
    public String storyOf(String doc) {
        int id = names.find(doc);
        if (id < 0) {
            return doc;
        }
        int first = firsts()[find(id)];
        return first == id ? doc : names.name(first);
    }

    /** The stories told by more than one document: story name → its documents in path order. */
    public Map<String, List<String>> copies() {
        int[] members = new int[size];
        for (int i = 0; i < size; i++) {
            members[find(i)]++;
        }
        Map<Integer, List<String>> byRoot = new HashMap<>();
        for (int i = 0; i < size; i++) {
            int root = find(i);
            if (members[root] > 1) {
                byRoot.computeIfAbsent(root, r -> new ArrayList<>(members[r])).add(names.name(i));
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        byRoot.values().forEach(g -> {
            List<String> sorted = g.stream().sorted().toList();
            out.put(sorted.get(0), sorted);
        });
        return out;
    }

    private int[] firsts() {
        if (firstOf == null) {
            int[] first = new int[size];
            Arrays.fill(first, -1);
            for (int i = 0; i < size; i++) {
                int root = find(i);
                if (first[root] < 0 || names.compare(i, first[root]) < 0) {
                    first[root] = i;
                }
            }
            firstOf = first;
        }
        return firstOf;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Two copies of one story compared by their words alone: letters and digits, in lower case. */
    private static final FilterChain WORDS = FilterChain.of(new LetterDigitFilter(), new CaseFilter());

    static String normalize(String text) {
        return WORDS.apply(text);
    }

    private int storeSignature(int[] signature) {
        int at = signatureCount * HASHES;
        if (at + HASHES > signatures.length) {
            signatures = Arrays.copyOf(signatures, signatures.length * 2);
        }
        System.arraycopy(signature, 0, signatures, at, HASHES);
        signatureCount++;
        return at;
    }

    private static int[] minHash(String text) {
        int[] signature = new int[HASHES];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= text.length(); i++) {
            long h = text.substring(i, i + SHINGLE).hashCode() * 0x9E3779B97F4A7C15L;
            for (int k = 0; k < HASHES; k++) {
                int v = (int) (mix(h ^ SEEDS[k]) >>> 33);
                if (v < signature[k]) {
                    signature[k] = v;
                }
            }
        }
        return signature;
    }

    private double similarity(int a, int b) {
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (signatures[a + k] == signatures[b + k]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    private long band(int at, int b) {
        long key = b;
        for (int r = 0; r < ROWS; r++) {
            key = key * 1_000_003L + signatures[at + b * ROWS + r];
        }
        return key;
    }

    /** SplitMix64's finaliser: spreads a 64-bit value over all bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long s = 0x5DEECE66DL;
        for (int k = 0; k < HASHES; k++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            seeds[k] = s;
        }
        return seeds;
    }

    /**
     * The first 64 bits of the text's SHA-256: two different texts share them with probability 2⁻⁶⁴ a pair
     * (about 3·10⁻⁸ over a million articles), so equal digests are taken as equal texts.
     */
    private static long sha(String text) {
        try {
            return ByteBuffer.wrap(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * Document names as UTF-8 in one byte array, found by an open-addressing table of ids: about 1.3 times the
     * name's bytes plus 12 bytes a document, instead of a String and a map entry (about 100 bytes).
     */
    private static final class Names {
        private byte[] bytes = new byte[4096];
        private int used;
        private int[] end = new int[256];
        private int[] table = new int[512];
        private int count;

        int find(String doc) {
            byte[] key = doc.getBytes(StandardCharsets.UTF_8);
            int mask = table.length - 1;
            for (int i = mix(doc.hashCode()) & mask; table[i] != 0; i = (i + 1) & mask) {
                int id = table[i] - 1;
                int start = id == 0 ? 0 : end[id - 1];
                if (Arrays.equals(bytes, start, end[id], key, 0, key.length)) {
                    return id;
                }
            }
            return -1;
        }

        void add(String doc, int id) {
            byte[] key = doc.getBytes(StandardCharsets.UTF_8);
            while (used + key.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            System.arraycopy(key, 0, bytes, used, key.length);
            used += key.length;
            if (id == end.length) {
                end = Arrays.copyOf(end, id * 2);
            }
            end[id] = used;
            count++;
            if (count * 2 > table.length) {
                int[] old = table;
                table = new int[old.length * 2];
                for (int slot : old) {
                    if (slot != 0) {
                        insert(mix(name(slot - 1).hashCode()), slot);
                    }
                }
            }
            insert(mix(doc.hashCode()), id + 1);
        }

        private void insert(int hash, int slot) {
            int mask = table.length - 1;
            int i = hash & mask;
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = slot;
        }

        String name(int id) {
            int start = id == 0 ? 0 : end[id - 1];
            return new String(bytes, start, end[id] - start, StandardCharsets.UTF_8);
        }

        int compare(int a, int b) {
            return name(a).compareTo(name(b));
        }

        private static int mix(int h) {
            return (int) StoryGroups.mix(h);
        }
    }

    /**
     * A multimap from long keys to int values by open addressing with linear probing: a key's values are the
     * slots holding it before the next empty one. 12 bytes a slot, at most half full.
     */
    private static final class LongIntTable {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int count;

        LongIntTable() {
            Arrays.fill(values, -1);
        }

        /** The first slot holding {@code key}, or -1. */
        int slot(long key) {
            return scan(key, (int) mix(key) & (keys.length - 1));
        }

        /** The next slot after {@code slot} holding {@code key}, or -1. */
        int next(long key, int slot) {
            return scan(key, (slot + 1) & (keys.length - 1));
        }

        private int scan(long key, int from) {
            int mask = keys.length - 1;
            for (int i = from; values[i] >= 0; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return i;
                }
            }
            return -1;
        }

        int value(int slot) {
            return values[slot];
        }

        int first(long key) {
            int slot = slot(key);
            return slot < 0 ? -1 : values[slot];
        }

        void put(long key, int value) {
            if ((count + 1) * 2 > keys.length) {
                long[] oldKeys = keys;
                int[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new int[oldKeys.length * 2];
                Arrays.fill(values, -1);
                // Re-inserted in slot order; a key's values keep their relative order within a run of slots.
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldValues[i] >= 0) {
                        insert(oldKeys[i], oldValues[i]);
                    }
                }
            }
            insert(key, value);
            count++;
        }

        private void insert(long key, int value) {
            int mask = keys.length - 1;
            int i = (int) mix(key) & mask;
            while (values[i] >= 0) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
        }
    }
}
