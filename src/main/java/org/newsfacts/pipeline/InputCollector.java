package org.newsfacts.pipeline;

import org.newsfacts.ingest.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Turns the command line's inputs (files and folders) into the list of articles to process. Folders are
 * walked recursively; hidden files are skipped, and so is whatever a folder's {@code .newsfactsignore}
 * names (one glob a line, relative to that folder, e.g. {@code README.md} or {@code make/**}), so that
 * notes and scripts kept beside a corpus are not read as articles.
 */
public final class InputCollector {
    public static final String IGNORE_FILE = ".newsfactsignore";

    private InputCollector() {
    }

    public static List<SourceFile> collect(List<Path> inputs) throws IOException {
        return collect(inputs, List.of());
    }

    /**
     * The articles under {@code inputs}, leaving out everything under {@code excluded}: the run's own output
     * folder, its staging folder and cache, so that a run over a folder that holds its output never reads its
     * own files back as articles.
     */
    public static List<SourceFile> collect(List<Path> inputs, List<Path> excluded) throws IOException {
        List<Path> own = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<SourceFile> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                collectFolder(input, files);
            } else {
                files.add(new SourceFile(input, input.getFileName().toString(), Files.size(input)));
            }
        }
        if (!own.isEmpty()) {
            files.removeIf(f -> {
                Path p = f.path().toAbsolutePath().normalize();
                return own.stream().anyMatch(p::startsWith);
            });
        }
        files.sort(Comparator.comparing(SourceFile::doc));
        return files;
    }

    private static void collectFolder(Path root, List<SourceFile> out) throws IOException {
        Path file = root.resolve(IGNORE_FILE);
        Predicate<String> ignored = Files.isRegularFile(file)
                ? ignoreRules(Files.readAllLines(file, StandardCharsets.UTF_8)) : doc -> false;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .forEach(p -> {
                        String doc = docName(root, p);
                        if (!ignored.test(doc)) {
                            out.add(new SourceFile(p, doc, size(p)));
                        }
                    });
        }
    }

    /**
     * What the lines of a folder's {@code .newsfactsignore} skip: true for a path relative to that folder,
     * {@code /}-separated (a {@code doc}). Public for runners that list files themselves (the Spark job).
     */
    public static Predicate<String> ignoreRules(List<String> lines) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String line : lines) {
            String glob = line.strip();
            if (!glob.isEmpty() && !glob.startsWith("#")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            }
        }
        return doc -> {
            Path relative = Path.of(doc);
            return matchers.stream().anyMatch(m -> m.matches(relative));
        };
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The contract's {@code doc}: the path under the input folder with {@code /} separators. */
    static String docName(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
