package org.newsfacts;

import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.pipeline.ArticleProcessor;
import org.newsfacts.text.TextAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real articles and the project's models, loaded once for all tests. */
public final class Fixtures {
    public static final Path CORPUS = Path.of("corpus");
    public static final Path MODELS = Path.of("models");
    /** The shared folder CI puts beside the checkout: seeds, gold answers, peer tests. */
    public static final Path SHARED = Path.of("..", "shared");
    public static final Path GOLD = SHARED.resolve("gold");

    private static TextAnalyzer analyzer;
    private static ArticleProcessor processor;

    private Fixtures() {
    }

    public static synchronized TextAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = TextAnalyzer.withBundledModels();
        }
        return analyzer;
    }

    public static synchronized ArticleProcessor processor() {
        if (processor == null) {
            processor = ArticleProcessor.create(MODELS, ReadLimits.DEFAULT);
        }
        return processor;
    }

    /** A corpus file's text as stored (the seeds are UTF-8). */
    public static String corpusText(String name) {
        try {
            return Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with all white space removed, for checks that must not depend on where lines break. */
    public static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
