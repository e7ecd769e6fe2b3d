package org.newsfacts.bench;

import org.newsfacts.files.FileTrees;

import org.newsfacts.claims.EditionPeriods;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.ingest.TikaArticleReader;
import org.newsfacts.run.ExtractRun;
import org.newsfacts.pipeline.ArticleProcessor;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.pipeline.InputCollector;
import org.newsfacts.pipeline.StageTimes;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code newsfacts bench}: time from JVM start to the first processed article; the whole {@code extract}
 * process over the corpus repeated to about a thousand files, against the bare-library baseline of
 * {@code src/bench/baseline} on the same files and threads when its jar is built (wall time, CPU time, peak
 * resident memory, medians of interleaved runs); and where one thread's CPU time goes, stage by stage.
 */
public final class PipelineBenchmark {
    private final Path corpus;
    private final Path models;
    private final int copies;
    private final int threads;
    private final int reps;
    private final int coldReps;
    private final List<Path> drafts;
    private final PrintStream out;

    public PipelineBenchmark(Path corpus, Path models, int copies, int threads, int reps, int coldReps,
                             List<Path> drafts, PrintStream out) {
        this.coldReps = coldReps;
        this.drafts = drafts;
        this.corpus = corpus;
        this.models = models;
        this.copies = copies;
        this.threads = threads;
        this.reps = reps;
        this.out = out;
    }

    public void run() throws IOException, InterruptedException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        ArticleProcessor processor = ArticleProcessor.create(models, ReadLimits.DEFAULT);
        long loaded = System.nanoTime();
        List<SourceFile> originals = InputCollector.collect(List.of(corpus));
        if (originals.isEmpty()) {
            throw new IOException("no articles in " + corpus);
        }
        ArticleResult first = processor.process(originals.get(0));
        long firstDone = System.nanoTime();
        long sinceJvm = System.currentTimeMillis() - jvmStart;
        out.printf(Locale.ROOT, "machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
                loadAverage());
        out.printf(Locale.ROOT, "start-up (in this process): %.2f s from JVM start to the first article (%s) done; "
                        + "models %.2f s, first article %.0f ms%n",
                sinceJvm / 1000.0, first.doc(), (loaded - t0) / 1e9, (firstDone - loaded) / 1e6);

        if (coldReps > 0 && ProcessComparison.runningJar() != null) {
            Path folder = Files.createTempDirectory("newsfacts-cold");
            try {
                List<Path> cold = drafts.isEmpty() ? List.of(originals.get(0).path()) : drafts;
                new ColdStart(out, folder, coldReps).run(corpus, cold);
            } finally {
                FileTrees.delete(folder);
            }
        }
        if (reps > 0) {
            Path folder = Files.createTempDirectory("newsfacts-bench");
            try {
                List<Path> flat = replicate(originals, folder.resolve("articles"));
                new ProcessComparison(out, folder, flat.size(), threads, reps).run(folder.resolve("articles"));
            } finally {
                FileTrees.delete(folder);
            }
        }
        // A batch parses PDF, Word and web pages in parser processes, whose CPU time this thread's clock does not
        // see; the profile parses every file in this thread instead, with the same reader code.
        profile(originals, processor.withReader(new TikaArticleReader(ReadLimits.DEFAULT)));
        out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
    }

    /**
     * One thread, every article of the corpus several times: CPU time of each stage per article and its share,
     * writing the output files included.
     */
    private void profile(List<SourceFile> originals, ArticleProcessor processor) throws IOException {
        Map<SourceFile, byte[]> contents = new LinkedHashMap<>();
        for (SourceFile f : originals) {
            contents.put(f, Files.readAllBytes(f.path()));
        }
        int rounds = Math.max(3, 200 / contents.size());
        StageTimes warm = new StageTimes();
        contents.forEach((f, c) -> processor.process(f, ArticleProcessor.sha256(c), c, warm));
        StageTimes times = new StageTimes();
        List<ArticleResult> results = new ArrayList<>();
        long chars = 0;
        for (int r = 0; r < rounds; r++) {
            results.clear();
            for (var e : contents.entrySet()) {
                ArticleResult result = processor.process(e.getKey(), ArticleProcessor.sha256(e.getValue()), e.getValue(), times);
                results.add(result);
                if (result.ok()) {
                    chars += result.text().text().length();
                }
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Path outDir = Files.createTempDirectory("newsfacts-bench-out");
        long outputNanos = 0;
        try {
            EditionPeriods editions = EditionPeriods.load(models);
            for (int r = 0; r <= rounds; r++) {
                long start = cpu.getCurrentThreadCpuTime();
                try (ExtractRun writer = new ExtractRun(outDir.resolve(Integer.toString(r)), editions,
                        org.newsfacts.claims.MetricLabels.load(models), org.newsfacts.claims.MetricRoles.load(models))) {
                    writer.write(results);
                }
                if (r > 0) { // the first round warms up
                    outputNanos += cpu.getCurrentThreadCpuTime() - start;
                }
            }
        } finally {
            FileTrees.delete(outDir);
        }
        long[] nanos = times.nanos();
        long total = outputNanos;
        for (long n : nanos) {
            total += n;
        }
        int articles = rounds * contents.size();
        out.println();
        out.printf(Locale.ROOT, "profile: one thread, %d articles of %s (%d rounds), %.0f chars per article; CPU time%n",
                contents.size(), corpus, rounds, chars / (double) articles);
        out.println();
        out.println("| stage | CPU ms per article | share |");
        out.println("| --- | ---: | ---: |");
        for (int i = 0; i < nanos.length; i++) {
            row(StageTimes.STAGES.get(i), nanos[i], articles, total);
        }
        row("writing the output files", outputNanos, articles, total);
        out.printf(Locale.ROOT, "| **all** | **%.2f** | 100%% |%n", total / 1e6 / articles);
    }

    private void row(String stage, long nanos, int articles, long total) {
        out.printf(Locale.ROOT, "| %s | %.2f | %.1f%% |%n", stage, nanos / 1e6 / articles, 100.0 * nanos / total);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2] + " (1, 5, 15 min)";
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f (1 min)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * The corpus's articles {@code copies} times over in one flat folder (the baseline reads the files of one
     * folder, not a tree), named so that the copies sort apart.
     */
    private List<Path> replicate(List<SourceFile> originals, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (SourceFile f : originals) {
                Path target = folder.resolve(String.format(Locale.ROOT, "%04d_%s", i, f.doc().replace('/', '_')));
                Files.copy(f.path(), target);
                files.add(target);
            }
        }
        return files;
    }
}
