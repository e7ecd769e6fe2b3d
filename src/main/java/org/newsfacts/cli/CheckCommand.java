package org.newsfacts.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.newsfacts.check.DraftChecker;
import org.newsfacts.check.DraftChecker.Evidence;
import org.newsfacts.check.DraftChecker.FigureCheck;
import org.newsfacts.check.DraftChecker.Side;
import org.newsfacts.check.DraftChecker.Verdict;
import org.newsfacts.check.KnownClaims;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.MetricLabels;
import org.newsfacts.extract.mentions.ChineseDictionaries;
import org.newsfacts.ingest.PlainTextFirstReader;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.records.OutputJson;
import org.newsfacts.records.Provenance;
import org.newsfacts.pipeline.ArticleProcessor;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.pipeline.Phases;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsfacts check}: a draft's figures against an earlier run and a reference table. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks each figure of a draft (any format Tika reads, or - for standard input) against the "
                + "claims of an earlier extract run and an optional reference table, which outranks the articles.",
                "Each figure: agrees, conflicts, disputed (the sources disagree among themselves) or unknown."},
        footer = {"", "Exit status: 0 nothing conflicts (disputed figures too, unless --strict); 1 a figure conflicts;"
                + " 2 bad usage; 3 the draft could not be read; 4 the check failed."})
public final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DRAFT", description = "The draft: a file, or - for standard input.")
    String draft;

    @Option(names = {"-f", "--facts"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder of an earlier extract run (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = {"-r", "--reference"}, paramLabel = "CSV",
            description = "A reference table in the layout of models/reference/gii2025-clusters.csv.")
    Path reference;

    @Option(names = {"-j", "--json"}, description = "Print the result as JSON (schemas/check.schema.json).")
    boolean json;

    @Option(names = "--strict", description = "Exit 1 on a disputed figure too.")
    boolean strict;

    @Option(names = "--models", paramLabel = "DIR", description = "Folder of gazetteers and lexicons.")
    Path models;

    /** Reads the draft when set; otherwise the command loads the models itself, as one run of the CLI does. */
    private final ArticleProcessor loaded;

    public CheckCommand() {
        this(null);
    }

    /**
     * A check that reads its draft with models already in memory: one JVM checking many drafts (the tests of
     * the verdicts) loads them once instead of once a draft.
     */
    CheckCommand(ArticleProcessor loaded) {
        this.loaded = loaded;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!draft.equals("-") && !Files.isRegularFile(Path.of(draft))) {
            throw new CommandLine.ParameterException(spec.commandLine(), draft + ": " + (Files.isDirectory(Path.of(draft))
                    ? "is a folder; check takes one draft file (or - for standard input)" : "no such draft file"));
        }
        Path modelsDir = ModelsOption.resolve(models);
        if (!Files.isDirectory(modelsDir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--models " + modelsDir + ": no such folder");
        }
        List<Claim> run;
        java.util.function.Function<String, String> stories;
        KnownClaims.ReferenceTable table = KnownClaims.ReferenceTable.NONE;
        if (loaded == null) {
            // Tika, and a Chinese draft's HanLP dictionaries, load on the other core while the run's claims and our
            // models do.
            PlainTextFirstReader.loadTikaAhead(ReadLimits.DEFAULT);
            if (!draft.equals("-")) {
                ChineseDictionaries.loadAheadFor(List.of(Path.of(draft)));
            }
        }
        try {
            Phases.mark("command line");
            run = KnownClaims.fromRun(facts);
            stories = KnownClaims.storiesFromRun(facts);
            if (reference != null) {
                table = KnownClaims.fromReference(reference, modelsDir);
            }
            Phases.mark("known claims");
        } catch (IOException e) {
            // What the draft is checked against is wrong before any work is done: bad usage.
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            ArticleResult result = read(loaded != null ? loaded : ArticleProcessor.create(modelsDir, ReadLimits.DEFAULT, 1));
            if (!result.ok()) {
                err.println("newsfacts check: " + OneLine.of(draft) + ": " + OneLine.of(result.error()));
                err.flush();
                return NewsfactsCli.EXIT_PARTIAL;
            }
            List<FigureCheck> checks = new DraftChecker(run, table, MetricLabels.load(modelsDir),
                    org.newsfacts.claims.MetricRoles.load(modelsDir), stories).check(result);
            if (json) {
                List<String> inputs = new ArrayList<>(List.of(draft, facts.toString()));
                if (reference != null) {
                    inputs.add(reference.toString());
                }
                out.println(OutputJson.mapper().writer(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(Report.of(Provenance.of(inputs, modelsDir), draft, checks)));
            } else {
                CheckPrinter.print(checks, out);
            }
            out.flush();
            Phases.mark("check and print");
            boolean conflicts = checks.stream().anyMatch(c -> c.verdict() == Verdict.CONFLICTS
                    || strict && c.verdict() == Verdict.DISPUTED);
            return conflicts ? NewsfactsCli.EXIT_FINDINGS : NewsfactsCli.EXIT_OK;
        } catch (IOException e) {
            err.println("newsfacts check: " + OneLine.of(draft) + ": " + OneLine.of(e.getMessage()));
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

    /** {@code check --json}: provenance, one entry per figure, totals (schemas/check.schema.json). */
    @JsonPropertyOrder({"version", "run_date", "inputs", "models_fingerprint", "draft", "figures", "totals"})
    record Report(String version, String runDate, List<String> inputs, String modelsFingerprint, String draft,
                  List<Figure> figures, Totals totals) {
        static Report of(Provenance p, String draft, List<FigureCheck> checks) {
            return new Report(p.version(), p.runDate(), p.inputs(), p.modelsFingerprint(), draft,
                    checks.stream().map(Figure::of).toList(), Totals.of(checks));
        }
    }

    /** One figure of {@code check --json}; its offsets are the schema's flat fields, so ints, not a {@code text.Span}. */
    @JsonPropertyOrder({"verdict", "surface", "value", "unit", "qualifier", "start", "end", "sentence", "mark_start",
            "mark_end", "subject", "metric", "metric_label", "metric_label_zh", "period", "period_label",
            "explanation", "backing", "against"})
    record Figure(String verdict, String surface, BigDecimal value, String unit, String qualifier, int start, int end,
                  String sentence, int markStart, int markEnd, String subject, String metric, String metricLabel,
                  String metricLabelZh, String period, String periodLabel, String explanation, Side backing,
                  Side against) {
        static Figure of(FigureCheck c) {
            return new Figure(c.verdict().name().toLowerCase(Locale.ROOT), c.surface(), c.value(), c.unit(),
                    c.qualifier(), c.start(), c.end(), c.sentence(), c.markStart(), c.markEnd(), c.subject(),
                    c.metric(), c.metricLabel(), c.metricLabelZh(), c.period(), c.periodLabel(), c.explanation(),
                    c.backing(), c.against());
        }
    }

    @JsonPropertyOrder({"figures", "agrees", "conflicts", "disputed", "unknown"})
    record Totals(int figures, int agrees, int conflicts, int disputed, int unknown) {
        static Totals of(List<FigureCheck> checks) {
            return new Totals(checks.size(), count(checks, Verdict.AGREES), count(checks, Verdict.CONFLICTS),
                    count(checks, Verdict.DISPUTED), count(checks, Verdict.UNKNOWN));
        }

        private static int count(List<FigureCheck> checks, Verdict v) {
            return (int) checks.stream().filter(c -> c.verdict() == v).count();
        }
    }

    /** The text an editor reads: per figure the verdict, the draft's sentence, then the evidence per side. */
    static final class CheckPrinter {
        private CheckPrinter() {
        }

        static void print(List<FigureCheck> checks, PrintWriter out) {
            List<String> unread = new ArrayList<>();
            for (FigureCheck c : checks) {
                if (c.subject() == null) {
                    unread.add(c.surface());
                    continue;
                }
                out.printf("%-9s %s", c.verdict().name().toLowerCase(Locale.ROOT), c.surface());
                out.printf("  %s · %s (%s) · %s", c.subject(), c.metricLabel(), c.metricLabelZh(), c.periodLabel());
                out.println();
                out.println("  draft:  " + marked(c.sentence(), c.markStart(), c.markEnd()));
                out.println("  " + c.explanation());
                side("backs it", c.backing(), out);
                side("says otherwise", c.against(), out);
            }
            if (!unread.isEmpty()) {
                out.println("unknown   " + String.join(", ", unread) + "  (figures with no subject and metric read: not checked)");
            }
            Totals t = Totals.of(checks);
            out.printf("%d figure(s): %d agree, %d conflict, %d disputed, %d unknown%n", t.figures(), t.agrees(),
                    t.conflicts(), t.disputed(), t.unknown());
        }

        private static void side(String label, Side side, PrintWriter out) {
            if (side.sources() == 0) {
                return;
            }
            out.printf("  %s (%d source%s in %d article%s):%n", label, side.sources(), side.sources() == 1 ? "" : "s",
                    side.articles(), side.articles() == 1 ? "" : "s");
            for (Evidence e : side.shown()) {
                out.println("    " + source(e) + ": " + marked(e.sentence(), e.markStart(), e.markEnd())
                        + (e.sourceUrl() == null ? "" : "  [source: " + e.sourceUrl() + "]"));
            }
            if (side.moreSentences() > 0) {
                out.printf("    and %d more in %d article%s%n", side.moreSentences(), side.moreArticles(),
                        side.moreArticles() == 1 ? "" : "s");
            }
        }

        private static String source(Evidence e) {
            if (e.kind().equals("reference")) {
                return "reference table";
            }
            String who = e.outlet() != null ? e.outlet() : e.doc();
            return who + (e.date() == null ? "" : " " + e.date()) + (e.outlet() != null ? " (" + e.doc() + ")" : "");
        }

        static String marked(String sentence, int start, int end) {
            if (sentence == null) {
                return "";
            }
            String s = start >= 0 && end <= sentence.length() && start < end
                    ? sentence.substring(0, start) + "⟦" + sentence.substring(start, end) + "⟧" + sentence.substring(end)
                    : sentence;
            return s.replace('\n', ' ');
        }
    }
}
