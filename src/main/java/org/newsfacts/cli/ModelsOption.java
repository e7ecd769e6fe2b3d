package org.newsfacts.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the gazetteers and lexicons are: the folder given, else {@code models} in the working folder, else
 * the one beside the installation (the launcher passes {@code -Dnewsfacts.home}), so the command works from
 * any folder.
 */
final class ModelsOption {
    private ModelsOption() {
    }

    static Path resolve(Path given) {
        if (given != null) {
            return given;
        }
        Path local = Path.of("models");
        String home = System.getProperty("newsfacts.home");
        if (!Files.isDirectory(local) && home != null) {
            return Path.of(home, "models");
        }
        return local;
    }
}
