package org.newsfacts.pipeline;

import java.time.Instant;

/**
 * Where a command's wall time goes, phase by phase, for the start-up figures in README: with the environment
 * variable {@code NEWSFACTS_PHASES=1} each {@link #mark} prints to standard error how long the phase that just
 * ended took and the time since the process started. Off, a mark costs one field read, so the marks stay in.
 */
public final class Phases {
    private static final boolean ON = "1".equals(System.getenv("NEWSFACTS_PHASES"));
    private static long last;
    private static long processStartMillis;
    private static long lastCpu;
    /** The CPU time of each thread at its last mark, so a phase also shows what its own thread spent. */
    private static final ThreadLocal<long[]> THREAD_CPU_AT_MARK = ThreadLocal.withInitial(() -> new long[1]);

    private Phases() {
    }

    /** CPU time of the whole process (every thread, JIT and collector included) so far. */
    private static long processCpuMillis() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return 0;
    }

    /** Ends the phase named {@code name}. */
    public static synchronized void mark(String name) {
        if (!ON) {
            return;
        }
        long now = System.currentTimeMillis();
        if (last == 0) {
            // The process's own start (from the OS), so that JVM boot before main is a phase too.
            processStartMillis = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(now);
            last = processStartMillis;
        }
        // CPU time too: on a loaded machine wall time says more about the neighbours than about the phase.
        long cpu = processCpuMillis();
        long threadCpu = threadCpuMillis();
        long[] atMark = THREAD_CPU_AT_MARK.get();
        System.err.printf("phase %-28s %6d ms   (at %6d ms)   CPU %5d ms (at %5d ms)   this thread %5d ms%n", name,
                now - last, now - processStartMillis, cpu - lastCpu, cpu, threadCpu - atMark[0]);
        atMark[0] = threadCpu;
        last = now;
        lastCpu = cpu;
    }

    private static long threadCpuMillis() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }
}
