package org.newsfacts.pipeline;

import org.newsfacts.ingest.ArticleReader;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.ingest.EncodingCheck;
import org.newsfacts.ingest.ExtractedDocument;
import org.newsfacts.ingest.ReadFailure;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.ingest.ForkedArticleReader;
import org.newsfacts.ingest.PlainTextFirstReader;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.DatelineReader;
import org.newsfacts.text.normalize.ScriptConverter;
import org.newsfacts.text.TextAnalyzer;
import org.newsfacts.text.TimeLimit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The per-article pipeline: read → repair and analyse text → (extractors, as they land). A pure function of
 * one file: it holds only immutable models and readers, so any number of threads, or machines, may call it.
 */
public final class ArticleProcessor implements AutoCloseable {
    private final ArticleReader reader;
    private final TextAnalyzer analyzer;
    private final DatelineReader datelines;
    private final Extractors extractors;
    private final ReadLimits limits;

    public ArticleProcessor(ArticleReader reader, TextAnalyzer analyzer, DatelineReader datelines,
                            Extractors extractors, ReadLimits limits) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.datelines = datelines;
        this.extractors = extractors;
        this.limits = limits;
    }

    /**
     * The processor with the bundled OpenNLP models and the lexicons under {@code modelsDir}; plain text is read
     * in this process, other files are parsed in a pool of as many parser processes as there are cores (see
     * {@link PlainTextFirstReader} and {@link ForkedArticleReader}).
     */
    public static ArticleProcessor create(Path modelsDir, ReadLimits limits) {
        return create(modelsDir, limits, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #create(Path, ReadLimits)} with at most {@code parsers} parser processes at once. */
    public static ArticleProcessor create(Path modelsDir, ReadLimits limits, int parsers) {
        ArticleReader reader = new PlainTextFirstReader(new ForkedArticleReader(limits, parsers), limits);
        Phases.mark("reader (parser processes)");
        TextAnalyzer analyzer = TextAnalyzer.load(modelsDir);
        Phases.mark("text models (OpenNLP, OpenCC)");
        DatelineReader datelines = DatelineReader.load(modelsDir, ScriptConverter.shared());
        Extractors extractors = Extractors.load(modelsDir);
        Phases.mark("extractor models");
        return new ArticleProcessor(reader, analyzer, datelines, extractors, limits);
    }

    /** This processor's models with another reader (the profile reads in its own thread to count the parse's CPU). */
    public ArticleProcessor withReader(ArticleReader other) {
        return new ArticleProcessor(other, analyzer, datelines, extractors, limits);
    }

    public ReadLimits limits() {
        return limits;
    }

    /** Ends the reader's parser processes (they would end with this JVM anyway). */
    @Override
    public void close() {
        if (reader instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Nothing to keep: the processes end with the JVM at the latest.
            }
        }
    }

    public ArticleResult process(SourceFile file) {
        if (file.refusal() != null) {
            return ArticleResult.failed(file.doc(), null, file.refusal());
        }
        String sha256 = null;
        try {
            byte[] content = readWithin(file, limits.maxFileBytes());
            if (content == null) {
                return tooLarge(file, limits);
            }
            sha256 = sha256(content);
            return process(file, sha256, content);
        } catch (IOException e) {
            return ArticleResult.failed(file.doc(), sha256, "cannot read file: " + describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours or of a parser on odd input must cost one file, not the run.
            return ArticleResult.failed(file.doc(), sha256, "internal error while processing: " + e);
        }
    }

    /** Processes content already in memory (a draft from standard input, a test's fixture). */
    public ArticleResult process(SourceFile file, String sha256, byte[] content) {
        return process(file, sha256, content, null);
    }

    /** {@link #process(SourceFile, String, byte[])}, adding each stage's CPU time to {@code times} (null: none). */
    public ArticleResult process(SourceFile file, String sha256, byte[] content, StageTimes times) {
        long started = System.nanoTime();
        Alarm alarm = null;
        try {
            if (times != null) {
                times.reset();
            }
            ExtractedDocument extracted = reader.read(file, content);
            // The parse ran under its own process's limit; what is left of the file's time limit now bounds the
            // text and extraction stages in this thread.
            alarm = Alarm.at(started + limits.timeout().toNanos());
            Phases.mark("read (Tika)");
            long[] textSteps = times == null ? null : new long[TextAnalyzer.STEPS.size()];
            if (times != null) {
                times.lap(StageTimes.READ);
            }
            AnalyzedText text = analyzer.analyze(extracted.text(), extracted.paragraphsKnown(), textSteps);
            Phases.mark("text analysis");
            if (times != null) {
                times.addText(textSteps);
            }
            DocumentMetadata fromText = new DocumentMetadata(null, datelines.outlet(text),
                    datelines.publicationDate(text));
            DocumentMetadata metadata = extracted.metadata().orElse(fromText);
            if (times != null) {
                times.lap(StageTimes.DATELINE);
            }
            ArticleResult result = extractors.extract(file.doc(), sha256, extracted, text, metadata, times);
            Phases.mark("extraction");
            return result.withWarnings(EncodingCheck.warnings(content, extracted.charset(), extracted.text()));
        } catch (ReadFailure e) {
            return ArticleResult.failed(file.doc(), sha256, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            if (e instanceof TimeLimit.Exceeded || alarm != null && alarm.rang()) {
                return ArticleResult.failed(file.doc(), sha256, "processing took longer than the time limit of "
                        + limits.timeout().toSeconds() + " s; the text stages were stopped");
            }
            // A defect of ours on odd input must cost one file, not the run.
            return ArticleResult.failed(file.doc(), sha256, "internal error while processing: " + e);
        } finally {
            if (alarm != null) {
                alarm.disarm();
            }
        }
    }

    /**
     * Interrupts the thread that set it at a deadline unless disarmed first; the stages' {@link TimeLimit#check()}
     * then stops the file. Disarming clears an interrupt the alarm made, so the thread takes its next file clean.
     */
    private static final class Alarm {
        private static final java.util.concurrent.ScheduledThreadPoolExecutor CLOCK = clock();
        private final Thread worker = Thread.currentThread();
        private final java.util.concurrent.ScheduledFuture<?> ring;
        private boolean armed = true;
        private boolean rang;

        private Alarm(long delayNanos) {
            ring = CLOCK.schedule(this::ring, Math.max(0, delayNanos), java.util.concurrent.TimeUnit.NANOSECONDS);
        }

        static Alarm at(long deadlineNanos) {
            return new Alarm(deadlineNanos - System.nanoTime());
        }

        private synchronized void ring() {
            if (armed) {
                rang = true;
                worker.interrupt();
            }
        }

        synchronized boolean rang() {
            return rang;
        }

        synchronized void disarm() {
            armed = false;
            ring.cancel(false);
            if (rang) {
                Thread.interrupted();
            }
        }

        private static java.util.concurrent.ScheduledThreadPoolExecutor clock() {
            var clock = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "newsfacts-time-limit");
                t.setDaemon(true);
                return t;
            });
            clock.setRemoveOnCancelPolicy(true);
            return clock;
        }
    }

    /**
     * The file's bytes, or null when it holds more than {@code max}: a file over the limit (or one that grew past
     * it since the walk) is never read in full, not even to hash it, so a 30 GB file costs nothing.
     */
    public static byte[] readWithin(SourceFile file, long max) throws IOException {
        if (file.size() > max) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file.path())) {
            byte[] content = in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 16));
            return in.read() >= 0 ? null : content;
        }
    }

    /** The record of a file refused for its size; it carries no hash, because the file was not read. */
    public static ArticleResult tooLarge(SourceFile file, ReadLimits limits) {
        return ArticleResult.failed(file.doc(), null, String.format(java.util.Locale.ROOT,
                "file is %.1f MB, over the size limit of %.1f MB; not read", file.size() / 1048576.0,
                limits.maxFileBytes() / 1048576.0));
    }

    /** An I/O failure's cause without the machine's absolute path (the file is named by its {@code doc}). */
    static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the file disappeared before it was read";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null ? type : type + ": " + reason;
    }

    /** Hex SHA-256 of a file's bytes: the {@code sha256} of documents.jsonl. */
    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
