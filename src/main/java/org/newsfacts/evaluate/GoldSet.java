package org.newsfacts.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Everything in a gold folder: one file per article and, where present, the corpus file. */
public record GoldSet(Path folder, List<GoldDocument> documents, Optional<CorpusGold> corpus,
                      SpeakerAliases speakers) {

    static final String ARTICLE_SUFFIX = ".gold.json";
    static final String CORPUS_FILE = "corpus.gold.json";

    public static GoldSet load(Path folder) throws BadInputException {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder, "gold folder not found");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(ARTICLE_SUFFIX))
                    .filter(p -> !p.getFileName().toString().equals(CORPUS_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(folder, "cannot list gold folder: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new BadInputException(folder, "no *" + ARTICLE_SUFFIX + " files");
        }
        List<GoldDocument> documents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            GoldDocument gold = JsonInput.readJson(file, GoldDocument.class);
            if (gold.doc() == null || gold.doc().isBlank()) {
                // The file is named after the article, so the name says which one it is.
                String name = file.getFileName().toString();
                gold = gold.withDoc(name.substring(0, name.length() - ARTICLE_SUFFIX.length()));
            }
            if (!seen.add(gold.doc())) {
                throw new BadInputException(file, "second gold file for doc " + gold.doc());
            }
            documents.add(gold);
        }
        Path corpusFile = folder.resolve(CORPUS_FILE);
        Optional<CorpusGold> corpus = Files.exists(corpusFile)
                ? Optional.of(JsonInput.readJson(corpusFile, CorpusGold.class))
                : Optional.empty();
        return new GoldSet(folder, List.copyOf(documents), corpus, SpeakerAliases.load(folder));
    }

    /**
     * Only the articles named in {@code docs}, without the corpus file (its conflicts span articles of both
     * sides of a split).
     *
     * @throws BadInputException naming a listed doc that has no gold file
     */
    public GoldSet subset(DocumentList docs) throws BadInputException {
        Set<String> known = new HashSet<>();
        documents.forEach(d -> known.add(d.doc()));
        for (String doc : docs.docs()) {
            if (!known.contains(doc)) {
                throw new BadInputException(docs.file(), "lists " + doc + ", which has no gold file in " + folder);
            }
        }
        Set<String> wanted = Set.copyOf(docs.docs());
        return new GoldSet(folder, documents.stream().filter(d -> wanted.contains(d.doc())).toList(), Optional.empty(),
                speakers);
    }
}
