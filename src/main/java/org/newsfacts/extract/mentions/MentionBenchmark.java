package org.newsfacts.extract.mentions;

import org.newsfacts.extract.quotes.Quote;
import org.newsfacts.extract.quotes.QuoteExtractor;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.TextAnalyzer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of mention and quote extraction on one thread: characters of repaired text per second, over the
 * seed articles (text analysis done beforehand and not timed), after a warm-up that loads HanLP's dictionaries
 * and lets the JIT compile.
 *
 * <pre>
 * java -cp target/newsfacts.jar org.newsfacts.extract.mentions.MentionBenchmark [SEEDS_DIR] [MODELS_DIR] [SECONDS]
 * </pre>
 * Defaults: {@code ../shared/seeds}, {@code models}, 10 seconds per stage.
 */
public final class MentionBenchmark {
    private MentionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "../shared/seeds");
        Path models = Path.of(args.length > 1 ? args[1] : "models");
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;

        TextAnalyzer analyzer = TextAnalyzer.withBundledModels();
        List<AnalyzedText> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
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
        // Warm-up: a third of the timed budget per stage.
        run(() -> texts.forEach(mentions::extract), seconds / 3);
        run(() -> {
            for (int i = 0; i < texts.size(); i++) {
                quotes.extract(texts.get(i), found.get(i));
            }
        }, seconds / 3);

        double mentionRounds = run(() -> texts.forEach(mentions::extract), seconds);
        int[] quoteCount = new int[1];
        double quoteRounds = run(() -> {
            for (int i = 0; i < texts.size(); i++) {
                List<Quote> q = quotes.extract(texts.get(i), found.get(i));
                quoteCount[0] = q.size();
            }
        }, seconds);
        System.out.printf("mentions: %,.0f chars/s (%.1f ms per pass over the seeds)%n",
                chars * mentionRounds, 1000 / mentionRounds);
        System.out.printf("quotes:   %,.0f chars/s (%.1f ms per pass over the seeds)%n",
                chars * quoteRounds, 1000 / quoteRounds);
    }

    /** Runs {@code pass} repeatedly for about {@code seconds}; passes per second. */
    private static double run(Runnable pass, double seconds) {
        long budget = (long) (seconds * 1e9);
        long start = System.nanoTime();
        int passes = 0;
        long elapsed;
        do {
            pass.run();
            passes++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        return passes / (elapsed / 1e9);
    }
}
