package org.newsfacts.bench;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.newsfacts.files.LexiconFile;
import org.newsfacts.lexicon.Trie;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Whether HanLP's {@code AhoCorasickDoubleArrayTrie} finds the lexicons' phrases in articles faster than our
 * {@link Trie} (issue 14 asks to prefer it "unless a benchmark says otherwise"). Both get the same
 * phrases (every name, alias and title in {@code models/mentions/clusters.tsv}, {@code organisations.tsv} and
 * {@code titles.txt}) and find every occurrence in every article of {@code corpus/} and
 * {@code corpus/dev2/articles}: the Aho-Corasick trie in one pass per text, ours by a walk from every position
 * (what the cluster and title recognisers do). Prints build time, search time per million characters and
 * the hit counts, which must agree. Not a test:
 * <pre>java -cp target/newsfacts.jar org.newsfacts.bench.TrieBenchmark [--models DIR] [--rounds N]</pre>
 */
public final class TrieBenchmark {
    private TrieBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path models = Path.of("models");
        int rounds = 20;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--models" -> models = Path.of(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<String> phrases = phrases(models);
        List<String> texts = texts(List.of(Path.of("corpus"), Path.of("corpus", "dev2", "articles")));
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%d phrases, %d articles, %,d chars, %d rounds%n", phrases.size(),
                texts.size(), chars, rounds);

        // Each built five times: the first build of a JVM pays class loading, which start-up pays once either way.
        Trie<String> ours = null;
        AhoCorasickDoubleArrayTrie<String> ac = null;
        long oursBuild = Long.MAX_VALUE;
        long acBuild = Long.MAX_VALUE;
        long oursFirst = 0;
        long acFirst = 0;
        for (int b = 0; b < 5; b++) {
            long t0 = System.nanoTime();
            ours = Trie.exact();
            for (String p : phrases) {
                ours.add(p, p);
            }
            ours.freeze();
            long t1 = System.nanoTime();
            TreeMap<String, String> map = new TreeMap<>();
            phrases.forEach(p -> map.put(p, p));
            ac = new AhoCorasickDoubleArrayTrie<>(map);
            long t2 = System.nanoTime();
            if (b == 0) {
                oursFirst = t1 - t0;
                acFirst = t2 - t1;
            }
            oursBuild = Math.min(oursBuild, t1 - t0);
            acBuild = Math.min(acBuild, t2 - t1);
        }
        Trie<String> oursTrie = ours;
        AhoCorasickDoubleArrayTrie<String> acTrie = ac;

        long oursHits = 0;
        long acHits = 0;
        long oursNanos = 0;
        long acNanos = 0;
        // Interleaved, after one warm-up round each, so JIT and machine load fall on both alike.
        for (int r = -1; r < rounds; r++) {
            long start = System.nanoTime();
            long h = 0;
            for (String text : texts) {
                for (int i = 0; i < text.length(); i++) {
                    h += oursTrie.allAt(text, i).size();
                }
            }
            long mid = System.nanoTime();
            long[] a = {0};
            for (String text : texts) {
                acTrie.parseText(text, (begin, end, value) -> a[0]++);
            }
            long end = System.nanoTime();
            if (r >= 0) {
                oursNanos += mid - start;
                acNanos += end - mid;
                oursHits = h;
                acHits = a[0];
            }
        }
        double perMillion = 1e6 / (chars * (double) rounds) / 1e6;
        System.out.printf(Locale.ROOT, "Trie:                       build %6.1f ms (first %6.1f), search %7.1f ms per million chars, %d hits%n",
                oursBuild / 1e6, oursFirst / 1e6, oursNanos * perMillion, oursHits);
        System.out.printf(Locale.ROOT, "AhoCorasickDoubleArrayTrie: build %6.1f ms (first %6.1f), search %7.1f ms per million chars, %d hits%n",
                acBuild / 1e6, acFirst / 1e6, acNanos * perMillion, acHits);
    }

    private static List<String> phrases(Path models) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : LexiconFile.read(models.resolve("mentions/clusters.tsv")).lines()) {
            String[] cols = line.split("\t");
            if (cols.length < 4 || cols[0].equals("cluster_en")) {
                continue;
            }
            out.add(cols[0]);
            out.add(cols[1]);
            out.add(cols[2]);
            for (String alias : cols[3].split(";")) {
                out.add(alias.replaceAll("\\[[^]]*]", "").strip());
            }
        }
        for (String line : LexiconFile.read(models.resolve("mentions/organisations.tsv")).lines()) {
            String[] cols = line.split("\t");
            if (cols.length >= 3) {
                for (String name : cols[2].split(";")) {
                    out.add(name.strip());
                }
            }
        }
        LexiconFile titles = LexiconFile.read(models.resolve("mentions/titles.txt"));
        for (String section : titles.sectionNames()) {
            out.addAll(titles.section(section));
        }
        return out.stream().filter(p -> !p.isEmpty()).distinct().toList();
    }

    private static List<String> texts(List<Path> folders) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    try {
                        texts.add(Files.readString(f, StandardCharsets.UTF_8));
                    } catch (java.nio.charset.MalformedInputException e) {
                        // corpus/ keeps a Big5 copy of an article for the reader's tests; its text is here in UTF-8
                    }
                }
            }
        }
        return texts;
    }
}
