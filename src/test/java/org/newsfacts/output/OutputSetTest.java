package org.newsfacts.output;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsfacts.Fixtures;
import org.newsfacts.cli.NewsfactsCli;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The output folder changes as one set: a run killed at any step (processing, before the swap, between the
 * two renames of the swap, while the old set is deleted) leaves the previous set whole and no half-written
 * file, and the next run ends with exactly what a clean run writes; a second run into a folder in use is
 * refused; what the user keeps in the folder survives; the run never reads its own output as input.
 */
class OutputSetTest {
    @TempDir
    static Path root;
    private static Path v1;
    private static Path v2;
    private static Map<String, String> cleanV1;
    private static Map<String, String> cleanV2;

    /**
     * Two versions of a small news folder: v2 is v1 less one article. Every run below starts with the cache of
     * the clean v1 run, so it loads no models and the tests stay quick; what they check is the output set.
     */
    @BeforeAll
    static void cleanRunsOfBothVersions() throws IOException {
        v1 = Files.createDirectories(root.resolve("v1"));
        v2 = Files.createDirectories(root.resolve("v2"));
        for (String name : List.of("000_f31145e2631746c2.txt", "001_393174bd8e1c55be.txt", "004_590e8b99fe6055a9.txt")) {
            String text = opening(name);
            Files.writeString(v1.resolve(name), text, StandardCharsets.UTF_8);
            Files.writeString(v2.resolve(name), text, StandardCharsets.UTF_8);
        }
        Files.writeString(v1.resolve("002_7c878330511f077d.txt"), opening("002_7c878330511f077d.txt"),
                StandardCharsets.UTF_8);
        assertThat(extract(v1, root.resolve("clean-v1"))).isZero();
        assertThat(extract(v2, seeded(root.resolve("clean-v2")))).isZero();
        cleanV1 = snapshot(root.resolve("clean-v1"));
        cleanV2 = snapshot(root.resolve("clean-v2"));
        assertThat(cleanV2).isNotEqualTo(cleanV1);
    }

    /** The first lines of a corpus article: enough for figures and claims, quick to process. */
    private static String opening(String name) throws IOException {
        String text = Files.readString(Fixtures.CORPUS.resolve(name), StandardCharsets.UTF_8);
        return text.substring(0, Math.min(text.length(), 700));
    }

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"article", "publish", "swap", "cleanup"})
    void aRunKilledAtAnyStepLeavesTheOldSetWholeAndTheNextRunEqualsACleanOne(String point) throws Exception {
        Path out = seeded(root.resolve("killed-at-" + point));
        assertThat(extract(v1, out)).isZero();

        ChildRun child = ChildRun.start(List.of("-Dnewsfacts.test.pause=" + point), "extract", v2.toString(),
                "--out", out.toString(), "--quiet");
        try {
            assertThat(child.awaitOutput("paused at " + point, 180)).as(child.stderr()).isTrue();
            if (point.equals("article")) {
                // Meanwhile, a second run into the same folder is refused, saying why, and changes nothing.
                StringWriter err = new StringWriter();
                assertThat(extract(v1, out, err)).isEqualTo(NewsfactsCli.EXIT_FAILED);
                assertThat(err.toString()).contains("another newsfacts run is writing to").doesNotContain("\n\n")
                        .hasLineCount(1);
            }
        } finally {
            child.kill();
        }

        assertThat(partFiles(root)).isEmpty();
        if (!point.equals("swap")) {
            // Killed after the swap, the new set is published already; before it, the old set is untouched.
            assertThat(snapshot(out)).isEqualTo(point.equals("cleanup") ? cleanV2 : cleanV1);
        } else {
            // Killed between the two renames: the old set waits beside, whole, and the next run puts it back.
            assertThat(snapshot(out.resolveSibling("." + out.getFileName() + ".previous"))).isEqualTo(cleanV1);
            OutputSet.open(out).close();
            assertThat(snapshot(out)).isEqualTo(cleanV1);
        }

        assertThat(extract(v2, out)).isZero();
        assertThat(snapshot(out)).isEqualTo(cleanV2);
        try (Stream<Path> beside = Files.list(root)) {
            assertThat(beside.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".staging") || n.endsWith(".previous"));
        }
    }

    @Test
    void filesTheUserKeepsInTheOutputFolderSurviveTheSwap() throws IOException {
        Path out = seeded(root.resolve("with-notes"));
        Files.createDirectories(out.resolve("notes"));
        Files.writeString(out.resolve("README.md"), "what this folder is", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("notes/todo.txt"), "check 9%", StandardCharsets.UTF_8);
        assertThat(extract(v1, out)).isZero();
        assertThat(Files.readString(out.resolve("README.md"))).isEqualTo("what this folder is");
        assertThat(Files.readString(out.resolve("notes/todo.txt"))).isEqualTo("check 9%");
        assertThat(snapshot(out)).containsAllEntriesOf(cleanV1);
    }

    @Test
    void aRunOverAFolderHoldingItsOwnOutputNeverReadsTheOutputBack() throws IOException {
        Path in = root.resolve("self");
        copy(v1, in);
        Path out = seeded(in.resolve("output"));
        assertThat(extract(in, out)).isZero();
        assertThat(extract(in, out)).isZero();
        assertThat(Files.readString(out.resolve(OutputWriter.DOCUMENTS), StandardCharsets.UTF_8).lines()).hasSize(4)
                .noneMatch(line -> line.contains("\"doc\":\"output/"));
        // A visible sibling output folder, named on the command line as input too, is left out as well.
        Path besides = root.resolve("self-besides");
        copy(v1, besides);
        assertThat(extract(besides, seeded(besides.resolve("out")))).isZero();
        assertThat(extract(besides, besides.resolve("out"))).isZero();
        assertThat(Files.readString(besides.resolve("out").resolve(OutputWriter.DOCUMENTS)).lines()).hasSize(4);
    }

    @Test
    void outPointingAtAFileIsRefusedBeforeAnyWork() throws IOException {
        Path file = Files.writeString(root.resolve("not-a-folder.txt"), "x");
        StringWriter err = new StringWriter();
        assertThat(extract(v1, file, err)).isEqualTo(NewsfactsCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--out").contains("is a file").hasLineCount(1);
        assertThat(Files.readString(file)).isEqualTo("x");
        try (Stream<Path> beside = Files.list(root)) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".not-a-folder"));
        }
    }

    @Test
    void freshStillWritesTheCacheForTheNextRun() throws IOException {
        Path out = root.resolve("fresh");
        assertThat(extract(v2, out, new StringWriter(), "--fresh")).isZero();
        try (Stream<Path> entries = Files.list(out.resolve(".cache"))) {
            assertThat(entries.filter(p -> p.toString().endsWith(".json"))).hasSize(3);
        }
        StringWriter err = new StringWriter();
        assertThat(extractLoud(v2, out, err)).isZero();
        assertThat(err.toString()).contains("3 unchanged since the last run");
    }

    @Test
    void aDiskThatFillsUpNamesTheFile() throws IOException {
        Path full = Path.of("/dev/full");
        // Every Linux has it; without it this test would prove nothing, so its absence fails rather than skips.
        org.assertj.core.api.Assertions.assertThat(full)
                .as("/dev/full, the Linux device that answers every write with 'no space left'").exists();
        Path dir = Files.createDirectories(root.resolve("full-disk"));
        Files.createSymbolicLink(dir.resolve(OutputWriter.FIGURES), full);
        org.newsfacts.run.ExtractRun writer = new org.newsfacts.run.ExtractRun(dir, org.newsfacts.claims.EditionPeriods.load(Fixtures.MODELS),
                org.newsfacts.claims.MetricLabels.load(Fixtures.MODELS), org.newsfacts.claims.MetricRoles.load(Fixtures.MODELS));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            writer.accept(Fixtures.processor().process(new org.newsfacts.ingest.SourceFile(v1.resolve(
                    "000_f31145e2631746c2.txt"), "000_f31145e2631746c2.txt", 700)));
            writer.finish();
        }).isInstanceOf(IOException.class).hasMessageStartingWith("cannot write figures.jsonl: ")
                .hasMessageContaining("No space left on device");
        writer.close();
    }

    private static int extract(Path in, Path out) {
        return extract(in, out, new StringWriter());
    }

    private static int extract(Path in, Path out, StringWriter err, String... more) {
        CommandLine cli = NewsfactsCli.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        String[] args = Stream.concat(Stream.of("extract", in.toString(), "--out", out.toString(), "--quiet",
                "--models", Fixtures.MODELS.toString()), Arrays.stream(more)).toArray(String[]::new);
        return cli.execute(args);
    }

    private static int extractLoud(Path in, Path out, StringWriter err) {
        CommandLine cli = NewsfactsCli.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        return cli.execute("extract", in.toString(), "--out", out.toString(), "--models", Fixtures.MODELS.toString());
    }

    /** {@code out} holding the clean v1 run's cache. */
    private static Path seeded(Path out) throws IOException {
        copy(root.resolve("clean-v1").resolve(".cache"), out.resolve(".cache"));
        return out;
    }

    /** Every file of a run's set (the cache aside) by relative path, with its content. */
    static Map<String, String> snapshot(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(p).toString().replace('\\', '/');
                if (!name.startsWith(".cache/")) {
                    files.put(name, Fixtures.withoutProvenance(Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        }
        return files;
    }

    private static List<Path> partFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
