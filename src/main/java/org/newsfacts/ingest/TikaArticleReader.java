package org.newsfacts.ingest;

import org.apache.tika.config.ServiceLoader;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads any format Tika knows (plain text in any encoding, Word, …) through its {@link AutoDetectParser};
 * web pages go to {@link HtmlArticleReader} instead, because Tika keeps a page's navigation and related-news
 * lists, which are not the article, and PDF to {@link PdfArticleReader}, because Tika's text keeps no positions
 * to tell a wrapped line from a paragraph's end or a running header from the article.
 */
public final class TikaArticleReader implements ArticleReader {
    private final AutoDetectParser parser;
    private final AutoDetectParser detected;
    /** Metadata key carrying the detected type from {@link #detect} to {@link #detected}'s parse. */
    private static final String DETECTED_TYPE = "X-Newsfacts-Detected-Type";
    private final HtmlArticleReader html;
    private final PdfArticleReader pdf = new PdfArticleReader();
    private final ReadLimits limits;
    /** Made by {@link #plainTextOnly}: Tika's text parser alone, so only plain text may be read. */
    private final boolean plainTextOnly;

    public TikaArticleReader(ReadLimits limits) {
        this(TikaConfig.getDefaultConfig(), limits);
    }

    private TikaArticleReader(TikaConfig config, ReadLimits limits) {
        this(new AutoDetectParser(config), new AutoDetectParser(config), config.getEncodingDetector(), limits, false);
    }

    private TikaArticleReader(AutoDetectParser parser, AutoDetectParser detected, EncodingDetector encodings,
                              ReadLimits limits, boolean plainTextOnly) {
        this.parser = parser;
        // AutoDetectParser detects the type again before it parses: Tika's magic matching over every known
        // type, the largest part of reading a short text file (43% of the CPU of reading the dev2 articles).
        // This one takes the type this reader has just detected, with the same detector, bytes and metadata;
        // a document embedded in the file (whose metadata carries no such type) is detected as before.
        this.detected = detected;
        org.apache.tika.detect.Detector detector = parser.getDetector();
        this.detected.setDetector((in, metadata) -> {
            String known = metadata.get(DETECTED_TYPE);
            return known != null ? MediaType.parse(known) : detector.detect(in, metadata);
        });
        this.html = new HtmlArticleReader(encodings);
        this.limits = limits;
        this.plainTextOnly = plainTextOnly;
    }

    /**
     * A reader for {@link #readIfPlainText} alone (the run's own process, {@link PlainTextFirstReader}): Tika's
     * default type detection and encoding detection, but of its parsers only the one its default configuration
     * gives plain text ({@link TextAndCSVParser}, with the same encoding detector). Tika's default configuration
     * instantiates every parser it has (Word, PDF, mail, images ...: some 700 classes) on a loader thread that
     * competes with the models' loading for the second core; a plain-text file never needs them, and any other
     * type goes to the parser processes, which keep the default configuration. Where the user names a Tika
     * configuration (tika.config, TIKA_CONFIG) it is the default one, as everywhere.
     */
    static TikaArticleReader plainTextOnly(ReadLimits limits) {
        if (namedTikaConfig()) {
            return new TikaArticleReader(TikaConfig.getDefaultConfig(), limits);
        }
        // Tika's own defaults (TikaConfig's): the media types, and the detectors and encoding detectors its
        // service loader finds. One MimeTypes instance serves the detector and the parsers' registry.
        MimeTypes types = MimeTypes.getDefaultMimeTypes();
        ServiceLoader loader = new ServiceLoader();
        EncodingDetector encodings = new DefaultEncodingDetector(loader);
        return new TikaArticleReader(plainTextParser(types, loader, encodings),
                plainTextParser(types, loader, encodings), encodings, limits, true);
    }

    private static AutoDetectParser plainTextParser(MimeTypes types, ServiceLoader loader, EncodingDetector encodings) {
        AutoDetectParser parser = new AutoDetectParser(new DefaultDetector(types, loader),
                new TextAndCSVParser(encodings));
        parser.setMediaTypeRegistry(types.getMediaTypeRegistry());
        return parser;
    }

    private static boolean namedTikaConfig() {
        String property = System.getProperty("tika.config");
        String env = System.getenv("TIKA_CONFIG");
        return property != null && !property.isBlank() || env != null && !env.isBlank();
    }

    @Override
    public ExtractedDocument read(SourceFile file, byte[] content) throws ReadFailure {
        if (content.length == 0) {
            throw new ReadFailure("file is empty (0 bytes)");
        }
        Metadata metadata = metadataOf(file);
        return read(file, content, metadata, detect(content, metadata));
    }

    /**
     * The file read as {@link #read} reads it when Tika detects it as plain text, else null (nothing parsed):
     * for {@link PlainTextFirstReader}, which reads plain text in its own process.
     */
    ExtractedDocument readIfPlainText(SourceFile file, byte[] content) throws ReadFailure {
        Metadata metadata = metadataOf(file);
        MediaType type = detect(content, metadata);
        return type.getBaseType().toString().equals(PLAIN_TEXT) ? read(file, content, metadata, type) : null;
    }

    static final String PLAIN_TEXT = "text/plain";

    private static Metadata metadataOf(SourceFile file) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.path().getFileName().toString());
        return metadata;
    }

    private ExtractedDocument read(SourceFile file, byte[] content, Metadata metadata, MediaType type) throws ReadFailure {
        if (plainTextOnly && !type.getBaseType().toString().equals(PLAIN_TEXT)) {
            throw new IllegalStateException("a plain-text reader was given " + type + " (" + file.path() + ")");
        }
        if (isHtml(type)) {
            return html.read(file, content, metadata, limits);
        }
        if (type.getBaseType().toString().equals(PdfArticleReader.MEDIA_TYPE)) {
            return pdf.read(content, limits.maxChars());
        }
        BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
        metadata.set(DETECTED_TYPE, type.toString());
        try (TikaInputStream in = TikaInputStream.get(content)) {
            detected.parse(in, handler, metadata, new ParseContext());
        } catch (ZeroByteFileException e) {
            throw new ReadFailure("file is empty (0 bytes)", e);
        } catch (EncryptedDocumentException e) {
            throw new ReadFailure("document is encrypted (password protected); cannot read its text", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ReadFailure("text is longer than the limit of " + limits.maxChars() + " characters", e);
            }
            throw new ReadFailure("cannot parse as " + type + ": " + rootMessage(e), e);
        } catch (TikaException | IOException | RuntimeException e) {
            throw new ReadFailure("cannot parse as " + type + ": " + rootMessage(e), e);
        }
        String text = handler.toString();
        if (text.isBlank()) {
            throw new ReadFailure("no text could be extracted (detected type " + type + ")");
        }
        String charset = metadata.get(Metadata.CONTENT_ENCODING);
        return new ExtractedDocument(text, type.getBaseType().toString(), charset, tikaMetadata(metadata));
    }

    private MediaType detect(byte[] content, Metadata metadata) throws ReadFailure {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return parser.getDetector().detect(in, metadata);
        } catch (IOException e) {
            throw new ReadFailure("cannot detect the file type: " + rootMessage(e), e);
        }
    }

    private static boolean isHtml(MediaType type) {
        String base = type.getBaseType().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /**
     * The title only: a PDF's or Word file's creation date says when the file was made (often from a
     * template, long before), not when the article was published, so the text's dateline decides that.
     */
    private static DocumentMetadata tikaMetadata(Metadata metadata) {
        return new DocumentMetadata(blankToNull(metadata.get(TikaCoreProperties.TITLE)), null, null);
    }

    static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

}
