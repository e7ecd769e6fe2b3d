package org.newsfacts.ingest;

import java.nio.file.Path;

/**
 * One input file: where it is, the name it goes by in the output ({@code doc}, relative to the input
 * folder with {@code /} separators), and its content hash.
 */
public record SourceFile(Path path, String doc, long size) {
}
