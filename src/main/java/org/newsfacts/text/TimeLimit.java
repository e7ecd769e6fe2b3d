package org.newsfacts.text;

/**
 * The per-file time limit inside this process. The text and extraction stages run on the batch's worker
 * thread; when a file's time is up the runner interrupts that thread, and the next {@link #check()} a stage
 * reaches throws {@link Exceeded}, which unwinds the file's work and frees the thread for the next file.
 * Stages call it between their steps and once per item of their loops (numeral, figure, sentence, line), so
 * that even a pathological text stops within a small fraction of a second of its limit: every loop body is
 * bounded by the 2,000,000-character cap. Outside a time-limited run (a test, {@code check}) nothing
 * interrupts the thread and the checks cost one read of a flag.
 */
public final class TimeLimit {
    private TimeLimit() {
    }

    /** Throws {@link Exceeded} when this thread's file has run out of time. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded();
        }
    }

    /** The file's work stopped at its time limit; the runner turns it into the file's error record. */
    public static final class Exceeded extends RuntimeException {
        public Exceeded() {
            super("time limit reached", null, false, false);
        }
    }
}
