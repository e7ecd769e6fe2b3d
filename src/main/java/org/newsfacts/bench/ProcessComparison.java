package org.newsfacts.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whole processes, as a user runs them: {@code newsfacts extract} over a folder (outputs written) and the
 * baseline's full mode ({@code tika+t2s+seg+sent}, no warm-up, one pass) over the same folder and threads,
 * interleaved, each run in a fresh JVM. Wall time decides the ratio; CPU time and peak resident memory (read
 * from {@code /proc} while the process runs) are reported beside it, since on a shared machine wall time drifts
 * with the load and CPU time much less.
 */
final class ProcessComparison {
    // The child is the command a user runs, so it is judged by README's exit codes as a script would judge it:
    // 0 done, 3 done but some inputs unreadable. (The benchmark does not link the CLI it measures.)
    private static final int EXTRACT_DONE = 0;
    private static final int EXTRACT_DONE_PARTLY = 3;

    static final String BASELINE_MODE = "tika+t2s+seg+sent";
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final PrintStream out;
    private final Path scratch;
    private final int files;
    private final int threads;
    private final int reps;

    ProcessComparison(PrintStream out, Path scratch, int files, int threads, int reps) {
        this.out = out;
        this.scratch = scratch;
        this.files = files;
        this.threads = threads;
        this.reps = reps;
    }

    record Run(double wallSeconds, double cpuSeconds, long peakRssKb, int exit) {
    }

    void run(Path articles) throws IOException, InterruptedException {
        Path ourJar = runningJar();
        if (ourJar == null) {
            out.println("whole-process comparison skipped: not running from the jar (run ./newsfacts bench)");
            return;
        }
        Path home = Path.of(System.getProperty("newsfacts.home", "."));
        Path baselineJar = home.resolve("src/bench/baseline/target/baseline.jar");
        boolean withBaseline = Files.isRegularFile(baselineJar);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> ourCommand = new ArrayList<>(List.of(java));
        // The same JVM options the launcher gave this process (heap, class-data archive).
        ourCommand.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        ourCommand.addAll(List.of("-jar", ourJar.toString(), "extract", articles.toString(), "--out",
                scratch.resolve("out").toString(), "--threads", Integer.toString(threads), "--quiet", "--fresh"));
        List<String> baselineCommand = List.of(java, "-jar", baselineJar.toString(), BASELINE_MODE,
                articles.toString(), "1", Integer.toString(threads), "--warmup", "0");

        out.println();
        out.printf(Locale.ROOT, "whole process, %d files, %d threads, %d interleaved runs each:%n", files, threads, reps);
        out.println("  newsfacts: " + String.join(" ", ourCommand));
        if (withBaseline) {
            out.println("  baseline:  " + String.join(" ", baselineCommand));
        } else {
            out.println("  baseline:  not built, so no ratio (build it: cd src/bench/baseline && mvn -q clean package)");
        }
        out.println("  CPU time and peak RSS count each run's child processes too (newsfacts's parser processes)");
        out.println();
        out.println("| run | newsfacts wall s | baseline wall s | newsfacts CPU s | baseline CPU s | newsfacts peak RSS MB | baseline peak RSS MB | load (1 min) |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        List<Run> ours = new ArrayList<>();
        List<Run> theirs = new ArrayList<>();
        for (int r = 1; r <= reps; r++) {
            Run a = measure(ourCommand, scratch.resolve("newsfacts-" + r + ".log"), Map.of());
            if (a.exit != EXTRACT_DONE && a.exit != EXTRACT_DONE_PARTLY) {
                throw new IOException("newsfacts extract failed (exit " + a.exit + "): see "
                        + Files.readString(scratch.resolve("newsfacts-" + r + ".log")));
            }
            ours.add(a);
            Run b = null;
            if (withBaseline) {
                Path log = scratch.resolve("baseline-" + r + ".log");
                b = measure(baselineCommand, log, Map.of());
                if (b.exit != 0 || resultLine(log) == null) {
                    throw new IOException("baseline failed (exit " + b.exit + "): " + Files.readString(log));
                }
                theirs.add(b);
            }
            out.printf(Locale.ROOT, "| %d | %.2f | %s | %.2f | %s | %d | %s | %s |%n", r, a.wallSeconds,
                    b == null ? "" : String.format(Locale.ROOT, "%.2f", b.wallSeconds), a.cpuSeconds,
                    b == null ? "" : String.format(Locale.ROOT, "%.2f", b.cpuSeconds), a.peakRssKb / 1024,
                    b == null ? "" : Long.toString(b.peakRssKb / 1024), PipelineBenchmark.loadAverage().split(" ")[0]);
        }
        double wall = median(ours.stream().mapToDouble(Run::wallSeconds).toArray());
        double cpu = median(ours.stream().mapToDouble(Run::cpuSeconds).toArray());
        double rss = median(ours.stream().mapToDouble(Run::peakRssKb).toArray()) / 1024;
        out.println();
        out.printf(Locale.ROOT, "newsfacts: median %.2f s wall (%.1f articles/s), %.2f s CPU, peak RSS %.0f MB%n",
                wall, files / wall, cpu, rss);
        if (withBaseline) {
            double bWall = median(theirs.stream().mapToDouble(Run::wallSeconds).toArray());
            double bCpu = median(theirs.stream().mapToDouble(Run::cpuSeconds).toArray());
            double bRss = median(theirs.stream().mapToDouble(Run::peakRssKb).toArray()) / 1024;
            out.printf(Locale.ROOT, "baseline:  median %.2f s wall (%.1f articles/s), %.2f s CPU, peak RSS %.0f MB%n",
                    bWall, files / bWall, bCpu, bRss);
            out.printf(Locale.ROOT, "throughput ratio (newsfacts articles/s ÷ baseline articles/s, medians): %.2f× by wall time, %.2f× by CPU time%n",
                    bWall / wall, bCpu / cpu);
            out.printf(Locale.ROOT, "peak RSS ratio (newsfacts ÷ baseline): %.2f%n", rss / bRss);
        }
    }

    /**
     * Runs a command to its end, sampling every 20 ms from /proc the CPU time and resident memory of the process
     * and of its child processes (parser processes are part of a run's cost): CPU time is the process's own plus
     * the last seen of each child's; peak memory is the largest sum of the process's peak (VmHWM) and its live
     * children's resident sets.
     */
    static Run measure(List<String> command, Path log, Map<String, String> env)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        long cpuTicks = 0;
        long peakKb = 0;
        Map<Long, Long> childTicks = new java.util.HashMap<>();
        while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            long[] own = sample(p.pid());
            if (own == null) {
                continue;
            }
            cpuTicks = Math.max(cpuTicks, own[0]);
            long rss = own[1];
            for (long child : children(p.pid())) {
                long[] c = sample(child);
                if (c != null) {
                    childTicks.merge(child, c[0], Math::max);
                    rss += c[2];
                }
            }
            peakKb = Math.max(peakKb, rss);
        }
        long ticks = cpuTicks + childTicks.values().stream().mapToLong(Long::longValue).sum();
        double wall = (System.nanoTime() - start) / 1e9;
        return new Run(wall, ticks / (double) CLOCK_TICKS_PER_SECOND, peakKb, p.exitValue());
    }

    /** The process's direct children (Linux 3.5+: /proc/PID/task/TID/children). */
    private static List<Long> children(long pid) {
        List<Long> out = new ArrayList<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                for (String id : Files.readString(task.resolve("children")).trim().split("\\s+")) {
                    if (!id.isEmpty()) {
                        out.add(Long.parseLong(id));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended meanwhile, or no /proc: no children to count.
        }
        return out;
    }

    /** utime + stime (clock ticks), VmHWM and VmRSS (kB) of a live process; null where /proc is not there. */
    private static long[] sample(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long hwm = 0;
            long rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return new long[]{ticks, hwm, rss};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static JsonNode resultLine(Path log) throws IOException {
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("RESULT ")) {
                return JsonMapper.builder().build().readTree(line.substring("RESULT ".length()));
            }
        }
        return null;
    }

    static Path runningJar() {
        try {
            Path location = Path.of(ProcessComparison.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? location : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
