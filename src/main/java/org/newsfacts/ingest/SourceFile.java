package org.newsfacts.ingest;

import java.nio.file.Path;

/**
 * One input file: where it is, the name it goes by in the output ({@code doc}, relative to the input
 * folder with {@code /} separators), and its size. {@code refusal} says why an entry of the walk is not read
 * (a link out of the input folders, a named pipe, a file that vanished); null for a file to process.
 */
public record SourceFile(Path path, String doc, long size, String refusal) {
    public SourceFile(Path path, String doc, long size) {
        this(path, doc, size, null);
    }

    public static SourceFile refused(Path path, String doc, String why) {
        return new SourceFile(path, doc, 0, why);
    }

    public SourceFile withDoc(String newDoc) {
        return new SourceFile(path, newDoc, size, refusal);
    }
}
