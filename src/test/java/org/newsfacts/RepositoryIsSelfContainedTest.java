package org.newsfacts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's clone is all there is: no source, test, model, script or document may point at a folder beside the
 * repository, where the team keeps its working copies of data that users never have.
 */
class RepositoryIsSelfContainedTest {
    // Spelled in two halves so that this file does not find itself.
    private static final String SIBLING_FOLDER = ".." + "/shared";

    @Test
    void nothingInTheRepositoryNamesTheTeamsSiblingFolder() throws IOException {
        List<Path> roots = List.of(Path.of("src"), Path.of("models"), Path.of("corpus"), Path.of(".ci"),
                Path.of("README.md"), Path.of("pom.xml"), Path.of("newsfacts"));
        List<String> offenders;
        try (Stream<Path> files = roots.stream().filter(Files::exists).flatMap(RepositoryIsSelfContainedTest::walk)) {
            offenders = files.filter(Files::isRegularFile).filter(RepositoryIsSelfContainedTest::namesSibling)
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("files naming " + SIBLING_FOLDER).isEmpty();
    }

    @Test
    void theEvaluationDataTheTestsScoreAgainstIsInTheRepository() {
        assertThat(Fixtures.seedFiles()).hasSize(5);
        assertThat(Fixtures.required(Fixtures.DEV2_ARTICLES).toFile().list()).hasSize(40);
        assertThat(Fixtures.required(Fixtures.DEV2_GOLD).resolve("corpus.gold.json")).exists();
        assertThat(Fixtures.required(Fixtures.PEER_SUITE).resolve("README.md")).content().contains("MIT License");
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean namesSibling(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains(SIBLING_FOLDER);
        } catch (CharacterCodingException binary) {
            return false;   // PDFs, DOCX and Big5 copies hold no paths
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
