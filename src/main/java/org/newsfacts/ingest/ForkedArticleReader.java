package org.newsfacts.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads files in a bounded pool of parser processes (child JVMs running {@link ParserProcess} from our own
 * class path), in the manner of Tika's {@code tika-pipes}: a parse that runs past the time limit, or needs more
 * than the parser's heap, dies with its process, which frees its CPU and memory at once; the file becomes an
 * error record and a fresh process takes the next file. Threads cannot be stopped in Java, processes can.
 * At most {@code size} processes work for one reader at once; callers beyond that wait for one to be free.
 * Idle processes are kept for the next file, shared by every reader of this JVM that starts them with the same
 * settings (the time limit is the reader's own, kept here, so readers with different limits share them too),
 * at most as many as there are cores.
 */
public final class ForkedArticleReader implements ArticleReader, AutoCloseable {
    /** How long a new process may take to load Tika before the reader gives up on it. */
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    /** The exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    /** Young generation of a parser process, MB. */
    private static final int PARSER_YOUNG_MB = 32;

    private static final int MAX_IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** Parser processes by the settings they were started with. */
    private static final java.util.Map<List<String>, Pool> POOLS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    private final ReadLimits limits;
    private final Semaphore slots;
    private final List<String> command;
    private final Pool pool;
    private final List<Child> all = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    public ForkedArticleReader(ReadLimits limits, int size) {
        this.limits = limits;
        this.slots = new Semaphore(Math.max(1, size), true);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(inheritedOptions());
        command.addAll(List.of(
                "-Xmx" + limits.parserHeapMb() + "m",
                // A parser keeps almost nothing between files, so a small young generation costs little
                // collection work; the JVM's default (a third of 1/64 of the machine's memory) made each of
                // these processes touch ~125 MB of heap for nothing (README, Performance: memory).
                "-Xmn" + PARSER_YOUNG_MB + "m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-Xss4m",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                ParserProcess.class.getName(),
                Integer.toString(limits.maxChars()),
                Integer.toString(limits.maxPageChars())));
        this.command = List.copyOf(command);
        this.pool = POOLS.computeIfAbsent(command, c -> new Pool());
    }

    /**
     * The launcher's start-up options, which suit a parser process as well: the class-data sharing archive
     * (recorded with Tika's, PDFBox's and POI's classes, it halves a parser process's start) and where it is
     * mapped, and the JIT compiler's level.
     */
    private static List<String> inheritedOptions() {
        List<String> options = new ArrayList<>();
        for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-XX:SharedArchiveFile=") || arg.startsWith("-Xshare:")
                    || arg.equals("-XX:+UnlockDiagnosticVMOptions") || arg.startsWith("-XX:ArchiveRelocationMode=")
                    || arg.startsWith("-XX:TieredStopAtLevel=")) {
                options.add(arg);
            }
        }
        return options;
    }

    @Override
    public ExtractedDocument read(SourceFile file, byte[] content) throws ReadFailure {
        if (content.length == 0) {
            throw new ReadFailure("file is empty (0 bytes)");
        }
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadFailure("interrupted while waiting for a parser process");
        }
        Child child = null;
        try {
            child = pool.idleOrWait();
            if (child == null) {
                child = start();
            }
            return child.parse(file, content, limits.timeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadFailure("interrupted while waiting for a parser process");
        } finally {
            if (child != null && child.usable() && !closed.get() && pool.idle.size() < MAX_IDLE) {
                pool.idle.add(child);
            } else if (child != null) {
                child.destroy();
            }
            slots.release();
        }
    }

    /** Ends every parser process this reader started. */
    @Override
    public void close() {
        closed.set(true);
        synchronized (all) {
            // A process busy for another reader is left to it; idle ones of ours end now.
            for (Child child : all) {
                if (pool.idle.remove(child)) {
                    child.destroy();
                }
            }
            all.clear();
        }
    }

    /** The number of parser processes alive now (for the slow-file benchmark). */
    public int liveProcesses() {
        synchronized (all) {
            return (int) all.stream().filter(c -> c.process.isAlive()).count();
        }
    }

    private Child start() throws ReadFailure {
        if (closed.get()) {
            throw new ReadFailure("the parser pool is closed");
        }
        long started = System.nanoTime();
        Process process;
        try {
            // Parser logs would interleave with the run's own one-line messages; the cause comes back as the reply.
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new ReadFailure("cannot start a parser process: " + e.getMessage(), e);
        }
        Child child = new Child(process);
        pool.starting(child);
        synchronized (all) {
            all.removeIf(c -> !c.process.isAlive());
            all.add(child);
        }
        ScheduledFuture<?> kill = WATCHDOG.schedule(child::kill, START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            if (child.in.readInt() != ParserProtocol.READY) {
                throw new IOException("unexpected greeting");
            }
        } catch (IOException e) {
            child.destroy();
            throw new ReadFailure("the parser process did not start: " + e.getMessage(), e);
        } finally {
            kill.cancel(false);
        }
        pool.started(child, System.nanoTime() - started);
        return child;
    }

    /**
     * The processes of one set of settings, and when to start another. A process costs a JVM start, Tika's
     * loading and its warm-up (about a second of CPU), while most files parse in tens of milliseconds: a caller
     * that finds every process busy usually does better to wait for one than to start its own. Which is better
     * depends on how long the busy ones will take, which nobody knows, so the pool waits as a renter decides
     * when to buy: callers wait for a free process until, together, they have waited as long as the last
     * process took to start, and only then start another (at most twice the best choice's cost, whatever the
     * files). A run of short files thus keeps one process (the 108-file bench: one parser process instead of
     * two, README Performance), while a slow or hanging parse, or a batch of heavy files, gets a second within
     * about a process start.
     */
    static final class StartPolicy {
        private long startNanos;
        private long waitedNanos;

        StartPolicy(long firstStartEstimateNanos) {
            this.startNanos = firstStartEstimateNanos;
        }

        /** How much longer callers may wait for a busy process before one should start another. */
        synchronized long waitBudgetNanos() {
            return Math.max(0, startNanos - waitedNanos);
        }

        /** Callers waited this long for a busy process. */
        synchronized void waited(long nanos) {
            waitedNanos += nanos;
        }

        /** A process was started, taking this long to be ready: waiting counts from zero again. */
        synchronized void started(long nanos) {
            startNanos = nanos;
            waitedNanos = 0;
        }
    }

    /** The processes of one set of settings: those idle, those alive, and the policy for starting another. */
    private static final class Pool {
        /** Until the first process has started, a process start is taken to cost a second. */
        private static final long FIRST_START_ESTIMATE = TimeUnit.SECONDS.toNanos(1);

        final BlockingQueue<Child> idle = new LinkedBlockingQueue<>();
        private final java.util.Set<Child> alive = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final StartPolicy policy = new StartPolicy(FIRST_START_ESTIMATE);

        /**
         * An idle live process; else, while some process is alive (busy or starting), one that becomes free
         * within the policy's budget; null when the caller should start a new one.
         */
        Child idleOrWait() throws InterruptedException {
            Child child = pollAlive();
            if (child != null) {
                return child;
            }
            while (anyAlive()) {
                long budget = policy.waitBudgetNanos();
                if (budget <= 0) {
                    return null;
                }
                long t0 = System.nanoTime();
                child = idle.poll(budget, TimeUnit.NANOSECONDS);
                policy.waited(System.nanoTime() - t0);
                if (child != null && child.process.isAlive()) {
                    return child;
                }
            }
            return null;
        }

        /** A process spawned: callers wait for it rather than start another while it loads. */
        void starting(Child child) {
            alive.add(child);
        }

        void started(Child child, long nanos) {
            policy.started(nanos);
        }

        private Child pollAlive() {
            Child child = idle.poll();
            while (child != null && !child.process.isAlive()) {
                child = idle.poll();
            }
            return child;
        }

        private boolean anyAlive() {
            alive.removeIf(c -> !c.process.isAlive());
            return !alive.isEmpty();
        }
    }

    private final class Child {
        // A child outlives the reader that started it only in the shared idle queue, whose settings it has.
        final Process process;
        final DataInputStream in;
        final DataOutputStream out;
        volatile boolean killed;
        boolean broken;

        Child(Process process) {
            this.process = process;
            this.in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
            this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        }

        ExtractedDocument parse(SourceFile file, byte[] content, Duration timeout) throws ReadFailure {
            ScheduledFuture<?> kill = WATCHDOG.schedule(this::kill, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                ParserProtocol.writeRequest(out, file.doc(), content);
                return ParserProtocol.readReply(in);
            } catch (IOException e) {
                broken = true;
                throw whyItEnded(timeout);
            } finally {
                kill.cancel(false);
            }
        }

        private ReadFailure whyItEnded(Duration timeout) {
            // A reply that broke off usually means the child is on its way out (out of heap, a crash) and the
            // JVM's last words went to the pipe: give it a moment to exit with its own status before forcing
            // it, or every such end reads as our kill (status 137) and the cause is lost.
            int exit;
            try {
                if (!killed && process.waitFor(2, TimeUnit.SECONDS)) {
                    exit = process.exitValue();
                } else {
                    process.destroyForcibly();
                    exit = process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                exit = -1;
            }
            if (killed) {
                return new ReadFailure("parsing took longer than the time limit of " + seconds(timeout)
                        + " s; the parser was stopped");
            }
            if (exit == OUT_OF_MEMORY_EXIT) {
                return new ReadFailure("parsing needed more than the parser's memory limit of "
                        + limits.parserHeapMb() + " MB; the parser was stopped");
            }
            return new ReadFailure("the parser process ended unexpectedly (exit status " + exit + ")");
        }

        void kill() {
            killed = true;
            process.destroyForcibly();
        }

        boolean usable() {
            return !broken && !killed && process.isAlive();
        }

        void destroy() {
            process.destroyForcibly();
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : String.format(java.util.Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }

    /** One thread for every time limit; a limit cancelled because its parse ended leaves the queue at once. */
    private static ScheduledExecutorService watchdog() {
        java.util.concurrent.ScheduledThreadPoolExecutor watchdog = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "newsfacts-parser-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.setRemoveOnCancelPolicy(true);
        return watchdog;
    }
}
