package org.newsfacts.ingest;

import java.time.Duration;

/**
 * Bounds that keep one hostile or broken file from stalling or exhausting a batch run.
 *
 * @param maxFileBytes files larger than this are refused before they are read
 * @param maxChars     Tika stops writing text past this many characters (its write limit)
 * @param timeout      time one file may take through the whole per-article pipeline
 */
public record ReadLimits(long maxFileBytes, int maxChars, Duration timeout) {
    public static final ReadLimits DEFAULT = new ReadLimits(20L << 20, 2_000_000, Duration.ofSeconds(60));
}
