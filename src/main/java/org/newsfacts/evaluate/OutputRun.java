package org.newsfacts.evaluate;

import org.newsfacts.records.ClaimRecord;
import org.newsfacts.records.ConflictsRecord;
import org.newsfacts.records.DocumentRecord;
import org.newsfacts.records.FigureRecord;
import org.newsfacts.records.MalformedFile;
import org.newsfacts.records.MentionRecord;
import org.newsfacts.records.QuoteRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a run wrote into its output folder. {@code documents.jsonl} is required; every other file is
 * empty where the stage that writes it has not run, which is "not produced", not "produced nothing".
 */
public record OutputRun(Path folder, List<DocumentRecord> documents, Optional<List<FigureRecord>> figures,
                        Optional<List<MentionRecord>> mentions, Optional<List<QuoteRecord>> quotes,
                        Optional<List<ClaimRecord>> claims, Optional<ConflictsRecord> conflicts) {

    public static final String DOCUMENTS = "documents.jsonl";
    public static final String FIGURES = "figures.jsonl";
    public static final String MENTIONS = "mentions.jsonl";
    public static final String QUOTES = "quotes.jsonl";
    public static final String CLAIMS = "claims.jsonl";
    public static final String CONFLICTS = ConflictsRecord.FILE;

    public static OutputRun load(Path folder) throws BadInputException {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder, "output folder not found");
        }
        Path documents = folder.resolve(DOCUMENTS);
        if (!Files.isRegularFile(documents)) {
            throw new BadInputException(documents, "missing; every run writes it, and all offsets point into it");
        }
        return new OutputRun(folder,
                JsonInput.readJsonLines(documents, DocumentRecord.class),
                optionalLines(folder.resolve(FIGURES), FigureRecord.class),
                optionalLines(folder.resolve(MENTIONS), MentionRecord.class),
                optionalLines(folder.resolve(QUOTES), QuoteRecord.class),
                optionalLines(folder.resolve(CLAIMS), ClaimRecord.class),
                Files.isRegularFile(folder.resolve(CONFLICTS))
                        ? Optional.of(conflicts(folder.resolve(CONFLICTS)))
                        : Optional.empty());
    }

    /** conflicts.json, read through the record its writer wrote it from. */
    private static ConflictsRecord conflicts(Path file) throws BadInputException {
        try {
            return ConflictsRecord.read(file);
        } catch (MalformedFile e) {
            throw new BadInputException(file, e.detail(), e);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static <T> Optional<List<T>> optionalLines(Path file, Class<T> type) throws BadInputException {
        return Files.isRegularFile(file) ? Optional.of(JsonInput.readJsonLines(file, type)) : Optional.empty();
    }
}
