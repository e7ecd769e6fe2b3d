package org.newsfacts.output;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.newsfacts.Fixtures;
import org.newsfacts.cli.NewsfactsCli;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One real {@code newsfacts extract} run, shared by the tests of the output files because a run over the
 * corpus takes tens of seconds. Its input is the corpus plus two files the corpus lacks but researchers'
 * folders will have: an English article whose claim sentence holds a comma and straight quotation marks
 * (the cases CSV quoting exists for) and an empty file, which becomes a {@code status: error} record.
 */
final class RealRun {
    /** The added article: one claim (9%) whose sentence and quote hold {@code ,} and {@code "}. */
    static final String QUOTED_DOC = "extra/quoted.txt";
    static final String QUOTED_TEXT = """
            Hong Kong, 2 September 2025

            WIPO said the Shenzhen–Hong Kong–Guangzhou cluster, called "the world's top cluster" by the report, \
            has a share of patent filings of 9%.
            """;
    static final String FAILED_DOC = "empty.txt";

    /** Numbers read exactly, so a value compares with its CSV cell digit for digit. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static RealRun run;

    final Path out;
    final int exitCode;
    final String stderr;

    private RealRun(Path out, int exitCode, String stderr) {
        this.out = out;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }

    static synchronized RealRun get() {
        if (run == null) {
            try {
                run = extract();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return run;
    }

    private static RealRun extract() throws IOException {
        Path root = Files.createTempDirectory("newsfacts-real-run");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
        Path in = root.resolve("in");
        Fixtures.copyTree(Fixtures.CORPUS, in);
        Files.createDirectories(in.resolve(QUOTED_DOC).getParent());
        Files.writeString(in.resolve(QUOTED_DOC), QUOTED_TEXT, StandardCharsets.UTF_8);
        Files.createFile(in.resolve(FAILED_DOC));
        Path out = root.resolve("out");

        CommandLine cli = NewsfactsCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int code = cli.execute("extract", in.toString(), "--out", out.toString(), "--quiet");
        return new RealRun(out, code, err.toString());
    }

    /** The JSON objects of a {@code .jsonl} file of the run, one a line. */
    List<JsonNode> lines(String file) {
        try {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8)) {
                nodes.add(JSON.readTree(line));
            }
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode json(String file) {
        try {
            return JSON.readTree(out.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try {
            org.newsfacts.files.FileTrees.delete(root);
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing the build over.
        }
    }
}
