package org.newsfacts.text;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Traditional → Simplified Chinese through OpenCC's character and phrase tables (opencc4j's default
 * dictionaries; regional vocabulary such as 軟體→软件 is not applied). The conversion is done word by word
 * on opencc4j's own segmentation so that each output piece can be tied to the input piece it replaces.
 *
 * <p>opencc4j re-segments and converts every call, which is slow next to a table look-up; news repeats
 * its words, so converted words are cached. The cache only grows with the vocabulary, not the corpus.
 */
public final class ScriptConverter {
    /** Past this many distinct words the cache stops growing; conversion stays correct, just uncached. */
    private static final int CACHE_LIMIT = 200_000;

    private final ZhConvertBootstrap opencc = ZhConvertBootstrap.newInstance().init();
    private final Map<String, String> toSimplified = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> traditionalChars = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> simplifiedChars = new ConcurrentHashMap<>();

    private static final ScriptConverter SHARED = new ScriptConverter();

    /** One converter serves every thread: opencc4j's tables are read-only and the caches are concurrent. */
    public static ScriptConverter shared() {
        return SHARED;
    }

    /** Words of a run of Chinese text, as opencc4j segments it; they concatenate back to the run. */
    public List<String> words(String hanRun) {
        List<String> words = opencc.doSeg(hanRun);
        return String.join("", words).equals(hanRun) ? words : hanRun.codePoints().mapToObj(Character::toString).toList();
    }

    public String toSimplified(String word) {
        String cached = toSimplified.get(word);
        if (cached != null) {
            return cached;
        }
        String converted = opencc.toSimple(word);
        if (toSimplified.size() < CACHE_LIMIT) {
            toSimplified.put(word, converted);
        }
        return converted;
    }

    /** Written only in Traditional script: converting it to Simplified changes it. */
    public boolean isTraditionalOnly(int codePoint) {
        return traditionalChars.computeIfAbsent(codePoint,
                cp -> !opencc.toSimple(Character.toString(cp)).equals(Character.toString(cp)));
    }

    /** Written only in Simplified script: converting it to Traditional changes it. */
    public boolean isSimplifiedOnly(int codePoint) {
        return simplifiedChars.computeIfAbsent(codePoint,
                cp -> !opencc.toTraditional(Character.toString(cp)).equals(Character.toString(cp)));
    }
}
