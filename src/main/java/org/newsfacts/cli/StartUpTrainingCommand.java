package org.newsfacts.cli;

import org.newsfacts.ingest.ReadFailure;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.ingest.TikaArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Not for users: the run the launcher records its class-data sharing archive from, once per build. It does
 * what an editor's and a batch user's commands do — {@code extract} over the corpus (text, Big5, HTML, PDF,
 * Word) and {@code check} of one article against that run — so the archive holds the classes both load.
 */
@Command(name = "start-up-training", hidden = true,
        description = "Runs extract and check over the given articles so that the JVM can archive the classes they load.")
public final class StartUpTrainingCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS")
    Path corpus;

    @Parameters(index = "1", paramLabel = "DRAFT")
    Path draft;

    @Parameters(index = "2", paramLabel = "OUT")
    Path out;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        CommandLine cli = NewsfactsCli.commandLine();
        StringWriter sink = new StringWriter();
        cli.setOut(new PrintWriter(sink));
        cli.setErr(new PrintWriter(sink));
        // Parser processes use the archive too, but a training run's parsing happens in them, out of the
        // recording's sight: reading every file here as well records Tika's, PDFBox's and POI's classes.
        TikaArticleReader tika = new TikaArticleReader(ReadLimits.DEFAULT);
        try (var files = Files.list(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] content = Files.readAllBytes(file);
                try {
                    tika.read(new SourceFile(file, file.getFileName().toString(), content.length), content);
                } catch (ReadFailure e) {
                    // A file Tika cannot read still loaded the classes that tried.
                }
            }
        }
        int extracted = cli.execute("extract", corpus.toString(), "--out", out.toString(), "--quiet", "--fresh");
        int checked = cli.execute("check", draft.toString(), "--facts", out.toString());
        // check exits 1 when the draft conflicts with the run: that is a result, not a failure of the training.
        return extracted == NewsfactsCli.EXIT_OK && checked <= NewsfactsCli.EXIT_FINDINGS ? NewsfactsCli.EXIT_OK
                : NewsfactsCli.EXIT_FAILED;
    }
}
