package org.newsfacts.cli;

import org.newsfacts.bench.PipelineBenchmark;
import org.newsfacts.pipeline.InputCollector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsfacts bench}: speed of the batch run, for README's figures. Not a test. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures cold start (check and extract of one draft, whole processes), whole extract runs against the bare-library baseline of src/bench/baseline (when its jar is built) on the same files and threads, and where the CPU time goes per stage.",
                "Not a test: numbers depend on the machine and its load."},
        footer = {"", "Exit status: 0 measured; 2 bad usage (missing folder, --copies or --threads below 1);"
                + " 3 the folder holds no input files; 4 the benchmark failed."})
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CORPUS", defaultValue = "corpus",
            description = "Folder of articles to repeat (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--copies", defaultValue = "112", description = "Times the corpus is repeated (default: ${DEFAULT-VALUE}, about 1,000 files for the 9-file corpus).")
    int copies;

    @Option(names = {"-t", "--threads"}, description = "Threads for the batch run (default: number of cores).")
    Integer threads;

    @Option(names = "--reps", defaultValue = "3", description = "Whole-process runs of newsfacts and of the baseline, interleaved; medians are reported; 0 profiles only (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--cold", defaultValue = "3", description = "Cold-start runs of check and extract of each draft, interleaved; medians are reported; 0 skips them (default: ${DEFAULT-VALUE}).")
    int cold;

    @Option(names = "--drafts", paramLabel = "FILE", arity = "1..*",
            description = "Drafts for the cold-start runs (default: the corpus's first file).")
    List<Path> drafts = new java.util.ArrayList<>();

    @Option(names = "--models", paramLabel = "DIR", description = "Folder of gazetteers and lexicons.")
    Path models;

    @Option(names = "--scale", paramLabel = "N", description = {"Instead: memory at scale. Makes N short articles by cutting CORPUS's and its dev2/articles' .txt articles into pieces under distinct names, runs extract over them in this JVM and reports the time and the live heap after GC (peak).",
            "Set the heap to test with NEWSFACTS_JAVA_OPTS=-Xmx256m."})
    Integer scale;

    @Option(names = "--chars", defaultValue = "600", paramLabel = "MAX", description = "With --scale: at most this many characters an article (default: ${DEFAULT-VALUE}).")
    int chars;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "CORPUS " + corpus + ": "
                    + (Files.exists(corpus) ? "is a file; bench repeats a folder of articles" : "no such folder"));
        }
        if (copies < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--copies " + copies + ": must be at least 1");
        }
        for (Path draft : drafts) {
            if (!Files.isRegularFile(draft)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--drafts " + draft + ": no such file");
            }
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads " + threads + ": must be at least 1");
        }
        if (scale != null) {
            if (scale < 1 || chars < 20) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be at least 1 and --chars at least 20");
            }
            Path folder = Files.createTempDirectory("newsfacts-scale");
            try {
                return ScaleBenchmark.run(corpus, ModelsOption.resolve(models), folder, scale, chars,
                        threads == null ? null : threads.toString(), System.out);
            } finally {
                org.newsfacts.files.FileTrees.delete(folder);
            }
        }
        if (InputCollector.collect(List.of(corpus)).isEmpty()) {
            spec.commandLine().getErr().println("newsfacts bench: no input files in " + corpus + "; nothing to measure");
            spec.commandLine().getErr().flush();
            return NewsfactsCli.EXIT_PARTIAL;
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        new PipelineBenchmark(corpus, ModelsOption.resolve(models), copies, n, reps, cold, drafts, System.out).run();
        return 0;
    }
}
