package org.newsfacts.cli;

import org.newsfacts.claims.EditionPeriods;
import org.newsfacts.claims.MetricLabels;
import org.newsfacts.claims.MetricRoles;
import org.newsfacts.ingest.PlainTextFirstReader;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.output.OutputSet;
import org.newsfacts.run.ExtractRun;
import org.newsfacts.records.Provenance;
import org.newsfacts.pipeline.ArticleProcessor;
import org.newsfacts.pipeline.BatchRunner;
import org.newsfacts.extract.mentions.ChineseDictionaries;
import org.newsfacts.pipeline.InputCollector;
import org.newsfacts.pipeline.Phases;
import org.newsfacts.pipeline.ResultCache;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsfacts extract}: the batch run over folders of articles. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Reads articles (text in any encoding, HTML, PDF, Word) and writes what it finds to the output folder.",
        footer = {"", "Exit status: 0 every file read; 2 bad usage; 3 some files could not be read (listed), or no input;"
                + " 4 the run failed."})
public final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Article files or folders (walked recursively).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--inputs", paramLabel = "FILE|-",
            description = "Also read inputs from a list, one file or folder a line (- for standard input; blank lines"
                    + " and lines starting with # are skipped).")
    String inputList;

    @Option(names = "--no-report", description = "Write every output file but report.html.")
    boolean noReport;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Files processed at once (default: number of cores).")
    Integer threads;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Folder of gazetteers and lexicons (default: models, here or beside the installation).")
    Path models;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time limit for one file (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20",
            description = "Files larger than this are refused (default: ${DEFAULT-VALUE}).")
    double maxFileMb;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or summary, only errors.")
    boolean quiet;

    @Option(names = "--fresh", description = "Process every file again instead of reusing results of unchanged files.")
    boolean fresh;

    @Override
    public Integer call() throws Exception {
        Phases.mark("command line");
        if (inputList != null) {
            inputs.addAll(readInputList(inputList));
        }
        if (inputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name at least one INPUT (or --inputs FILE|-)");
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + input);
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out " + out + " is a file; it must be a folder (it is created when missing)");
        }
        if (out.toAbsolutePath().normalize().getParent() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out cannot be the root folder");
        }
        models = ModelsOption.resolve(models);
        if (!Files.isDirectory(models)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "models folder not found: " + models
                    + " (run from the project folder or pass --models)");
        }
        if (timeoutSeconds <= 0 || !(maxFileMb > 0) || Double.isInfinite(maxFileMb) || threads != null && threads <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout, --max-file-mb and --threads must be positive");
        }
        ReadLimits limits = new ReadLimits((long) (maxFileMb * 1048576), ReadLimits.DEFAULT.maxChars(),
                Duration.ofSeconds(timeoutSeconds));
        PrintWriter err = spec.commandLine().getErr();
        boolean everyFile = fresh || !ResultCache.exists(out);
        if (everyFile) {
            // Files will be read: Tika loads on the other core while this one prepares the run.
            PlainTextFirstReader.loadTikaAhead(limits);
        }
        try (OutputSet set = OutputSet.open(out)) {
            // The output folder, its staging folder and cache are never read back as articles.
            List<SourceFile> files = InputCollector.collect(inputs, OutputSet.ownPaths(out));
            if (files.isEmpty()) {
                err.println("newsfacts extract: no input files in " + inputs
                        + " (hidden files, .newsfactsignore globs and the output folder are skipped); nothing written");
                err.flush();
                return NewsfactsCli.EXIT_PARTIAL;
            }
            Path modelsDir = models;
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            boolean terminal = System.console() != null && !quiet;
            if (everyFile) {
                // Every file will be processed: a Chinese input's HanLP dictionaries load on the other core
                // while this one fingerprints the models, prepares the outputs and loads our models. A run that
                // may reuse stored results loads them only when a file needs them, as before.
                ChineseDictionaries.loadAheadFor(files.stream().map(SourceFile::path).toList());
            }
            Phases.mark("inputs, HanLP load started");
            // --fresh reprocesses every file but still stores the results for the next run.
            // One walk over models/ fingerprints them for both the outputs' provenance and the cache's keys.
            Provenance provenance = Provenance.of(inputs.stream().map(Path::toString).toList(), models);
            ResultCache cache = new ResultCache(set.out(), provenance.modelsFingerprint(), !fresh);
            Phases.mark("models fingerprint, cache");
            // Idle parser processes stay for the next run of this JVM (tests) and end when it exits.
            BatchRunner runner = new BatchRunner(() -> ArticleProcessor.create(modelsDir, limits, n), limits, n,
                    terminal, cache);
            List<String> failed = new ArrayList<>();
            BatchRunner.Summary summary;
            try (ExtractRun writer = new ExtractRun(set.staging(), EditionPeriods.load(models),
                    MetricLabels.load(models), MetricRoles.load(models), !noReport)
                    .withProvenance(provenance)) {
                Phases.mark("output writers");
                summary = runner.run(files, result -> {
                    if (!result.ok()) {
                        failed.add(OneLine.of(result.doc()) + ": " + OneLine.of(result.error()));
                    }
                    try {
                        writer.accept(result);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    OutputSet.pausePoint("article");
                });
                Phases.mark("articles written");
                writer.finish();
                Phases.mark("claims, conflicts, report");
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            cache.prune();
            set.publish();
            Phases.mark("outputs written");
            return report(summary, failed, err);
        } catch (OutputSet.LockedException e) {
            return runFailed(err, e.getMessage());
        } catch (IOException e) {
            return runFailed(err, "the run failed, previous output in " + out + " kept: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return runFailed(err, "out of memory (the previous output in " + out + " is kept); give Java more heap"
                    + " (java -Xmx…) or fewer --threads");
        }
    }

    /** The paths a {@code --inputs} list names, one a line; relative ones are taken from the working folder. */
    private List<Path> readInputList(String list) {
        List<String> lines;
        try {
            lines = list.equals("-")
                    ? new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList()
                    : Files.readAllLines(Path.of(list), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--inputs " + list + ": cannot read the list ("
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()) + ")");
        }
        List<Path> paths = new ArrayList<>();
        for (String line : lines) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                paths.add(Path.of(entry));
            }
        }
        return paths;
    }

    private static int runFailed(PrintWriter err, String message) {
        err.println("newsfacts extract: " + message);
        err.flush();
        return NewsfactsCli.EXIT_FAILED;
    }

    private int report(BatchRunner.Summary summary, List<String> failed, PrintWriter err) {
        for (String line : failed) {
            err.println("newsfacts: " + line);
        }
        if (!quiet) {
            err.printf("%d file(s): %d ok, %d failed, %d unchanged since the last run; output in %s%n",
                    summary.files(), summary.files() - summary.failed(), summary.failed(), summary.reused(), out);
        }
        err.flush();
        return failed.isEmpty() ? NewsfactsCli.EXIT_OK : NewsfactsCli.EXIT_PARTIAL;
    }
}
