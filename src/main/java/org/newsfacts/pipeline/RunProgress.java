package org.newsfacts.pipeline;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What {@code extract} shows on a terminal. While the models load (seconds, before the first article can be
 * processed) it says "loading models…" on a line of its own, before the progress bar; the bar then counts the
 * articles. Its estimate of the time left is taken only from articles processed once the models are in memory,
 * and leaves out each worker's first article, which also pays for what loads on first use (the language
 * detector, HanLP's dictionaries): a bar timed from the start would divide the loading time by one article and
 * promise hours for a run of minutes.
 *
 * <p>A run whose files are all in the cache never loads models; if cached files already put the bar on screen
 * when the models are needed, the bar itself says "loading models…" until they are in.
 */
public final class RunProgress implements AutoCloseable {
    static final String LOADING = "loading models…";

    private final int total;
    private final int workers;
    private final PrintStream terminal;
    private final ProgressBarConsumer consumer;
    private final LongSupplier nanos;
    private final Eta eta = new Eta();
    private final Object loadLock = new Object();
    private volatile boolean loaded;
    private boolean loading;
    private ProgressBar bar;
    private long done;

    /** The progress of {@code total} articles on {@code workers} threads, drawn on standard error. */
    public RunProgress(int total, int workers) {
        this(total, workers, System.err, null, System::nanoTime);
    }

    /** @param consumer where the bar is drawn (null: the terminal); {@code nanos} the clock */
    RunProgress(int total, int workers, PrintStream terminal, ProgressBarConsumer consumer, LongSupplier nanos) {
        this.total = total;
        this.workers = Math.max(1, workers);
        this.terminal = terminal;
        this.consumer = consumer;
        this.nanos = nanos;
    }

    /** Runs {@code load} (the models) once, saying so while it runs; later calls just return what it gave. */
    public <T> T whileLoadingModels(Supplier<T> load) {
        if (loaded) {
            return load.get();
        }
        synchronized (loadLock) {
            if (loaded) {
                return load.get();
            }
            long start = nanos.getAsLong();
            synchronized (this) {
                loading = true;
                if (bar == null) {
                    terminal.print("newsfacts extract: " + LOADING + " ");
                    terminal.flush();
                } else {
                    bar.setExtraMessage(LOADING);
                }
            }
            try {
                return load.get();
            } finally {
                loaded = true;
                synchronized (this) {
                    loading = false;
                    long now = nanos.getAsLong();
                    if (bar == null) {
                        terminal.printf(Locale.ROOT, "%.1f s%n", (now - start) / 1e9);
                        terminal.flush();
                        bar = build();
                    } else {
                        bar.setExtraMessage("");
                    }
                    eta.start(now, workers);
                }
            }
        }
    }

    /** One more article done (processed, taken from the cache, or failed). */
    public synchronized void step() {
        done++;
        eta.done(nanos.getAsLong());
        if (bar == null && !loading) {
            // Cached articles before any model was needed: count them at the pace they go.
            eta.start(nanos.getAsLong(), 0);
            bar = build();
        } else if (bar != null) {
            bar.stepTo(done);
        }
    }

    private ProgressBar build() {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("extract").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate()
                .startsFrom(done, Duration.ZERO)
                .setEtaFunction(state -> eta.remaining(state.getMax() - state.getCurrent(), nanos.getAsLong()));
        if (consumer != null) {
            builder.setConsumer(consumer);
        }
        return builder.build();
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /**
     * The time left, from the pace of the articles done since {@link #start}, after the first {@code warmUp} of
     * them (each worker's first).
     */
    static final class Eta {
        private long warmUp;
        private long started = -1;
        private long counted;
        private long markAt = -1;
        private long markCount;

        synchronized void start(long now, int warmUp) {
            this.warmUp = warmUp;
            started = now;
            counted = 0;
            markAt = warmUp == 0 ? now : -1;
            markCount = 0;
        }

        synchronized void done(long now) {
            if (started < 0) {
                return;
            }
            counted++;
            if (counted == warmUp) {
                markAt = now;
                markCount = counted;
            }
        }

        /** Unknown until one article is done past the warm-up. */
        synchronized Optional<Duration> remaining(long left, long now) {
            if (markAt < 0 || counted <= markCount) {
                return Optional.empty();
            }
            double perArticle = (now - markAt) / (double) (counted - markCount);
            return Optional.of(Duration.ofNanos((long) (perArticle * Math.max(0, left))));
        }
    }
}
