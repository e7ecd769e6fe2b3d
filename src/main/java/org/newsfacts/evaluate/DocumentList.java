package org.newsfacts.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A list of gold doc names, one a line ({@code #} starts a comment): the articles of one half of a split. */
public record DocumentList(Path file, List<String> docs) {

    public static DocumentList read(Path file) throws BadInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read the list of documents: " + e.getMessage(), e);
        }
        List<String> docs = new ArrayList<>();
        for (String line : lines) {
            String doc = line.replaceFirst("#.*", "").strip();
            if (!doc.isEmpty()) {
                docs.add(doc);
            }
        }
        if (docs.isEmpty()) {
            throw new BadInputException(file, "lists no documents");
        }
        return new DocumentList(file, List.copyOf(docs));
    }
}
