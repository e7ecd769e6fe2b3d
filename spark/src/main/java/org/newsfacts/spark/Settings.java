package org.newsfacts.spark;

import org.newsfacts.ingest.ReadLimits;

import java.io.Serializable;
import java.time.Duration;

/**
 * What every executor needs to build its pipeline: where the models are (null: the copy inside the job jar)
 * and the limits the CLI's {@code --max-file-mb} and {@code --timeout} set. Sent with each task; equal settings
 * share one pipeline per executor JVM.
 */
record Settings(String modelsDir, long maxFileBytes, int maxChars, long timeoutSeconds) implements Serializable {

    ReadLimits limits() {
        return new ReadLimits(maxFileBytes, maxChars, Duration.ofSeconds(timeoutSeconds));
    }
}
