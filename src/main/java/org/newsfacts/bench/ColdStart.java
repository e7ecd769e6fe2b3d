package org.newsfacts.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold start as an editor meets it: {@code newsfacts check DRAFT --facts RUN} and {@code newsfacts extract DRAFT}
 * of one file, each a fresh process started by the launcher (so with the flags it gives a short run), several
 * runs interleaved, medians of wall time, CPU time and peak resident memory; then one more run of each with
 * {@code NEWSFACTS_PHASES=1}, whose phase lines (wall and CPU time per phase) are printed as they came.
 */
final class ColdStart {
    private final PrintStream out;
    private final Path scratch;
    private final int reps;

    ColdStart(PrintStream out, Path scratch, int reps) {
        this.out = out;
        this.scratch = scratch;
        this.reps = reps;
    }

    void run(Path corpus, List<Path> drafts) throws IOException, InterruptedException {
        List<String> launcher = launcher();
        Path facts = scratch.resolve("facts");
        ProcessComparison.Run extract = ProcessComparison.measure(command(launcher, "extract", corpus.toString(),
                "--out", facts.toString(), "--quiet", "--fresh"), scratch.resolve("facts.log"), Map.of());
        if (extract.exit() != 0 && extract.exit() != 3) {
            throw new IOException("extract of " + corpus + " for the drafts to be checked against failed: "
                    + Files.readString(scratch.resolve("facts.log")));
        }
        Map<String, List<String>> commands = new LinkedHashMap<>();
        for (Path draft : drafts) {
            commands.put("check " + draft, command(launcher, "check", draft.toString(), "--facts", facts.toString()));
            commands.put("extract " + draft, command(launcher, "extract", draft.toString(), "--out",
                    scratch.resolve("one").toString(), "--quiet", "--fresh"));
        }
        out.println();
        out.printf(Locale.ROOT, "cold start, %d interleaved runs of each command (%s), checked against a run of %s:%n",
                reps, String.join(" ", launcher), corpus);
        out.println();
        out.println("| command | median wall s | median CPU s | median peak RSS MB | load (1 min) at the end |");
        out.println("| --- | ---: | ---: | ---: | ---: |");
        Map<String, List<ProcessComparison.Run>> runs = new LinkedHashMap<>();
        for (int r = 0; r < reps; r++) {
            for (var c : commands.entrySet()) {
                ProcessComparison.Run run = ProcessComparison.measure(c.getValue(), scratch.resolve("cold.log"), Map.of());
                if (run.exit() > 1) {
                    throw new IOException(c.getKey() + " failed (exit " + run.exit() + "): "
                            + Files.readString(scratch.resolve("cold.log")));
                }
                runs.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(run);
            }
        }
        for (var e : runs.entrySet()) {
            List<ProcessComparison.Run> rs = e.getValue();
            out.printf(Locale.ROOT, "| `%s` | %.2f | %.2f | %.0f | %s |%n", e.getKey(),
                    ProcessComparison.median(rs.stream().mapToDouble(ProcessComparison.Run::wallSeconds).toArray()),
                    ProcessComparison.median(rs.stream().mapToDouble(ProcessComparison.Run::cpuSeconds).toArray()),
                    ProcessComparison.median(rs.stream().mapToDouble(ProcessComparison.Run::peakRssKb).toArray()) / 1024,
                    PipelineBenchmark.loadAverage().split(" ")[0]);
        }
        for (var c : commands.entrySet()) {
            Path log = scratch.resolve("phases.log");
            ProcessComparison.measure(c.getValue(), log, Map.of("NEWSFACTS_PHASES", "1"));
            out.println();
            out.printf(Locale.ROOT, "phases of `%s` (one run, load %s):%n", c.getKey(),
                    PipelineBenchmark.loadAverage().split(" ")[0]);
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith("phase ")) {
                    out.println("    " + line);
                }
            }
        }
    }

    /** The launcher script when this is a source tree's run, else this JVM's command and options. */
    private static List<String> launcher() {
        Path home = Path.of(System.getProperty("newsfacts.home", "."));
        Path script = home.resolve("newsfacts");
        if (Files.isRegularFile(script)) {
            return List.of("bash", script.toString());
        }
        List<String> java = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        java.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        java.addAll(List.of("-jar", ProcessComparison.runningJar().toString()));
        return java;
    }

    private static List<String> command(List<String> launcher, String... args) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(args));
        return command;
    }
}
