package org.newsfacts.pipeline;

import org.newsfacts.text.TextAnalyzer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time per stage of the per-article pipeline, summed over the articles one thread processed: the profile
 * {@code bench} prints, so the next optimisation starts from data. One instance per thread.
 */
public final class StageTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The stages in pipeline order; the text steps are {@link TextAnalyzer#STEPS}. */
    public static final List<String> STAGES;
    static final int READ = 0;
    static final int TEXT = 1;
    static final int DATELINE = TEXT + TextAnalyzer.STEPS.size();
    static final int FIGURES = DATELINE + 1;
    static final int MENTIONS = FIGURES + 1;
    static final int QUOTES = MENTIONS + 1;
    static final int CLAIMS = QUOTES + 1;
    static final int RECORDS = CLAIMS + 1;

    static {
        List<String> stages = new ArrayList<>();
        stages.add("read (Tika, readability)");
        TextAnalyzer.STEPS.forEach(s -> stages.add("text: " + s));
        stages.addAll(List.of("outlet and dateline", "figures", "mentions (HanLP, gazetteers)", "quotes", "claims",
                "result records"));
        STAGES = List.copyOf(stages);
    }

    private final long[] nanos = new long[STAGES.size()];
    private long last = THREADS.getCurrentThreadCpuTime();

    /** Starts the clock for the next stage without charging the time since the last lap to any stage. */
    void reset() {
        last = THREADS.getCurrentThreadCpuTime();
    }

    /** Charges the CPU time since the last lap to {@code stage}. */
    void lap(int stage) {
        long now = THREADS.getCurrentThreadCpuTime();
        nanos[stage] += now - last;
        last = now;
    }

    /** The text steps were timed by the analyser itself. */
    void addText(long[] steps) {
        for (int i = 0; i < steps.length; i++) {
            nanos[TEXT + i] += steps[i];
        }
        reset();
    }

    public long[] nanos() {
        return nanos.clone();
    }
}
