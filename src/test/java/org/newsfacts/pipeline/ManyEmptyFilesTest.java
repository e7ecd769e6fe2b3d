package org.newsfacts.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.ingest.SourceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ManyEmptyFilesTest {
    @Test
    void fiveThousandEmptyFilesEachGetAnErrorAndTheArticleBesideThemIsRead(@TempDir Path folder) throws Exception {
        for (int i = 0; i < 5_000; i++) {
            Files.createFile(folder.resolve(String.format("empty-%04d.txt", i)));
        }
        Files.copy(Fixtures.CORPUS.resolve("002_7c878330511f077d.txt"), folder.resolve("good.txt"));
        List<SourceFile> files = InputCollector.collect(List.of(folder));
        List<ArticleResult> results = new ArrayList<>();
        new BatchRunner(Fixtures.processor(), 2, false).run(files, results::add);

        assertThat(results).hasSize(5_001);
        assertThat(results.stream().filter(r -> r.doc().startsWith("empty-")))
                .hasSize(5_000).allSatisfy(r -> assertThat(r.error()).isEqualTo("file is empty (0 bytes)"));
        assertThat(results.stream().filter(r -> r.doc().equals("good.txt")).findFirst().orElseThrow().ok()).isTrue();
    }
}
