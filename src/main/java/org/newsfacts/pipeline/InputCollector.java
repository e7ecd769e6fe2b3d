package org.newsfacts.pipeline;

import org.newsfacts.ingest.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns the command line's inputs (files and folders) into the list of articles to process. Folders are
 * walked recursively; hidden files are skipped, and so is whatever a folder's {@code .newsfactsignore}
 * names (one glob a line, relative to that folder, e.g. {@code README.md} or {@code make/**}), so that
 * notes and scripts kept beside a corpus are not read as articles.
 *
 * <p>The walk never leaves the input roots: a link is read only when it points to a file inside them (a link
 * out of them could publish any file of the machine), folders reached through links are not walked (no
 * loops), and named pipes, devices and sockets are not opened (a pipe would block the run). Each of these,
 * and a file that vanishes or cannot be listed during the walk, becomes an entry with a {@code refusal}, so
 * it gets an error record saying why instead of disappearing silently. A file named twice (directly and
 * through its folder, or through a link) is processed once.
 */
public final class InputCollector {
    public static final String IGNORE_FILE = ".newsfactsignore";

    private InputCollector() {
    }

    /** One walked entry: the input it came from, and the real file behind it (null when refused). */
    private record Found(int root, String rootName, SourceFile file, Path real, boolean viaLink) {
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
        List<Path> roots = new ArrayList<>();
        for (Path input : inputs) {
            roots.add(input.toRealPath());
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            if (Files.isDirectory(input)) {
                walk(i, input, roots, own, found);
            } else {
                Path real = roots.get(i);
                String name = input.getFileName().toString();
                Path parent = real.getParent();
                String rootName = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
                found.add(Files.isRegularFile(real)
                        ? new Found(i, rootName, new SourceFile(input, name, Files.size(real)), real, false)
                        : new Found(i, rootName, SourceFile.refused(input, name, NOT_REGULAR), null, false));
            }
        }
        found.removeIf(f -> {
            Path p = f.file().path().toAbsolutePath().normalize();
            return own.stream().anyMatch(p::startsWith);
        });
        List<SourceFile> files = uniqueDocs(onceEach(found));
        files.sort(Comparator.comparing(SourceFile::doc));
        return files;
    }

    private static final String NOT_REGULAR = "not a regular file (a named pipe, device or socket); not read";

    private static void walk(int index, Path root, List<Path> roots, List<Path> own, List<Found> out)
            throws IOException {
        Path ignoreFile = root.resolve(IGNORE_FILE);
        Predicate<String> ignored = Files.isRegularFile(ignoreFile)
                ? ignoreRules(Files.readAllLines(ignoreFile, StandardCharsets.UTF_8)) : doc -> false;
        Path realRoot = roots.get(index);
        String rootName = realRoot.getFileName() == null ? "" : realRoot.getFileName().toString();
        Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path absolute = dir.toAbsolutePath().normalize();
                        return !dir.equals(root) && isHidden(root.relativize(dir))
                                || own.stream().anyMatch(absolute::startsWith)
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String doc = docName(root, file);
                        if (isHidden(root.relativize(file)) || ignored.test(doc)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isSymbolicLink()) {
                            out.add(link(index, rootName, file, doc, roots));
                        } else if (attrs.isRegularFile()) {
                            out.add(new Found(index, rootName, new SourceFile(file, doc, attrs.size()),
                                    realOrSelf(file), false));
                        } else {
                            out.add(new Found(index, rootName, SourceFile.refused(file, doc, NOT_REGULAR), null, false));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // A file deleted or made unreadable while the folder is walked costs that file only.
                        String doc = file.equals(root) ? rootName : docName(root, file);
                        out.add(new Found(index, rootName, SourceFile.refused(file, doc, walkFailure(e)), null, false));
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    private static Found link(int index, String rootName, Path link, String doc, List<Path> roots) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (NoSuchFileException e) {
            return refused(index, rootName, link, doc, "a link to nothing (its target does not exist); not read");
        } catch (FileSystemException e) {
            return refused(index, rootName, link, doc, "a link that cannot be resolved ("
                    + (e.getReason() == null ? "a loop of links" : e.getReason()) + "); not read");
        } catch (IOException e) {
            return refused(index, rootName, link, doc, "a link that cannot be resolved; not read");
        }
        if (roots.stream().noneMatch(target::startsWith)) {
            return refused(index, rootName, link, doc, "a link to a file outside the input folders; not followed");
        }
        if (Files.isDirectory(target)) {
            return refused(index, rootName, link, doc, "a link to a folder; folders reached through links are not walked");
        }
        if (!Files.isRegularFile(target)) {
            return refused(index, rootName, link, doc, "a link to something that is not a regular file; not read");
        }
        try {
            return new Found(index, rootName, new SourceFile(link, doc, Files.size(target)), target, true);
        } catch (IOException e) {
            return refused(index, rootName, link, doc, walkFailure(e));
        }
    }

    private static Found refused(int index, String rootName, Path path, String doc, String why) {
        return new Found(index, rootName, SourceFile.refused(path, doc, why), null, false);
    }

    private static String walkFailure(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "disappeared while the folder was read; not read";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied; not read";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return "cannot be listed (" + (reason == null ? e.getClass().getSimpleName() : reason) + "); not read";
    }

    private static Path realOrSelf(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** One entry per real file: the one reached without a link wins, then the first input naming it. */
    private static List<Found> onceEach(List<Found> found) {
        Map<Object, Found> byFile = new LinkedHashMap<>();
        int refusedKey = 0;
        for (Found f : found) {
            Object key = f.real() == null ? Integer.valueOf(refusedKey++) : f.real();
            Found kept = byFile.get(key);
            if (kept == null || kept.viaLink() && !f.viaLink()) {
                byFile.put(key, f);
            }
        }
        return new ArrayList<>(byFile.values());
    }

    /**
     * Docs that two inputs share ({@code a/x.txt} and {@code b/x.txt} both walk to {@code x.txt}) are prefixed
     * with their root folder's name ({@code a/x.txt}, {@code b/x.txt}), and with a number where the folder
     * names are the same too, so {@code doc} names one file within a run.
     */
    private static List<SourceFile> uniqueDocs(List<Found> found) {
        Map<String, java.util.Set<Integer>> roots = new HashMap<>();
        for (Found f : found) {
            roots.computeIfAbsent(f.file().doc(), d -> new java.util.HashSet<>()).add(f.root());
        }
        Map<String, Integer> labelUse = new HashMap<>();
        Map<Integer, String> labels = new HashMap<>();
        List<SourceFile> files = new ArrayList<>();
        for (Found f : found) {
            SourceFile file = f.file();
            if (roots.get(file.doc()).size() > 1) {
                String label = labels.computeIfAbsent(f.root(), r -> {
                    String name = f.rootName().isEmpty() ? "input" : f.rootName();
                    int n = labelUse.merge(name, 1, Integer::sum);
                    return n == 1 ? name : name + "-" + n;
                });
                file = file.withDoc(label + "/" + file.doc());
            }
            files.add(file);
        }
        return files;
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
}
