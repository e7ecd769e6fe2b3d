package org.newsfacts.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsfacts.extract.figures.FigureContext;
import org.newsfacts.extract.figures.FigureExtractor;
import org.newsfacts.extract.number.NumeralScanner;
import org.newsfacts.text.normalize.ScriptConverter;

/**
 * Throughput of the number grammar and the figure extractor over the seed articles, repeated:
 * a warm-up, then timed rounds. Prints characters per second.
 *
 * <p>Usage: {@code FigureBenchmark [seedsDir] [modelsDir] [seconds]}, by default
 * {@code corpus models 5}.
 */
public final class FigureBenchmark {

    private FigureBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "corpus");
        Path models = Path.of(args.length > 1 ? args[1] : "models");
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        List<String> raw;
        try (Stream<Path> files = Files.list(seeds)) {
            raw = files.filter(p -> p.getFileName().toString().matches("[^.]+\\.txt")).sorted().map(FigureBenchmark::read).toList();
        }
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("no .txt files in " + seeds.toAbsolutePath());
        }
        // The pipeline runs the extractor over Simplified text; convert once, outside the timing.
        List<String> simplified = raw.stream().map(ScriptConverter.shared()::toSimplified).toList();
        FigureExtractor extractor = FigureExtractor.load(models);
        NumeralScanner scanner = extractor.scanner();
        long chars = raw.stream().mapToLong(String::length).sum();
        System.out.printf("%d seed texts, %d chars%n", raw.size(), chars);

        run("number grammar, raw text", raw, chars, seconds, t -> scanner.scan(t).size());
        run("figure extractor, raw text", raw, chars, seconds, t -> extractor.extract(t, FigureContext.HONG_KONG).size());
        run("figure extractor, Simplified text", simplified, chars, seconds,
                t -> extractor.extract(t, FigureContext.HONG_KONG).size());
    }

    private interface Work {
        int apply(String text);
    }

    /**
     * Warm-up, then timed rounds. Reports throughput by wall clock and by the thread's CPU time; on a
     * shared machine the CPU figure is the one that measures the code.
     */
    private static void run(String label, List<String> texts, long chars, double seconds, Work work) {
        long sink = 0;
        long warmUntil = System.nanoTime() + (long) (seconds * 0.5e9);
        while (System.nanoTime() < warmUntil) {
            for (String t : texts) {
                sink += work.apply(t);
            }
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long rounds = 0;
        long results = 0;
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long until = start + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            for (String t : texts) {
                results += work.apply(t);
            }
            rounds++;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double used = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%-34s %,13.0f chars/s wall  %,13.0f chars/s cpu  (%d rounds, %d results a round)%n",
                label, rounds * chars / wall, rounds * chars / used, rounds, results / Math.max(1, rounds));
        if (sink == Long.MIN_VALUE) {
            System.out.println(); // keeps the warm-up from being optimised away
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
