package org.newsfacts.pipeline;

import org.newsfacts.ingest.ArticleReader;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.ingest.ExtractedDocument;
import org.newsfacts.ingest.ReadFailure;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.ingest.TikaArticleReader;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.DatelineReader;
import org.newsfacts.text.ScriptConverter;
import org.newsfacts.text.TextAnalyzer;

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
public final class ArticleProcessor {
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

    /** The processor with Tika, the bundled OpenNLP models and the lexicons under {@code modelsDir}. */
    public static ArticleProcessor create(Path modelsDir, ReadLimits limits) {
        return new ArticleProcessor(new TikaArticleReader(limits), TextAnalyzer.withBundledModels(),
                DatelineReader.load(modelsDir, ScriptConverter.shared()), Extractors.load(modelsDir), limits);
    }

    public ReadLimits limits() {
        return limits;
    }

    public ArticleResult process(SourceFile file) {
        String sha256 = null;
        try {
            if (file.size() > limits.maxFileBytes()) {
                sha256 = sha256(file.path());
                return ArticleResult.failed(file.doc(), sha256, String.format(
                        "file is %.1f MB, over the size limit of %.1f MB", file.size() / 1048576.0,
                        limits.maxFileBytes() / 1048576.0));
            }
            byte[] content = Files.readAllBytes(file.path());
            sha256 = sha256(content);
            return process(file, sha256, content);
        } catch (IOException e) {
            return ArticleResult.failed(file.doc(), sha256, "cannot read file: " + e);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours or of a parser on odd input must cost one file, not the run.
            return ArticleResult.failed(file.doc(), sha256, "internal error while processing: " + e);
        }
    }

    /** Processes content already in memory (a draft from standard input, a test's fixture). */
    public ArticleResult process(SourceFile file, String sha256, byte[] content) {
        try {
            ExtractedDocument extracted = reader.read(file, content);
            AnalyzedText text = analyzer.analyze(extracted.text(), extracted.paragraphsKnown());
            DocumentMetadata fromText = new DocumentMetadata(null, datelines.outlet(text),
                    datelines.publicationDate(text));
            DocumentMetadata metadata = extracted.metadata().orElse(fromText);
            return extractors.extract(file.doc(), sha256, extracted, text, metadata);
        } catch (ReadFailure e) {
            return ArticleResult.failed(file.doc(), sha256, e.getMessage());
        }
    }

    /** Hex SHA-256 of a file's bytes: the {@code sha256} of documents.jsonl. */
    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    static String sha256(Path path) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
