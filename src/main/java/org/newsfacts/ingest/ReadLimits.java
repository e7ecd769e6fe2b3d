package org.newsfacts.ingest;

import java.time.Duration;

/**
 * Bounds that keep one hostile or broken file from stalling or exhausting a batch run.
 *
 * @param maxFileBytes  files larger than this are refused before they are read (or hashed)
 * @param maxChars      Tika stops writing text past this many characters (its write limit)
 * @param timeout       time one file's parse may take; past it the parser's process is killed
 * @param maxPageChars  a web page with more characters of markup is refused before jsoup and Readability
 * @param parserHeapMb  heap of each parser process: a file that needs more kills its process, not the run
 */
public record ReadLimits(long maxFileBytes, int maxChars, Duration timeout, int maxPageChars, int parserHeapMb) {
    public static final int DEFAULT_PAGE_CHARS = 5_000_000;
    public static final int DEFAULT_PARSER_HEAP_MB = 768;
    public static final ReadLimits DEFAULT = new ReadLimits(20L << 20, 2_000_000, Duration.ofSeconds(60));

    public ReadLimits(long maxFileBytes, int maxChars, Duration timeout) {
        this(maxFileBytes, maxChars, timeout, DEFAULT_PAGE_CHARS, DEFAULT_PARSER_HEAP_MB);
    }

    public ReadLimits withTimeout(Duration newTimeout) {
        return new ReadLimits(maxFileBytes, maxChars, newTimeout, maxPageChars, parserHeapMb);
    }
}
