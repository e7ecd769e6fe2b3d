package org.newsfacts.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's own folders are (the gazetteers and lexicons in {@code models}, the development gold in
 * {@code corpus/gold}): the folder given, else the relative path in the working folder, else the one beside
 * the installation (the launcher passes {@code -Dnewsfacts.home}), so a command works from any folder.
 */
final class ModelsOption {
    static final Path MODELS = Path.of("models");
    static final Path DEVELOPMENT_GOLD = Path.of("corpus", "gold");

    private ModelsOption() {
    }

    static Path resolve(Path given) {
        return resolve(given, MODELS);
    }

    static Path resolve(Path given, Path projectRelative) {
        if (given != null) {
            return given;
        }
        String home = System.getProperty("newsfacts.home");
        if (!Files.isDirectory(projectRelative) && home != null) {
            return Path.of(home).resolve(projectRelative);
        }
        return projectRelative;
    }
}
