package org.newsfacts.text.normalize;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
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
    /** Characters OpenCC's character tables change: written in only one of the two scripts. */
    private final BitSet traditionalOnly = changedKeys("/data/dictionary/TSCharacters.txt");
    private final BitSet simplifiedOnly = changedKeys("/data/dictionary/STCharacters.txt");

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

    /** Simplified → Traditional, for lexicon entries written in one script that must match the other. */
    public String toTraditional(String word) {
        return opencc.toTraditional(word);
    }

    /** Written only in Traditional script: converting it to Simplified changes it. */
    public boolean isTraditionalOnly(int codePoint) {
        return traditionalOnly.get(codePoint);
    }

    /** Written only in Simplified script: converting it to Traditional changes it. */
    public boolean isSimplifiedOnly(int codePoint) {
        return simplifiedOnly.get(codePoint);
    }

    /**
     * The characters an OpenCC character table (shipped inside opencc4j) maps to something else. Read once
     * into a bit set, because script statistics ask about every character of every article.
     */
    private static BitSet changedKeys(String resource) {
        BitSet changed = new BitSet(0x30000);
        try (InputStream in = ScriptConverter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from opencc4j");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String key = line.substring(0, tab);
                String first = line.substring(tab + 1).strip().split(" ")[0];
                if (key.codePointCount(0, key.length()) == 1 && !first.equals(key)) {
                    changed.set(key.codePointAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return changed;
    }
}
