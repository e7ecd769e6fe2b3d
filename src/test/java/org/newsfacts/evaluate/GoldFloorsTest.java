package org.newsfacts.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.cli.NewsfactsCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scored evaluation CI runs: {@code newsfacts extract corpus} then {@code newsfacts evaluate} against
 * the hand-checked gold, failing below the floors of {@code quality-floors.txt}; and the same over the 40
 * articles of {@code corpus/dev2} against {@code dev2-quality-floors.txt}. Missing data fails, never skips.
 */
class GoldFloorsTest {

    @Test
    void extractionOfTheCorpusMeetsEveryQualityFloor() throws Exception {
        // The tests' shared run of extract corpus: the very command, run once for every test that reads it.
        meetsFloors(Fixtures.corpusRun(), Fixtures.GOLD, "/quality-floors.txt");
    }

    @Test
    void extractionOfDev2MeetsEveryQualityFloor(@TempDir Path out) throws Exception {
        meetsFloors(Fixtures.CORPUS.resolve("dev2").resolve("articles"), Fixtures.CORPUS.resolve("dev2").resolve("gold"),
                "/dev2-quality-floors.txt", out);
    }

    private static void meetsFloors(Path articles, Path gold, String floorsResource, Path out) throws Exception {
        assertThat(NewsfactsCli.commandLine().execute("extract", Fixtures.required(articles).toString(), "--out",
                out.toString(), "--quiet")).isZero();
        meetsFloors(out, gold, floorsResource);
    }

    private static void meetsFloors(Path out, Path gold, String floorsResource) throws Exception {
        List<String> args = new ArrayList<>(List.of("evaluate", "--out", out.toString(), "--gold",
                Fixtures.required(gold).toString(), "--show", "10"));
        try (var floors = GoldFloorsTest.class.getResourceAsStream(floorsResource)) {
            assertThat(floors).as(floorsResource).isNotNull();
            for (String line : new String(floors.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    args.add("--min");
                    args.add(line.strip());
                }
            }
        }
        var cli = NewsfactsCli.commandLine();
        StringWriter report = new StringWriter();
        cli.setOut(new PrintWriter(report));
        cli.setErr(new PrintWriter(report));
        int code = cli.execute(args.toArray(String[]::new));
        System.out.println(report);
        assertThat(code).as(report.toString()).isZero();
    }
}
