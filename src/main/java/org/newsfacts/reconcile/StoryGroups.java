package org.newsfacts.reconcile;

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
 * adding an article costs the same however many came before and memory is {@value #HASHES} ints an article.
 * A story is named by the first of its documents in path order.
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

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> docs = new ArrayList<>();
    private final List<int[]> signatures = new ArrayList<>();
    private final List<Integer> parent = new ArrayList<>();
    private final Map<String, Integer> exact = new HashMap<>();
    private final List<Map<Long, List<Integer>>> buckets = new ArrayList<>();

    public StoryGroups() {
        for (int b = 0; b < BANDS; b++) {
            buckets.add(new HashMap<>());
        }
    }

    /** Adds one article; a doc added twice keeps its first text. */
    public void add(String doc, String text) {
        if (doc == null || index.containsKey(doc)) {
            return;
        }
        int id = docs.size();
        index.put(doc, id);
        docs.add(doc);
        parent.add(id);
        String normalized = normalize(text == null ? "" : text);
        Integer same = exact.putIfAbsent(sha(normalized), id);
        if (same != null) {
            union(id, same);
        }
        if (normalized.length() < MIN_NEAR) {
            signatures.add(null);
            return;
        }
        int[] signature = minHash(normalized);
        signatures.add(signature);
        for (int b = 0; b < BANDS; b++) {
            long key = band(signature, b);
            List<Integer> bucket = buckets.get(b).computeIfAbsent(key, k -> new ArrayList<>(1));
            for (int other : bucket) {
                if (find(other) != find(id) && similarity(signature, signatures.get(other)) >= NEAR_DUPLICATE) {
                    union(id, other);
                }
            }
            // One representative a bucket is enough to join later copies; keeps buckets from growing with copies.
            if (bucket.isEmpty() || find(bucket.get(0)) != find(id)) {
                bucket.add(id);
            }
        }
    }

    /** The story a document belongs to: the first document of its group in path order (itself if alone or unknown). */
    public String storyOf(String doc) {
        Integer id = index.get(doc);
        if (id == null) {
            return doc;
        }
        return names().get(find(id));
    }

    /** The stories told by more than one document: story name → its documents in path order. */
    public Map<String, List<String>> copies() {
        Map<Integer, List<String>> byRoot = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            byRoot.computeIfAbsent(find(i), r -> new ArrayList<>()).add(docs.get(i));
        }
        Map<String, List<String>> out = new TreeMap<>();
        byRoot.values().stream().filter(g -> g.size() > 1).forEach(g -> {
            List<String> sorted = g.stream().sorted().toList();
            out.put(sorted.get(0), sorted);
        });
        return out;
    }

    private Map<Integer, String> names() {
        Map<Integer, String> names = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            names.merge(find(i), docs.get(i), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return names;
    }

    private int find(int i) {
        while (parent.get(i) != i) {
            parent.set(i, parent.get(parent.get(i)));
            i = parent.get(i);
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent.set(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
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

    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    private static long band(int[] signature, int b) {
        long key = b;
        for (int r = 0; r < ROWS; r++) {
            key = key * 1_000_003L + signature[b * ROWS + r];
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

    private static String sha(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
