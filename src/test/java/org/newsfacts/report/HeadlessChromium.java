package org.newsfacts.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} run headless on a local page, one process per call, each with a fresh profile
 * and everything that would reach the network switched off. A call that overruns its time limit has its whole
 * process tree killed.
 */
final class HeadlessChromium {
    static final Path DEBIAN_PATH = Path.of("/usr/bin/chromium");
    /** Names another Chromium binary (or, pointing at nothing, makes the browser tests skip, to try that path). */
    static final String PROPERTY = "newsfacts.chromium";
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars");

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The binary {@value #PROPERTY} names if set, else {@code /usr/bin/chromium}, else {@code chromium} on PATH. */
    static Optional<HeadlessChromium> find() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            Path path = Path.of(chosen);
            return Files.isExecutable(path) ? Optional.of(new HeadlessChromium(path)) : Optional.empty();
        }
        if (Files.isExecutable(DEBIAN_PATH)) {
            return Optional.of(new HeadlessChromium(DEBIAN_PATH));
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    Path candidate = Path.of(dir, "chromium");
                    if (Files.isExecutable(candidate)) {
                        return Optional.of(new HeadlessChromium(candidate));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A given binary, for tests of this class with a stand-in. */
    static HeadlessChromium at(Path executable) {
        return new HeadlessChromium(executable);
    }

    /** What one run printed, and how it ended. */
    record Run(List<String> command, int exitCode, boolean timedOut, String stdout, String stderr) {
        boolean succeeded() {
            return !timedOut && exitCode == 0;
        }

        /** The last lines of standard error, for a message saying why Chromium could not be used. */
        String stderrTail() {
            String[] lines = stderr.strip().split("\n");
            return String.join("\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - 8), lines.length));
        }

        /** Why the run is no use, then the command: for a skip message. */
        String describe() {
            return (timedOut ? "no answer within the time limit, killed" : "exit " + exitCode)
                    + (stderr.isBlank() ? "" : "; stderr ends:\n" + stderrTail())
                    + "\ncommand: " + String.join(" ", command);
        }
    }

    /**
     * Runs Chromium with the fixed flags, a new profile under {@code workDir} and {@code arguments} (the page's
     * URL last), output captured to files (a pipe Chromium fills could block it).
     */
    Run run(Path workDir, Duration timeout, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile-");
        Path out = Files.createTempFile(workDir, "chromium-", ".out");
        Path err = Files.createTempFile(workDir, "chromium-", ".err");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        boolean finished = false;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            if (!finished) {
                // Renderer and GPU helpers first: killing only the browser process can leave them running.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        return new Run(command, finished ? process.exitValue() : -1, !finished,
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
