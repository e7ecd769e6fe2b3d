package org.newsfacts.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsfacts.pipeline.InputCollector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The job's inputs as the CLI names them: each listed file's {@code doc} is its path under the input folder it
 * was found in, {@code /}-separated; a file given by itself is its file name; under a glob
 * ({@code s3a://bucket/2024/*}/*.html) it is the path under the glob's fixed part. A folder's
 * {@code .newsfactsignore} skips what it lists, with the CLI's own rules. (Hadoop's listing already leaves out
 * hidden files, and also names that start with {@code _}.)
 */
final class Inputs implements Serializable {
    /** An input: a folder or a glob's fixed part (ending in {@code /}), or one file. */
    record Root(String prefix, boolean file, List<String> ignoreLines) implements Serializable {
    }

    private final List<Root> roots;
    private transient List<Predicate<String>> ignored;

    private Inputs(List<Root> roots) {
        this.roots = List.copyOf(roots);
    }

    /** Resolves the inputs as Hadoop will list them (relative paths against the working folder). */
    static Inputs of(List<String> inputs, Configuration conf) {
        List<Root> roots = new ArrayList<>();
        try {
            for (String input : inputs) {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                Path fixed = fixedPart(fs.makeQualified(path));
                boolean glob = !fixed.equals(fs.makeQualified(path));
                if (!glob && fs.getFileStatus(fixed).isFile()) {
                    roots.add(new Root(fixed.toString(), true, List.of()));
                    continue;
                }
                Path ignore = new Path(fixed, InputCollector.IGNORE_FILE);
                List<String> lines = !glob && fs.exists(ignore) ? readLines(fs, ignore) : List.of();
                roots.add(new Root(fixed.toString().endsWith("/") ? fixed.toString() : fixed + "/", false, lines));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inputs: " + e.getMessage(), e);
        }
        return new Inputs(roots);
    }

    int size() {
        return roots.size();
    }

    /**
     * The {@code doc} of a file listed under input {@code i}, or null when that input's
     * {@code .newsfactsignore} skips it. Each input is listed on its own, so a file under two inputs (a folder
     * and its subfolder) is named by each, as the CLI names it.
     */
    String doc(int i, String listed) {
        if (ignored == null) {
            ignored = roots.stream().map(r -> InputCollector.ignoreRules(r.ignoreLines())).toList();
        }
        Root root = roots.get(i);
        if (root.file()) {
            return new Path(listed).getName();
        }
        if (!listed.startsWith(root.prefix())) {
            throw new IllegalStateException(listed + " is not under " + root.prefix());
        }
        String doc = listed.substring(root.prefix().length());
        return ignored.get(i).test(doc) ? null : doc;
    }

    /** The path up to its first component with a glob character. */
    private static Path fixedPart(Path path) {
        Path fixed = path;
        for (Path p = path; p != null; p = p.getParent()) {
            if (hasGlob(p.getName())) {
                fixed = p.getParent();
            }
        }
        return fixed;
    }

    private static boolean hasGlob(String name) {
        return name.chars().anyMatch(c -> "*?[]{}\\".indexOf(c) >= 0);
    }

    private static List<String> readLines(FileSystem fs, Path file) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
            return in.lines().toList();
        }
    }
}
