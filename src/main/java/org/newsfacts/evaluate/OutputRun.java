package org.newsfacts.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a run wrote into its output folder. {@code documents.jsonl} is required; every other file is
 * empty where the stage that writes it has not run, which is "not produced", not "produced nothing".
 */
public record OutputRun(Path folder, List<OutputDocument> documents, Optional<List<PredictedFigure>> figures,
                        Optional<List<PredictedMention>> mentions, Optional<List<PredictedQuote>> quotes,
                        Optional<List<PredictedClaim>> claims, Optional<ProducedConflicts> conflicts) {

    public static final String DOCUMENTS = "documents.jsonl";
    public static final String FIGURES = "figures.jsonl";
    public static final String MENTIONS = "mentions.jsonl";
    public static final String QUOTES = "quotes.jsonl";
    public static final String CLAIMS = "claims.jsonl";
    public static final String CONFLICTS = "conflicts.json";

    public static OutputRun load(Path folder) throws BadInputException {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder, "output folder not found");
        }
        Path documents = folder.resolve(DOCUMENTS);
        if (!Files.isRegularFile(documents)) {
            throw new BadInputException(documents, "missing; every run writes it, and all offsets point into it");
        }
        return new OutputRun(folder,
                JsonInput.readJsonLines(documents, OutputDocument.class),
                optionalLines(folder.resolve(FIGURES), PredictedFigure.class),
                optionalLines(folder.resolve(MENTIONS), PredictedMention.class),
                optionalLines(folder.resolve(QUOTES), PredictedQuote.class),
                optionalLines(folder.resolve(CLAIMS), PredictedClaim.class),
                Files.isRegularFile(folder.resolve(CONFLICTS))
                        ? Optional.of(JsonInput.readJson(folder.resolve(CONFLICTS), ProducedConflicts.class))
                        : Optional.empty());
    }

    private static <T> Optional<List<T>> optionalLines(Path file, Class<T> type) throws BadInputException {
        return Files.isRegularFile(file) ? Optional.of(JsonInput.readJsonLines(file, type)) : Optional.empty();
    }
}
