package org.newsfacts.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileWithTheNewContent() throws IOException {
        Path target = dir.resolve("documents.jsonl");
        AtomicFiles.write(target, out -> out.write("old\n".getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(target, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("new");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFileWholeAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("documents.jsonl");
        AtomicFiles.write(target, out -> out.write("complete run\n".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of a new ru".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).hasContent("complete run");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
