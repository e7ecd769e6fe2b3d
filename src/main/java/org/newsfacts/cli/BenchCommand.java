package org.newsfacts.cli;

import org.newsfacts.bench.PipelineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newsfacts bench}: speed of the batch run, for README's figures. Not a test. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures start-up time and articles per second of extract, overall and per format.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "CORPUS", defaultValue = "corpus",
            description = "Folder of articles to repeat (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--copies", defaultValue = "112", description = "Times the corpus is repeated (default: ${DEFAULT-VALUE}, about 1,000 files for the 9-file corpus).")
    int copies;

    @Option(names = "--threads", description = "Threads for the batch run (default: number of cores).")
    Integer threads;

    @Option(names = "--models", paramLabel = "DIR", description = "Folder of gazetteers and lexicons.")
    Path models;

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        new PipelineBenchmark(corpus, ModelsOption.resolve(models), copies, n, System.out).run();
        return 0;
    }
}
