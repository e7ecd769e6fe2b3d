package org.newsfacts.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole folders copied and deleted: the one walk that the output set, the benchmarks, Spark and the tests share. */
public final class FileTrees {
    private FileTrees() {
    }

    /**
     * Deletes a folder and everything under it, deepest first; nothing when it is not there. A link inside is
     * removed, never followed, so a link out of the folder cannot take what it points to with it.
     */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Copies a folder and everything under it to {@code to}, returning {@code to}. The two may lie on different
     * file systems (models/ inside a jar unpacked to a temporary folder), hence paths resolved as strings.
     */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
