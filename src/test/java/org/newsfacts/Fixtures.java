package org.newsfacts;

import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.pipeline.ArticleProcessor;
import org.newsfacts.text.TextAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Real articles and the project's models, loaded once for all tests. */
public final class Fixtures {
    public static final Path CORPUS = Path.of("corpus");
    public static final Path MODELS = Path.of("models");
    /** Hand-checked answers for the development articles of {@code corpus/}. */
    public static final Path GOLD = CORPUS.resolve("gold");
    /** The second development set: 40 real articles from 34 outlets, and their gold. */
    public static final Path DEV2_ARTICLES = CORPUS.resolve("dev2").resolve("articles");
    public static final Path DEV2_GOLD = CORPUS.resolve("dev2").resolve("gold");
    /** The Recognizers-Text spec cases (MIT licence, notice in its README). */
    public static final Path PEER_SUITE = Path.of("src", "test", "resources", "peer", "recognizers-text");

    private static TextAnalyzer analyzer;
    private static ArticleProcessor processor;

    private Fixtures() {
    }

    public static synchronized TextAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = TextAnalyzer.load(MODELS);
        }
        return analyzer;
    }

    private static Path corpusRun;

    /**
     * The output folder of one real {@code newsfacts extract corpus --quiet}, made once for all tests (a run over
     * the corpus takes tens of seconds on a loaded machine). Tests only read it: a test that writes outputs or
     * needs other options runs its own extract.
     */
    public static synchronized Path corpusRun() {
        if (corpusRun == null) {
            try {
                Path root = Files.createTempDirectory("newsfacts-corpus-run");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
                Path out = root.resolve("out");
                java.io.StringWriter err = new java.io.StringWriter();
                var cli = org.newsfacts.cli.NewsfactsCli.commandLine();
                cli.setErr(new java.io.PrintWriter(err));
                cli.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
                int code = cli.execute("extract", required(CORPUS).toString(), "--out", out.toString(), "--quiet");
                if (code != 0) {
                    throw new AssertionError("extract corpus exited " + code + ": " + err);
                }
                corpusRun = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return corpusRun;
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder the system cleans anyway
        }
    }

    public static synchronized ArticleProcessor processor() {
        if (processor == null) {
            processor = ArticleProcessor.create(MODELS, ReadLimits.DEFAULT);
        }
        return processor;
    }

    /**
     * The file or folder a test needs, which must be in the repository: a quality gate whose data is missing
     * fails, naming what is missing, instead of skipping and leaving the build looking healthier than it is.
     */
    public static Path required(Path path) {
        if (!Files.exists(path)) {
            throw new AssertionError("test data missing: " + path.toAbsolutePath().normalize()
                    + " (it is part of the repository; restore it from git)");
        }
        return path;
    }

    /** The development articles as plain UTF-8 text: one {@code corpus/} file per gold file. */
    public static List<Path> seedFiles() {
        try (Stream<Path> golds = Files.list(required(GOLD))) {
            List<Path> seeds = golds.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt.gold.json"))
                    .map(n -> required(CORPUS.resolve(n.substring(0, n.length() - ".gold.json".length()))))
                    .sorted().toList();
            if (seeds.isEmpty()) {
                throw new AssertionError("no article gold files in " + GOLD.toAbsolutePath().normalize());
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder and everything under it (a corpus or {@code models/}) to {@code to}, returning {@code to}. */
    public static Path copyTree(Path from, Path to) throws IOException {
        return org.newsfacts.files.FileTrees.copy(from, to);
    }

    /** A corpus file's text as stored (the seeds are UTF-8). */
    public static String corpusText(String name) {
        try {
            return Files.readString(required(CORPUS.resolve(name)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with all white space removed, for checks that must not depend on where lines break. */
    public static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /**
     * A run's output file without what says when and from what it was made (conflicts.json's {@code run}, the
     * report's provenance line): two runs over the same input must agree on everything else, byte for byte.
     */
    public static String withoutProvenance(String content) {
        return content.replaceAll("(?s)\\A\\{\\s*\"run\" : \\{.*?\\n  },", "{")
                .replaceAll("<p class=\"provenance\">[^<]*</p>", "");
    }
}
