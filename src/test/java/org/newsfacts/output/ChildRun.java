package org.newsfacts.output;

import org.newsfacts.Fixtures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code newsfacts} in a JVM of its own, on the test's own classpath: what a user's process is, so it can be
 * killed with SIGKILL or starved of heap without taking the test down.
 */
final class ChildRun {
    private final Process process;
    private final StringBuilder stderr = new StringBuilder();
    private final Thread reader;

    private ChildRun(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (stderr) {
                        stderr.append(line).append('\n');
                        stderr.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code newsfacts ARGS} with the given JVM options (e.g. {@code -Xmx64m}, {@code -D…}). */
    static ChildRun start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.newsfacts.cli.NewsfactsCli");
        command.addAll(List.of(args));
        command.add("--models");
        command.add(Fixtures.MODELS.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return new ChildRun(builder.start());
    }

    /** Waits until standard error holds {@code text}; false when the process ended or time ran out first. */
    boolean awaitOutput(String text, long seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (stderr) {
            while (stderr.indexOf(text) < 0) {
                long left = until - System.nanoTime();
                if (left <= 0 || !process.isAlive() && !reader.isAlive()) {
                    return stderr.indexOf(text) >= 0;
                }
                stderr.wait(Math.max(1, Math.min(200, TimeUnit.NANOSECONDS.toMillis(left))));
            }
            return true;
        }
    }

    /** SIGKILL: no shutdown hook, no finally block runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The exit code, once the process ends by itself. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("newsfacts did not finish within " + seconds + " s; stderr:\n" + stderr());
        }
        reader.join(5000);
        return process.exitValue();
    }

    String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }
}
