package org.newsfacts.text.normalize;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Traditional → Simplified Chinese through OpenCC's character and phrase tables (opencc4j's default
 * dictionaries; regional vocabulary such as 軟體→软件 is not applied). The conversion is done word by word
 * on opencc4j's own segmentation so that each output piece can be tied to the input piece it replaces.
 * The tables and the segmentation are opencc4j's, compiled at build time into {@link OpenccTable} so that a
 * start does not spend half a second building opencc4j's trie.
 *
 * <p>News repeats its words, so converted words are cached. The cache only grows with the vocabulary, not
 * the corpus.
 */
public final class ScriptConverter {
    /** Past this many distinct words the cache stops growing; conversion stays correct, just uncached. */
    private static final int CACHE_LIMIT = 200_000;

    private final OpenccTable opencc = OpenccTable.load();
    private final Map<String, String> toSimplified = new ConcurrentHashMap<>();
    /** At most one entry per {@code char}, so it needs no limit. */
    private final Map<Character, String> charToSimplified = new ConcurrentHashMap<>();

    private static final ScriptConverter SHARED = new ScriptConverter();

    /** One converter serves every thread: the tables are read-only and the cache is concurrent. */
    public static ScriptConverter shared() {
        return SHARED;
    }

    /** Words of a run of Chinese text, as opencc4j segments it; they concatenate back to the run. */
    public List<String> words(String hanRun) {
        List<String> words = opencc.segment(hanRun);
        return String.join("", words).equals(hanRun) ? words : hanRun.codePoints().mapToObj(Character::toString).toList();
    }

    public String toSimplified(String word) {
        String cached = toSimplified.get(word);
        if (cached != null) {
            return cached;
        }
        String converted = opencc.convert(word, true);
        if (toSimplified.size() < CACHE_LIMIT) {
            toSimplified.put(word, converted);
        }
        return converted;
    }

    /**
     * One character in Simplified script, converted alone (OpenCC's character table, no phrase): what a
     * per-character fold needs (the evaluator's, the numeral suffixes'); never empty.
     */
    public String toSimplified(char c) {
        String cached = charToSimplified.get(c);
        if (cached != null) {
            return cached;
        }
        String converted = toSimplified(String.valueOf(c));
        String one = converted == null || converted.isEmpty() ? String.valueOf(c) : converted;
        charToSimplified.put(c, one);
        return one;
    }

    /** Simplified → Traditional, for lexicon entries written in one script that must match the other. */
    public String toTraditional(String word) {
        return opencc.convert(word, false);
    }

    /** Written only in Traditional script: converting it to Simplified changes it (OpenCC's character table). */
    public boolean isTraditionalOnly(int codePoint) {
        return opencc.traditionalOnly.get(codePoint);
    }

    /** Written only in Simplified script: converting it to Traditional changes it (OpenCC's character table). */
    public boolean isSimplifiedOnly(int codePoint) {
        return opencc.simplifiedOnly.get(codePoint);
    }
}
