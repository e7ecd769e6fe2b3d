package org.newsfacts.text.normalize;

import com.github.houbb.opencc4j.support.datamap.IDataMap;
import com.github.houbb.opencc4j.support.datamap.impl.DataMaps;
import com.github.houbb.opencc4j.support.segment.trie.OpenccTrieTreeMap;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@link OpenccTable}'s file from opencc4j's own data at build time (Maven's process-classes phase runs
 * {@link #main}), so the table is opencc4j's dictionaries of the pinned version and nothing is copied by hand.
 * The segmentation words are read from the very trie opencc4j segments with, the phrase and character tables
 * from its default data map.
 */
public final class OpenccTableBuilder {
    private OpenccTableBuilder() {
    }

    /** Writes the table to {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        try (OutputStream file = Files.newOutputStream(out)) {
            write(new DataOutputStream(new java.io.BufferedOutputStream(file, 1 << 16)));
        }
    }

    static void write(DataOutputStream out) throws IOException {
        IDataMap data = DataMaps.defaults();
        List<String> words = new ArrayList<>();
        collectWords(new OpenccTrieTreeMap().getTrieTreeMap(), new StringBuilder(), words);
        words.sort(null);
        int maxLength = 0;
        for (String w : words) {
            maxLength = Math.max(maxLength, w.length());
        }
        out.writeInt(OpenccTable.MAGIC);
        writeSet(out, words);
        out.writeInt(maxLength);
        writeMap(out, data.tsPhrase());
        writeMap(out, data.stPhrase());
        writeChars(out, data.tsChar());
        writeChars(out, data.stChar());
        writeCodePoints(out, changedKeys("/data/dictionary/TSCharacters.txt"));
        writeCodePoints(out, changedKeys("/data/dictionary/STCharacters.txt"));
        out.flush();
    }

    /**
     * The words of opencc4j's segmentation trie (nested maps keyed by character, "ED" true where a word ends).
     * Only words wholly of U+4E00–U+9FA5 are kept: the trie is only ever walked inside a run of those.
     */
    @SuppressWarnings("rawtypes")
    private static void collectWords(Map node, StringBuilder prefix, List<String> words) {
        if (Boolean.TRUE.equals(node.get("ED")) && !prefix.isEmpty()) {
            words.add(prefix.toString());
        }
        for (Object key : node.keySet()) {
            if (key instanceof Character c) {
                if (c < '\u4e00' || c > '\u9fa5') {
                    continue;
                }
                prefix.append(c.charValue());
                collectWords((Map) node.get(key), prefix, words);
                prefix.setLength(prefix.length() - 1);
            }
        }
    }

    private static void writeMap(DataOutputStream out, Map<String, List<String>> table) throws IOException {
        // Sorted, so that the file is the same at every build.
        TreeMap<String, String> firsts = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : table.entrySet()) {
            if (e.getKey() != null && e.getValue() != null && !e.getValue().isEmpty()) {
                firsts.put(e.getKey(), e.getValue().get(0));
            }
        }
        writeSet(out, new ArrayList<>(firsts.keySet()));
        writeStrings(out, new ArrayList<>(firsts.values()), 0);
    }

    private static void writeSet(DataOutputStream out, List<String> keys) throws IOException {
        int size = Integer.highestOneBit(Math.max(2, keys.size()) * 2) * 2;
        writeStrings(out, keys, size);
    }

    /** The strings' chars, their start offsets and a hash table of {@code slots} slots (0: none). */
    private static void writeStrings(DataOutputStream out, List<String> strings, int slots) throws IOException {
        int total = 0;
        for (String s : strings) {
            total += s.length();
        }
        out.writeInt(total);
        for (String s : strings) {
            out.writeChars(s);
        }
        out.writeInt(strings.size() + 1);
        int at = 0;
        for (String s : strings) {
            out.writeInt(at);
            at += s.length();
        }
        out.writeInt(at);
        int[] table = new int[slots];
        for (int k = 0; k < strings.size() && slots > 0; k++) {
            String s = strings.get(k);
            int slot = OpenccTable.hash(s, 0, s.length()) & (slots - 1);
            while (table[slot] != 0) {
                slot = (slot + 1) & (slots - 1);
            }
            table[slot] = k + 1;
        }
        out.writeInt(slots);
        for (int v : table) {
            out.writeInt(v);
        }
    }

    /** opencc4j looks a character up as a one-unit string and keeps a first value of one unit only. */
    private static void writeChars(DataOutputStream out, Map<String, List<String>> table) throws IOException {
        TreeMap<Character, Character> pairs = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : table.entrySet()) {
            String key = e.getKey();
            List<String> values = e.getValue();
            if (key != null && key.length() == 1 && values != null && !values.isEmpty()
                    && values.get(0).length() == 1 && values.get(0).charAt(0) != key.charAt(0)) {
                pairs.put(key.charAt(0), values.get(0).charAt(0));
            }
        }
        out.writeInt(pairs.size());
        for (Map.Entry<Character, Character> p : pairs.entrySet()) {
            out.writeChar(p.getKey());
            out.writeChar(p.getValue());
        }
    }

    private static void writeCodePoints(DataOutputStream out, List<Integer> codePoints) throws IOException {
        out.writeInt(codePoints.size());
        for (int cp : codePoints) {
            out.writeInt(cp);
        }
    }

    /** The characters an OpenCC character table (shipped inside opencc4j) maps to something else. */
    private static List<Integer> changedKeys(String resource) throws IOException {
        List<Integer> changed = new ArrayList<>();
        try (InputStream in = OpenccTableBuilder.class.getResourceAsStream(resource)) {
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
                    changed.add(key.codePointAt(0));
                }
            }
        }
        changed.sort(null);
        return changed;
    }
}
