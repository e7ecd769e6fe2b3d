package org.newsfacts.spark;

import org.apache.spark.sql.SparkSession;
import org.newsfacts.cli.NewsfactsCli;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.pipeline.InputCollector;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The scaling benchmark behind README's "On Spark" numbers: copies the development articles and the dev2
 * articles to N files, then in one JVM runs {@code newsfacts extract} with 1 and 2 threads and the Spark job
 * on {@code local[1]} and {@code local[2]} over the same files, after one warm-up of each (models loaded, code
 * compiled), and prints articles per second, the CPU time per article and what the claims shuffle carries.
 *
 * <p>Run with {@code spark/bench [N]} (default 10,000 files).
 */
public final class SparkBench {
    private SparkBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path repository = Path.of(System.getProperty("newsfacts.repository", "."));
        Path models = repository.resolve("models");
        Path root = Files.createTempDirectory("newsfacts-spark-bench");
        try {
            List<SourceFile> sources = InputCollector.collect(List.of(repository.resolve("corpus"),
                    repository.resolve("corpus").resolve("dev2").resolve("articles")));
            Path warm = copies(sources, sources.size(), root.resolve("warm"));
            Path in = copies(sources, n, root.resolve("in"));
            System.out.printf(Locale.ROOT, "%d files (copies of %d articles: corpus + dev2), %d cores%n", n,
                    sources.size(), Runtime.getRuntime().availableProcessors());

            cli(warm, root.resolve("w-cli"), models, 2);
            spark(warm, root.resolve("w-spark"), 2);
            System.out.println("| run | wall s | articles/s | CPU s | CPU s per article |");
            System.out.println("| --- | ---: | ---: | ---: | ---: |");
            for (int threads : new int[]{1, 2}) {
                long cpu = cpu();
                double wall = cli(in, root.resolve("cli" + threads), models, threads);
                System.out.println(row("newsfacts extract --threads " + threads, n, wall, cpu() - cpu));
            }
            for (int threads : new int[]{1, 2}) {
                long cpu = cpu();
                double wall = spark(in, root.resolve("spark" + threads), threads);
                System.out.println(row("spark local[" + threads + "]", n, wall, cpu() - cpu));
            }

            Path out = root.resolve("spark2");
            long claims = lines(out.resolve("claims.jsonl"));
            long claimBytes = bytes(out.resolve("claims.jsonl"));
            System.out.printf(Locale.ROOT, "claims: %d (%.1f per article), claims.jsonl %.1f MB (%.0f bytes per "
                    + "claim): the shuffle of the reconciliation carries these lines and their shard keys%n",
                    claims, claims / (double) n, claimBytes / 1e6, claimBytes / (double) Math.max(1, claims));
            for (String file : List.of("documents.jsonl", "figures.jsonl", "mentions.jsonl", "quotes.jsonl")) {
                System.out.printf(Locale.ROOT, "%s: %.0f bytes per article%n", file,
                        bytes(out.resolve(file)) / (double) n);
            }
            System.out.printf(Locale.ROOT, "conflicts.json: %.1f MB%n", Files.size(out.resolve("conflicts.json")) / 1e6);
        } finally {
            delete(root);
        }
    }

    private static String row(String name, int n, double seconds, long cpuNanos) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.3f |", name, seconds, n / seconds,
                cpuNanos / 1e9, cpuNanos / 1e9 / n);
    }

    /**
     * CPU time of this process (all threads, GC and compiler included): on a shared machine wall time measures the
     * other users too, CPU time much less so.
     */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double cli(Path in, Path out, Path models, int threads) {
        CommandLine command = NewsfactsCli.commandLine();
        command.setErr(new PrintWriter(new StringWriter()));
        long start = System.nanoTime();
        command.execute("extract", in.toString(), "--out", out.toString(), "--models", models.toString(),
                "--threads", String.valueOf(threads), "--quiet", "--fresh");
        return (System.nanoTime() - start) / 1e9;
    }

    private static double spark(Path in, Path out, int threads) throws IOException {
        SparkSession session = SparkSession.builder().master("local[" + threads + "]").appName("newsfacts bench")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", String.valueOf(4 * threads)).getOrCreate();
        try {
            SparkExtract job = new SparkExtract();
            job.inputs = List.of(in.toString());
            job.out = out.toString();
            long start = System.nanoTime();
            job.run(session);
            return (System.nanoTime() - start) / 1e9;
        } finally {
            session.stop();
        }
    }

    /** {@code n} files cycling through the sources, each copy in a folder of its own (names stay unique). */
    private static Path copies(List<SourceFile> sources, int n, Path to) throws IOException {
        for (int i = 0; i < n; i++) {
            SourceFile source = sources.get(i % sources.size());
            Path target = to.resolve(String.format(Locale.ROOT, "copy%04d", i / sources.size())).resolve(source.doc());
            Files.createDirectories(target.getParent());
            Files.copy(source.path(), target);
        }
        return to;
    }

    private static long lines(Path folder) throws IOException {
        long count = 0;
        for (Path part : parts(folder)) {
            try (Stream<String> lines = Files.lines(part)) {
                count += lines.count();
            }
        }
        return count;
    }

    private static long bytes(Path folder) throws IOException {
        long total = 0;
        for (Path part : parts(folder)) {
            total += Files.size(part);
        }
        return total;
    }

    private static List<Path> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
        }
    }

    private static void delete(Path root) {
        try {
            org.newsfacts.files.FileTrees.delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
