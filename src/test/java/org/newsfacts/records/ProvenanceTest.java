package org.newsfacts.records;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's date as conflicts.json, the report and check --json carry it. */
class ProvenanceTest {
    @Test
    void aRunOnTheWholeMinuteStillWritesItsSeconds() {
        assertThat(Provenance.runDate(Instant.parse("2026-12-06T20:03:00.417Z"))).isEqualTo("2026-12-06T20:03:00Z");
    }
}
