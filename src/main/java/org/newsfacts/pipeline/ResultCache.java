package org.newsfacts.pipeline;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.newsfacts.files.AtomicFiles;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.records.ClaimRecord;
import org.newsfacts.records.DocumentRecord;
import org.newsfacts.records.FigureRecord;
import org.newsfacts.records.MentionRecord;
import org.newsfacts.records.OutputJson;
import org.newsfacts.records.QuoteRecord;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.Lang;
import org.newsfacts.text.MatchingViewBuilder;
import org.newsfacts.text.Paragraph;
import org.newsfacts.text.Sentence;
import org.newsfacts.text.Span;
import org.newsfacts.text.normalize.ScriptConverter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Per-article results kept between runs, so that {@code extract} over a folder it has seen processes only new
 * and changed files. An entry is keyed by the file's name, its content hash and a fingerprint of the program
 * and its models, so a changed file, a changed lexicon or a new version never reuses a stale result. Each
 * entry is written atomically the moment its article is done: a run killed half-way keeps what it finished,
 * and the next run ends with the same output as one clean run.
 */
public final class ResultCache {
    public static final String FOLDER = ".cache";

    // The output files' own JSON settings, so an entry holds its records as the files write them.
    private static final ObjectWriter WRITE = OutputJson.mapper().writer();
    /**
     * Built on the first entry read: Jackson's deserialisers for the records take ~40 ms of a cold start's main
     * thread, which a run with nothing stored (every first run, every {@code --fresh} one) never needs.
     */
    private static final class Read {
        static final ObjectReader ENTRY = OutputJson.reader(Entry.class);
    }

    private final Path dir;
    private final String fingerprint;
    /**
     * The entries this run used, as the first 64 bits of their names (8 bytes an article, not a Path and a set
     * entry); a stale entry that shares them with a used one is merely kept one run longer.
     */
    private long[] used = new long[1024];
    private int usedCount;
    private final MatchingViewBuilder views = new MatchingViewBuilder(ScriptConverter.shared());

    private final boolean reuse;

    /**
     * A cache in {@code outDir/.cache} for results made with the models whose fingerprint is
     * {@code modelsFingerprint} (the run's provenance computes it once, {@code Provenance.modelsFingerprint});
     * with {@code reuse} false ({@code --fresh}) nothing is taken from it, but every result is still stored, so
     * the next run can reuse them.
     */
    public ResultCache(Path outDir, String modelsFingerprint, boolean reuse) {
        this.dir = outDir.resolve(FOLDER);
        this.fingerprint = fingerprint(modelsFingerprint);
        this.reuse = reuse;
    }

    /** Whether the output folder {@code outDir} holds stored results a run could reuse. */
    public static boolean exists(Path outDir) {
        try (var entries = Files.list(outDir.resolve(FOLDER))) {
            return entries.findAny().isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The stored result for this file's current content, or null. */
    ArticleResult find(String doc, String sha256) {
        Path entry = entry(doc, sha256);
        markUsed(entry);
        if (!reuse || !Files.isRegularFile(entry)) {
            return null;
        }
        try {
            return fromEntry(Read.ENTRY.readValue(entry.toFile()));
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable entry is recomputed, never trusted
        }
    }

    void store(ArticleResult result) {
        if (result.sha256() == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path entry = entry(result.doc(), result.sha256());
            markUsed(entry);
            AtomicFiles.write(entry, out -> WRITE.writeValue(out, toEntry(result)));
        } catch (IOException e) {
            // A cache that cannot be written costs the next run time, not this run its result.
        }
    }

    /** Removes entries this run did not use: files that are gone or have changed. */
    public void prune() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        long[] kept;
        synchronized (this) {
            kept = Arrays.copyOf(used, usedCount);
        }
        Arrays.sort(kept);
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                Long key = key(p);
                if (key == null || Arrays.binarySearch(kept, key) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private synchronized void markUsed(Path entry) {
        if (usedCount == used.length) {
            used = Arrays.copyOf(used, usedCount * 2);
        }
        used[usedCount++] = key(entry);
    }

    /** An entry's name (32 hex digits and .json) as its first 64 bits; null for anything else in the folder. */
    private static Long key(Path entry) {
        String name = entry.getFileName().toString();
        if (name.length() != 37 || !name.endsWith(".json")) {
            return null;
        }
        try {
            return Long.parseUnsignedLong(name.substring(0, 16), 16);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Path entry(String doc, String sha256) {
        return dir.resolve(hash(doc + "\u0000" + sha256 + "\u0000" + fingerprint).substring(0, 32) + ".json");
    }

    /** The program's version and build and the models' fingerprint: what a result depends on besides the input. */
    private static String fingerprint(String modelsFingerprint) {
        MessageDigest digest = ArticleProcessor.digest();
        String version = ResultCache.class.getPackage().getImplementationVersion();
        digest.update(String.valueOf(version).getBytes(StandardCharsets.UTF_8));
        // Classes change between builds without a version change; the jar's own size and date stand for them.
        digest.update(String.valueOf(codeStamp()).getBytes(StandardCharsets.UTF_8));
        digest.update(modelsFingerprint.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String codeStamp() {
        try {
            Path code = Path.of(ResultCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
            }
            // Running from classes (tests, IDE): the newest class file stands for the build.
            try (Stream<Path> classes = Files.walk(code)) {
                return String.valueOf(classes.filter(p -> p.toString().endsWith(".class"))
                        .mapToLong(p -> p.toFile().lastModified()).max().orElse(0));
            }
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String hash(String s) {
        return ArticleProcessor.sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What is kept of one article: the records its lines in the output files are written from (so a field added
     * to one of them is cached without a change here), and what no output file holds: the edition its claims are
     * dated by. The page furniture is the document's {@code furniture}; the matching view is rebuilt from the text.
     */
    record Entry(DocumentRecord document, List<FigureRecord> figures, List<MentionRecord> mentions,
                 List<QuoteRecord> quotes, List<ClaimRecord> claims, String edition) {
    }

    private static Entry toEntry(ArticleResult r) {
        return new Entry(r.document(), r.figures(), r.mentions(), r.quotes(),
                r.claims().stream().map(ClaimRecord::of).toList(), r.edition());
    }

    private ArticleResult fromEntry(Entry e) {
        DocumentRecord d = e.document();
        if (d.error() != null) {
            return ArticleResult.failed(d.doc(), d.sha256(), d.error());
        }
        AnalyzedText text = new AnalyzedText(d.text(), Lang.ofCode(d.lang()),
                nonNull(d.paragraphs()).stream().map(b -> new Paragraph(b.start(), b.end(), Lang.ofCode(b.lang())))
                        .toList(),
                nonNull(d.sentences()).stream().map(b -> new Sentence(b.start(), b.end(), Lang.ofCode(b.lang())))
                        .toList(),
                nonNull(d.furniture()).stream().map(b -> new Span(b.start(), b.end())).toList(),
                views.build(d.text()));
        DocumentMetadata meta = new DocumentMetadata(d.title(), d.outlet(),
                d.published() == null ? null : LocalDate.parse(d.published()));
        return new ArticleResult(d.doc(), d.sha256(), null, d.mediaType(), d.charset(), meta, text,
                nonNull(e.figures()), nonNull(e.mentions()), nonNull(e.quotes()),
                nonNull(e.claims()).stream().map(ClaimRecord::toClaim).toList(), e.edition(),
                nonNull(d.warnings()));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
