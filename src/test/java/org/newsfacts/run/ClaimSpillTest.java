package org.newsfacts.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.claims.EditionPeriods;
import org.newsfacts.claims.MetricLabels;
import org.newsfacts.claims.MetricRoles;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.pipeline.InputCollector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run holds its first claims in memory and spills the rest to a file it reads back at the end; where the
 * claims waited must not show in what is written.
 */
class ClaimSpillTest {
    @Test
    void claimsHeldInMemoryAndClaimsReadBackFromTheSpillGiveTheSameFiles(@TempDir Path dir) throws Exception {
        List<ArticleResult> results = new ArrayList<>();
        for (SourceFile file : InputCollector.collect(List.of(Fixtures.CORPUS))) {
            if (file.doc().endsWith(".txt")) {   // read in this process: no parser process to start
                results.add(Fixtures.processor().process(file));
            }
        }
        results.sort(Comparator.comparing(ArticleResult::doc));
        EditionPeriods editions = EditionPeriods.load(Fixtures.MODELS);
        MetricLabels labels = MetricLabels.load(Fixtures.MODELS);
        MetricRoles roles = MetricRoles.load(Fixtures.MODELS);
        int claims = results.stream().mapToInt(r -> r.claims().size()).sum();

        Path held = dir.resolve("held");
        Path spilled = dir.resolve("spilled");
        Path both = dir.resolve("both");
        try (ExtractRun run = new ExtractRun(held, editions, labels, roles, false, claims)) {
            run.write(results);
        }
        try (ExtractRun run = new ExtractRun(spilled, editions, labels, roles, false, 0)) {
            run.write(results);
        }
        try (ExtractRun run = new ExtractRun(both, editions, labels, roles, false, claims / 2)) {
            run.write(results);
        }

        assertThat(claims).isGreaterThan(100);
        for (String name : List.of("claims.jsonl", "claims.csv", "conflicts.json")) {
            String expected = Files.readString(spilled.resolve(name));
            assertThat(Files.readString(held.resolve(name))).as(name).isEqualTo(expected);
            assertThat(Files.readString(both.resolve(name))).as(name).isEqualTo(expected);
        }
        assertThat(held.resolve(ExtractRun.CLAIM_SPILL)).doesNotExist();
        assertThat(spilled.resolve(ExtractRun.CLAIM_SPILL)).doesNotExist();
    }
}
