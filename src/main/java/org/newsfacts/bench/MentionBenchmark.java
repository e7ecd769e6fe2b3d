package org.newsfacts.bench;

import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.extract.mentions.MentionExtractor;

import org.newsfacts.extract.quotes.QuoteExtractor;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.TextAnalyzer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of mention and quote extraction on one thread: characters of repaired text per second (wall clock,
 * and per second of the thread's CPU time, which a busy machine does not distort), over the
 * seed articles (text analysis done beforehand and not timed), after a warm-up that loads HanLP's dictionaries
 * and lets the JIT compile.
 *
 * <pre>
 * java -cp target/newsfacts.jar org.newsfacts.bench.MentionBenchmark [SEEDS_DIR] [MODELS_DIR] [SECONDS]
 * </pre>
 * Defaults: {@code corpus}, {@code models}, 10 seconds of warm-up and 10 timed per stage.
 */
public final class MentionBenchmark {
    private MentionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "corpus");
        Path models = Path.of(args.length > 1 ? args[1] : "models");
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;

        TextAnalyzer analyzer = TextAnalyzer.withBundledModels();
        List<AnalyzedText> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("[^.]+\\.txt")).sorted().toList()) {
                texts.add(analyzer.analyze(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        long chars = texts.stream().mapToLong(t -> t.text().length()).sum();
        long loadStart = System.nanoTime();
        MentionExtractor mentions = MentionExtractor.load(models);
        QuoteExtractor quotes = QuoteExtractor.load(models);
        System.out.printf("models loaded in %.2f s; %d articles, %,d chars%n",
                (System.nanoTime() - loadStart) / 1e9, texts.size(), chars);

        List<List<Mention>> found = new ArrayList<>();
        for (AnalyzedText t : texts) {
            found.add(mentions.extract(t));
        }
        // Warm-up as long as the timed run: HanLP's Viterbi code needs many passes before the JIT has compiled it.
        run(() -> texts.forEach(mentions::extract), seconds);
        run(() -> {
            for (int i = 0; i < texts.size(); i++) {
                quotes.extract(texts.get(i), found.get(i));
            }
        }, seconds);

        Rate mentionRate = run(() -> texts.forEach(mentions::extract), seconds);
        Rate quoteRate = run(() -> {
            for (int i = 0; i < texts.size(); i++) {
                quotes.extract(texts.get(i), found.get(i));
            }
        }, seconds);
        report("mentions", chars, mentionRate);
        report("quotes", chars, quoteRate);
    }

    /** Passes per second of wall-clock time and of this thread's CPU time (steady on a busy machine). */
    private record Rate(double perWallSecond, double perCpuSecond) {
    }

    private static void report(String stage, long chars, Rate rate) {
        System.out.printf("%-9s %,.0f chars/s wall, %,.0f chars per CPU second (%.1f ms per pass)%n",
                stage + ":", chars * rate.perWallSecond(), chars * rate.perCpuSecond(), 1000 / rate.perWallSecond());
    }

    /** Runs {@code pass} repeatedly for about {@code seconds}. */
    private static Rate run(Runnable pass, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long budget = (long) (seconds * 1e9);
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int passes = 0;
        long elapsed;
        do {
            pass.run();
            passes++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        long cpu = Math.max(1, threads.getCurrentThreadCpuTime() - cpuStart);
        return new Rate(passes / (elapsed / 1e9), passes / (cpu / 1e9));
    }
}
