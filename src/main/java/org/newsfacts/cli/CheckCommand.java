package org.newsfacts.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import org.newsfacts.check.DraftChecker;
import org.newsfacts.check.KnownClaims;
import org.newsfacts.claims.Claim;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.output.OutputWriter;
import org.newsfacts.pipeline.ArticleProcessor;
import org.newsfacts.pipeline.ArticleResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsfacts check}: a draft's figures against an earlier run and a reference table. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks each figure of a draft (any format Tika reads, or - for standard input) against the "
                + "claims of an earlier extract run and an optional reference table."},
        footer = {"", "Exit status: 0 nothing conflicts; 1 a figure conflicts; 2 bad usage; 3 the draft could not be read;"
                + " 4 the check failed."})
public final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DRAFT", description = "The draft: a file, or - for standard input.")
    String draft;

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder of an earlier extract run (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--reference", paramLabel = "CSV", description = "A reference table in the layout of gii2025-clusters.csv.")
    Path reference;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--models", paramLabel = "DIR", description = "Folder of gazetteers and lexicons.")
    Path models;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!draft.equals("-") && !Files.isRegularFile(Path.of(draft))) {
            throw new CommandLine.ParameterException(spec.commandLine(), draft + ": " + (Files.isDirectory(Path.of(draft))
                    ? "is a folder; check takes one draft file (or - for standard input)" : "no such draft file"));
        }
        List<Claim> known;
        try {
            known = new ArrayList<>(KnownClaims.fromRun(facts));
            if (reference != null) {
                known.addAll(KnownClaims.fromReference(reference));
            }
        } catch (IOException e) {
            // What the draft is checked against is wrong before any work is done: bad usage.
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            ArticleResult result = read(ArticleProcessor.create(ModelsOption.resolve(models), ReadLimits.DEFAULT));
            if (!result.ok()) {
                err.println("newsfacts check: " + draft + ": " + result.error());
                err.flush();
                return NewsfactsCli.EXIT_PARTIAL;
            }
            List<DraftChecker.FigureCheck> checks = new DraftChecker(known).check(result);
            if (json) {
                out.println(OutputWriter.json().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(checks));
            } else {
                print(checks, out);
            }
            out.flush();
            return checks.stream().anyMatch(c -> c.verdict() == DraftChecker.Verdict.CONFLICTS)
                    ? NewsfactsCli.EXIT_FINDINGS : NewsfactsCli.EXIT_OK;
        } catch (IOException e) {
            err.println("newsfacts check: " + draft + ": " + e.getMessage());
            err.flush();
            return NewsfactsCli.EXIT_PARTIAL;
        }
    }

    private ArticleResult read(ArticleProcessor processor) throws IOException {
        if (draft.equals("-")) {
            byte[] content = System.in.readAllBytes();
            Path name = Path.of("draft.txt");
            return processor.process(new SourceFile(name, "-", content.length), ArticleProcessor.sha256(content), content);
        }
        Path path = Path.of(draft);
        return processor.process(new SourceFile(path, path.getFileName().toString(), Files.size(path)));
    }

    private static void print(List<DraftChecker.FigureCheck> checks, PrintWriter out) {
        for (DraftChecker.FigureCheck c : checks) {
            out.printf("%-9s %s", c.verdict().name().toLowerCase(), c.surface());
            if (c.subject() != null) {
                out.printf("  [%s · %s%s]", c.subject(), c.metric(), c.period() == null ? "" : " · " + c.period());
            }
            out.println();
            if (c.verdict() != DraftChecker.Verdict.UNKNOWN || c.others().isEmpty()) {
                out.println("          " + c.explanation());
            }
            for (DraftChecker.Evidence e : c.others()) {
                out.printf("          %s: %s %s%s%n", e.doc(), e.value(), e.unit(),
                        e.sentence() == null ? "" : " — " + e.sentence());
            }
        }
        long conflicts = checks.stream().filter(c -> c.verdict() == DraftChecker.Verdict.CONFLICTS).count();
        long agrees = checks.stream().filter(c -> c.verdict() == DraftChecker.Verdict.AGREES).count();
        out.printf("%d figure(s): %d agree, %d conflict, %d unknown%n", checks.size(), agrees, conflicts,
                checks.size() - agrees - conflicts);
    }
}
