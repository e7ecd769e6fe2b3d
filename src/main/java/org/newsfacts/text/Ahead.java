package org.newsfacts.text;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A model loading on a daemon thread of its own from the moment it is started, for a cold start on two cores:
 * what one thread loads the other core need not wait for. {@link #get} waits for it and throws what the load
 * threw, as if it had run on the caller's thread. Only for loads that share no class initialisation with the
 * work running meanwhile (two threads initialising classes that read one another could deadlock).
 */
public final class Ahead<T> implements Supplier<T> {
    private final CompletableFuture<T> value = new CompletableFuture<>();

    private Ahead() {
    }

    /** Starts {@code load} on a new daemon thread named {@code thread}. */
    public static <T> Ahead<T> start(String thread, Supplier<T> load) {
        Ahead<T> ahead = new Ahead<>();
        Thread loader = new Thread(() -> {
            try {
                ahead.value.complete(load.get());
            } catch (RuntimeException | Error e) {
                ahead.value.completeExceptionally(e);
            }
            reportPhase(thread);
        }, thread);
        loader.setDaemon(true);
        loader.start();
        return ahead;
    }

    /**
     * With {@code NEWSFACTS_PHASES=1} (the phases of {@code org.newsfacts.pipeline.Phases}, which count the CPU of
     * every thread in whichever phase it fell), when the load ended and how much CPU its own thread took.
     */
    private static void reportPhase(String thread) {
        if (!"1".equals(System.getenv("NEWSFACTS_PHASES"))) {
            return;
        }
        long now = System.currentTimeMillis();
        long start = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(now);
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        System.err.printf("background %-23s ended at %6d ms   this thread CPU %5d ms%n", thread, now - start, cpu);
    }

    @Override
    public T get() {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
