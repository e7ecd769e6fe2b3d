package org.newsfacts.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.cli.EvaluateCommand;
import org.newsfacts.cli.NewsfactsCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.evaluate.Fixture.goldFigure;
import static org.newsfacts.evaluate.Seeds.HKCNA;
import static org.newsfacts.evaluate.Seeds.at;

/**
 * The {@code evaluate} command on 香港新闻网 (002) with two gold figures: 第98位 extracted right, 超过200
 * extracted without its qualifier. Figure F1 is 1.0 and qualifier accuracy 0.5.
 */
class EvaluateCommandTest {

    private static final String TEXT = Seeds.repaired(HKCNA);

    @TempDir
    Path root;

    private Fixture fixture;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeRun() {
        fixture = new Fixture(root).goldDoc(HKCNA, Map.of("figures", List.of(
                        goldFigure("第98位", "从2024年第100位升至第98位", 98, "rank", null, false),
                        goldFigure("200", "投资广州项目超过200个", 200, "count", "over", false))))
                .document(HKCNA, TEXT)
                .figure(HKCNA, TEXT, at(TEXT, "升至第98位", "第98位"), 98, "rank", null)
                .figure(HKCNA, TEXT, at(TEXT, "项目超过200个", "200"), 200, "count", null)
                .write();
    }

    private int run(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int evaluate(String... extra) {
        List<String> args = new ArrayList<>(List.of("--out", fixture.output().toString(), "--gold", fixture.gold().toString()));
        args.addAll(List.of(extra));
        return run(new CommandLine(new EvaluateCommand()), args.toArray(String[]::new));
    }

    @Test
    void exitsZeroWhenEveryFloorIsMet() {
        assertEquals(0, evaluate("--min", "figures.f1=0.9", "--min", "figures.recall=1"));
        assertTrue(out.toString().contains("figures     1.000  1.000  1.000     2     0     0  qualifier 0.500 (1/2)"),
                out.toString());
    }

    @Test
    void exitsOneWhenAFloorIsNotMetAndSaysWhich() {
        assertEquals(1, evaluate("--min", "figures.f1=0.9", "--min", "figures.qualifier=0.9"));
        assertTrue(err.toString().contains("floor not met: figures.qualifier >= 0.9: 0.500, NOT MET"), err.toString());
        assertTrue(!err.toString().contains("figures.f1"), err.toString());
    }

    @Test
    void docsListScoresOnlyTheListedArticles() throws IOException {
        // A second gold article the run never saw: scored, it would halve figure recall.
        Path gold = fixture.gold().resolve(HKCNA + ".gold.json");
        Files.writeString(fixture.gold().resolve("other.txt.gold.json"),
                Files.readString(gold).replace(HKCNA, "other.txt"));
        assertEquals(1, evaluate("--min", "figures.recall=1"));
        Path list = root.resolve("half.txt");
        Files.writeString(list, "# the tuning half\n" + HKCNA + "\n");
        assertEquals(0, evaluate("--docs", list.toString(), "--min", "figures.recall=1"));
    }

    @Test
    void docsListNamingAnArticleWithoutGoldIsBadInput() throws IOException {
        Path list = root.resolve("half.txt");
        Files.writeString(list, "no_such_article.txt\n");
        assertEquals(org.newsfacts.cli.NewsfactsCli.EXIT_FAILED, evaluate("--docs", list.toString()));
        assertTrue(err.toString().contains("half.txt") && err.toString().contains("no_such_article.txt"), err.toString());
    }

    @Test
    void floorOnACategoryNotProducedIsNotMet() {
        assertEquals(1, evaluate("--min", "quotes.f1=0.5"));
        assertTrue(err.toString().contains("quotes not produced (quotes.jsonl not in output folder)"), err.toString());
    }

    @Test
    void exitsTwoNamingAMissingOutputFolder() {
        Path missing = root.resolve("no-such-output");

        assertEquals(2, run(new CommandLine(new EvaluateCommand()), "--out", missing.toString(),
                "--gold", fixture.gold().toString()));
        assertTrue(err.toString().contains(missing + ": output folder not found"), err.toString());
    }

    @Test
    void exitsFourNamingAnUnreadableGoldFile() throws IOException {
        Path broken = fixture.gold().resolve("003_fc18a87fd1563ce0.txt.gold.json");
        Files.writeString(broken, "{\"doc\": \"003_fc18a87fd1563ce0.txt\", \"figures\": [");

        assertEquals(NewsfactsCli.EXIT_FAILED, evaluate());
        assertTrue(err.toString().contains(broken.toString()), err.toString());
    }

    @Test
    void exitsTwoOnAFloorForAMetricNoCategoryHas() {
        assertEquals(2, evaluate("--min", "figures.f2=0.9"));
        assertTrue(err.toString().contains("no metric figures.f2"), err.toString());
    }

    @Test
    void showCapsTheListingPerCategory() {
        // Three years taken for counts: three false hits, of which one is listed.
        fixture.figure(HKCNA, TEXT, at(TEXT, "自2020年起", "2020"), 2020, "count", null)
                .figure(HKCNA, TEXT, at(TEXT, "从2024年第100位", "2024"), 2024, "count", null)
                .figure(HKCNA, TEXT, at(TEXT, "2025年,凭借", "2025"), 2025, "count", null);
        fixture.write();

        evaluate("--show", "1");

        assertTrue(out.toString().contains("figures false hits: 3 (first 1 shown)"), out.toString());
        assertEquals(1, out.toString().lines().filter(line -> line.startsWith("  " + HKCNA)).count(), out.toString());
    }

    @Test
    void writesTheFullReportAsJson() throws IOException {
        Path json = root.resolve("report.json");

        assertEquals(0, evaluate("--json", json.toString()));
        JsonNode figures = new ObjectMapper().readTree(json.toFile()).path("primary").path("categories").get(0);
        assertEquals("figures", figures.path("category").asText());
        assertEquals(1.0, figures.path("f1").asDouble());
        assertEquals(0.5, figures.path("accuracies").path("qualifier").path("value").asDouble());
    }

    @Command(name = "newsfacts", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT)
    static final class TopLevel implements Runnable {
        @Override
        public void run() {
        }
    }

    @Test
    void runsAsASubcommandOfTheTopLevelCommand() {
        CommandLine top = new CommandLine(new TopLevel()).addSubcommand(new EvaluateCommand());

        assertEquals(0, run(top, "evaluate", "--out", fixture.output().toString(), "--gold", fixture.gold().toString()));
        assertTrue(out.toString().contains("== primary (1 document)"), out.toString());
    }
}
