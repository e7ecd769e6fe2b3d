package org.newsfacts.output;

import org.newsfacts.files.FileTrees;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A run's output folder changed as one. The run writes its files into a staging folder beside {@code --out}
 * ({@code .NAME.staging}); at the end the old folder is renamed aside ({@code .NAME.previous}), the staging
 * folder renamed to {@code NAME}, and the old one deleted. Readers see the previous set or the new one, never
 * a mix; a run that fails or is killed leaves the previous set where it was (or, killed between the two
 * renames, as {@code .NAME.previous}, which the next run puts back before it starts).
 *
 * <p>A lock file beside the folder ({@code .NAME.lock}, held with an operating-system lock that dies with the
 * process) keeps a second run out of the same folder while one is writing. What is in the folder that the
 * run does not write (a README, a user's notes) is carried over into the new set; the result cache
 * ({@code .cache}) is written in place during the run, since each entry stands alone, and moves with the set.
 */
public final class OutputSet implements AutoCloseable {
    /** Thrown when another run holds the folder. */
    public static final class LockedException extends IOException {
        LockedException(String message) {
            super(message);
        }
    }

    /** Everything a run writes at the top of the folder; anything else there is the user's and is kept. */
    private static final Set<String> RUN_FILES = Set.of("documents.jsonl", "figures.jsonl", "mentions.jsonl",
            "quotes.jsonl", "quotes.csv", "claims.jsonl", "claims.csv", "conflicts.json", "report.html", "report",
            ".cache");
    private static final String CACHE = ".cache";

    private final Path out;
    private final Path staging;
    private final Path previous;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean published;

    private OutputSet(Path out, FileChannel lockChannel, FileLock lock) {
        this.out = out;
        this.staging = sibling(out, "staging");
        this.previous = sibling(out, "previous");
        this.lockFile = sibling(out, "lock");
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Every path a run into {@code out} writes, which must never be read back as input. */
    public static List<Path> ownPaths(Path out) {
        Path o = out.toAbsolutePath().normalize();
        return List.of(o, sibling(o, "staging"), sibling(o, "previous"), sibling(o, "lock"));
    }

    private static Path sibling(Path out, String what) {
        return out.resolveSibling("." + out.getFileName() + "." + what);
    }

    /**
     * Takes the folder for this run: locks it, repairs what a killed run left, and makes an empty staging
     * folder. Throws {@link LockedException} when another run holds it.
     */
    public static OutputSet open(Path outDir) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        if (out.getParent() == null) {
            throw new IOException("cannot write output to the root folder " + out);
        }
        Files.createDirectories(out.getParent());
        Path lockFile = sibling(out, "lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new LockedException("another newsfacts run is writing to " + outDir + " (it holds " + lockFile
                    .getFileName() + "); wait for it to finish or choose another --out");
        }
        OutputSet set = new OutputSet(out, channel, lock);
        try {
            set.recover();
        } catch (IOException | RuntimeException e) {
            set.close();
            throw e;
        }
        return set;
    }

    /** Where this run writes its files. */
    public Path staging() {
        return staging;
    }

    /** The published folder, where the result cache lives between runs. */
    public Path out() {
        return out;
    }

    /** Puts back a set a killed run left aside, and clears a killed run's staging folder. */
    private void recover() throws IOException {
        if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(previous, out, StandardCopyOption.ATOMIC_MOVE);
            } else {
                FileTrees.delete(previous);
            }
        }
        if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            Path stagedCache = staging.resolve(CACHE);
            if (Files.isDirectory(stagedCache) && !Files.exists(out.resolve(CACHE)) && Files.isDirectory(out)) {
                Files.move(stagedCache, out.resolve(CACHE), StandardCopyOption.ATOMIC_MOVE);
            }
            FileTrees.delete(staging);
        }
        Path cache = out.resolve(CACHE);
        if (Files.isDirectory(cache)) {
            // A cache entry half-written when a run was killed.
            try (Stream<Path> parts = Files.list(cache)) {
                for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".part")).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.createDirectories(staging);
    }

    /**
     * Where the tests kill a run ({@code -Dnewsfacts.test.pause=POINT}): the process says so on standard error and
     * waits to be killed, so that a kill lands at an exact step (between the two renames, say) rather than
     * wherever a timer happens to fall. Without the property this does nothing.
     */
    public static void pausePoint(String point) {
        if (point.equals(System.getProperty("newsfacts.test.pause"))) {
            System.err.println("newsfacts: paused at " + point);
            System.err.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Makes the staged files the published set, in one rename. */
    public void publish() throws IOException {
        pausePoint("publish");
        if (Files.isDirectory(out)) {
            Path cache = out.resolve(CACHE);
            if (Files.isDirectory(cache)) {
                Files.move(cache, staging.resolve(CACHE), StandardCopyOption.ATOMIC_MOVE);
            }
            keepUserFiles(out, staging);
            Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
            pausePoint("swap");
        }
        try {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + staging + " to " + out + " in one step", e);
        }
        published = true;
        pausePoint("cleanup");
        if (Files.isDirectory(previous)) {
            FileTrees.delete(previous);
        }
    }

    /** Links (or copies) into the new set what the user keeps in the folder, so the swap does not lose it. */
    private static void keepUserFiles(Path from, Path to) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!RUN_FILES.contains(name)) {
                    linkTree(entry, to.resolve(name));
                }
            }
        }
    }

    private static void linkTree(Path from, Path to) throws IOException {
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(to);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
                for (Path entry : entries) {
                    linkTree(entry, to.resolve(entry.getFileName().toString()));
                }
            }
        } else if (Files.isSymbolicLink(from)) {
            Files.createSymbolicLink(to, Files.readSymbolicLink(from));
        } else {
            try {
                Files.createLink(to, from);
            } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException e) {
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Releases the folder; a run that did not publish leaves the previous set and removes its staging. */
    @Override
    public void close() throws IOException {
        try {
            if (!published && Files.isDirectory(staging)) {
                Path stagedCache = staging.resolve(CACHE);
                if (Files.isDirectory(stagedCache) && Files.isDirectory(out) && !Files.exists(out.resolve(CACHE))) {
                    Files.move(stagedCache, out.resolve(CACHE), StandardCopyOption.ATOMIC_MOVE);
                }
                FileTrees.delete(staging);
            }
        } finally {
            try {
                lock.release();
            } finally {
                lockChannel.close();
            }
        }
    }
}
