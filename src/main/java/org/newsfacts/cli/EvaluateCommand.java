package org.newsfacts.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.newsfacts.evaluate.BadInputException;
import org.newsfacts.evaluate.Evaluator;
import org.newsfacts.evaluate.Floor;
import org.newsfacts.evaluate.Report;
import org.newsfacts.evaluate.ReportPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code evaluate}: scores an output folder against a gold folder. Exit status 0 when every floor is met,
 * 1 when one is not, 2 on bad usage (missing folder, bad floor), 4 when a file cannot be scored.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score an output folder against hand-checked gold answers.",
                "Prints precision, recall and F1 per category (figures, clusters, people, quotes, claims,"
                        + " conflicts), then what was missed and what was wrong."},
        footer = {"", "Exit status: 0 floors met; 1 a floor not met; 2 bad usage (missing folder, bad --min);"
                + " 4 a file could not be scored."})
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder of a run (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Gold folder with *.gold.json and corpus.gold.json (default: corpus/gold, the gold of"
                    + " the development articles; corpus/dev2/gold scores a run over corpus/dev2/articles).")
    private Path gold;

    @Option(names = "--min", paramLabel = "CATEGORY.METRIC=VALUE",
            description = "A floor, repeatable: figures.f1=0.9, figures.qualifier=0.9, claims.said_by=0.8 ..."
                    + " Exit status 1 when one is not met.")
    private List<String> floors = new ArrayList<>();

    @Option(names = "--show", paramLabel = "N", defaultValue = "20",
            description = "Misses and false hits listed per category (default: ${DEFAULT-VALUE}).")
    private int show;

    @Option(names = {"-j", "--json"}, paramLabel = "FILE", description = "Also write the full report as JSON.")
    private Path json;

    @Option(names = "--docs", paramLabel = "FILE",
            description = "Score only the gold articles this file lists, one doc name a line (the halves of dev2 are"
                    + " corpus/dev2/splits/tune.txt and check.txt). Conflicts are not scored on a subset.")
    private Path docs;

    @Option(names = "--all-copies",
            description = "Also score copies of gold articles under other extensions, each on its own.")
    private boolean allCopies;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path goldDir = ModelsOption.resolve(gold, ModelsOption.DEVELOPMENT_GOLD);
        for (Path folder : List.of(out, goldDir)) {
            if (!Files.isDirectory(folder)) {
                stderr.println("evaluate: " + folder + ": " + (folder == out ? "output" : "gold") + " folder not found");
                stderr.flush();
                return NewsfactsCli.EXIT_USAGE;
            }
        }
        List<Floor> parsedFloors = new ArrayList<>();
        try {
            for (String floor : floors) {
                parsedFloors.add(Floor.parse(floor));
            }
        } catch (IllegalArgumentException e) {
            stderr.println("evaluate: --min: " + e.getMessage());
            stderr.flush();
            return NewsfactsCli.EXIT_USAGE;
        }
        try {
            Report report = new Evaluator().evaluate(out, goldDir, allCopies, parsedFloors, docs);
            new ReportPrinter(show).print(report, stdout);
            if (json != null) {
                writeJson(report);
            }
            if (!report.floorsMet()) {
                report.floors().stream().filter(f -> !f.met())
                        .forEach(f -> stderr.println("evaluate: floor not met: " + f.message()));
                stderr.flush();
                return NewsfactsCli.EXIT_FINDINGS;
            }
            return NewsfactsCli.EXIT_OK;
        } catch (IllegalArgumentException e) {
            // A floor naming a metric no category has: known only once the categories exist, still bad usage.
            stderr.println("evaluate: --min: " + e.getMessage());
            stderr.flush();
            return NewsfactsCli.EXIT_USAGE;
        } catch (BadInputException e) {
            stderr.println("evaluate: " + e.getMessage());
            stderr.flush();
            return NewsfactsCli.EXIT_FAILED;
        }
    }

    private void writeJson(Report report) throws BadInputException {
        try {
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(json.toFile(), report);
        } catch (IOException e) {
            throw new BadInputException(json, "cannot write JSON report: " + e.getMessage(), e);
        }
    }
}
