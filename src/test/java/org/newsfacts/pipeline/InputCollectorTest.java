package org.newsfacts.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.ingest.SourceFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The walk of the input folders: what is read, what is refused and why, and the names files go by. */
class InputCollectorTest {
    private static final String ARTICLE = "深圳—香港—廣州集群連續第五年位列全球第二。";

    @TempDir
    Path tmp;

    private Map<String, SourceFile> collect(Path... inputs) throws Exception {
        return InputCollector.collect(List.of(inputs)).stream()
                .collect(Collectors.toMap(SourceFile::doc, Function.identity()));
    }

    private Path article(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
    }

    @Test
    void aLinkToAFileOutsideTheInputFoldersIsRefusedUnread() throws Exception {
        Path secret = article(tmp.resolve("elsewhere/passwd"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.createSymbolicLink(in.resolve("leak.txt"), secret);
        SourceFile leak = collect(in).get("leak.txt");
        assertThat(leak.refusal()).contains("outside the input folders");
    }

    @Test
    void aLinkInsideTheInputFoldersToAFileInsideThemIsRead() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path real = article(in.resolve("sub/story.txt"));
        Files.createDirectories(in.resolve("other"));
        Files.createSymbolicLink(in.resolve("other/alias.txt"), real);
        Map<String, SourceFile> files = collect(in, tmp.resolve("in/other"));
        assertThat(files).containsKey("sub/story.txt");
        assertThat(files.get("sub/story.txt").refusal()).isNull();
    }

    @Test
    void aFileReachedTwiceIsProcessedOnce() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path real = article(in.resolve("story.txt"));
        Files.createSymbolicLink(in.resolve("alias.txt"), real);
        List<SourceFile> files = InputCollector.collect(List.of(in, real, in.resolve("story.txt")));
        assertThat(files).extracting(SourceFile::doc).containsExactly("story.txt");
    }

    @Test
    void aLinkLoopAndABrokenLinkEachGetARecordSayingWhy() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.createSymbolicLink(in.resolve("a"), in.resolve("b"));
        Files.createSymbolicLink(in.resolve("b"), in.resolve("a"));
        Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("never-written.txt"));
        Files.createSymbolicLink(in.resolve("up"), in);
        Map<String, SourceFile> files = collect(in);
        assertThat(files.get("a").refusal()).contains("cannot be resolved");
        assertThat(files.get("gone.txt").refusal()).contains("does not exist");
        assertThat(files.get("up").refusal()).contains("link to a folder");
    }

    @Test
    void aNamedPipeIsRefusedWithoutBeingOpened() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
        assertThat(mkfifo.waitFor()).as("mkfifo is part of coreutils").isZero();
        assertThat(collect(in).get("pipe.txt").refusal()).contains("named pipe");
    }

    @Test
    void twoInputsWithTheSameRelativePathArePrefixedWithTheirFolderNames() throws Exception {
        article(tmp.resolve("a/x.txt"));
        article(tmp.resolve("b/x.txt"));
        article(tmp.resolve("b/only-b.txt"));
        assertThat(collect(tmp.resolve("a"), tmp.resolve("b")).keySet())
                .containsExactlyInAnyOrder("a/x.txt", "b/x.txt", "only-b.txt");
    }

    @Test
    void foldersOfTheSameNameAreToldApartByANumber() throws Exception {
        article(tmp.resolve("2024/news/story.txt"));
        article(tmp.resolve("2025/news/story.txt"));
        assertThat(collect(tmp.resolve("2024/news"), tmp.resolve("2025/news")).keySet())
                .containsExactlyInAnyOrder("news/story.txt", "news-2/story.txt");
    }

    @Test
    void filesDeletedWhileTheFolderIsWalkedNeverAbortTheWalk() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 300; i++) {
            article(in.resolve("d" + (i % 30) + "/f" + i + ".txt"));
        }
        AtomicBoolean done = new AtomicBoolean();
        Thread deleter = new Thread(() -> {
            for (int i = 299; i >= 0 && !done.get(); i--) {
                try {
                    Files.deleteIfExists(in.resolve("d" + (i % 30) + "/f" + i + ".txt"));
                } catch (Exception ignored) {
                    // the walk may hold the folder; the next file is as good
                }
            }
        });
        deleter.start();
        List<SourceFile> files;
        try {
            files = InputCollector.collect(List.of(in));
        } finally {
            done.set(true);
            deleter.join();
        }
        assertThat(files).allSatisfy(f -> assertThat(f.refusal() == null
                || f.refusal().contains("disappeared")).as(f.doc() + ": " + f.refusal()).isTrue());
    }

    @Test
    void aFileDeletedAfterTheWalkIsAnErrorRecordNotAFailedRun() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path doomed = article(in.resolve("doomed.txt"));
        List<SourceFile> files = InputCollector.collect(List.of(in));
        Files.delete(doomed);
        ArticleResult result = org.newsfacts.Fixtures.processor().process(files.get(0));
        assertThat(result.error()).isEqualTo("cannot read file: the file disappeared before it was read");
    }
}
