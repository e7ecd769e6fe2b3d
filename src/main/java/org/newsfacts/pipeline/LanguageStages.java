package org.newsfacts.pipeline;

import org.newsfacts.files.LexiconFile;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages {@code models/stages.txt} names: one class name a line, {@code #} starts a comment. Each class is a
 * {@link Stage} (most are {@link LanguageStage}s) with a public constructor taking the models folder.
 */
final class LanguageStages {
    static final String FILE = "stages.txt";

    private LanguageStages() {
    }

    static List<Stage> load(Path modelsDir) {
        Path file = modelsDir.resolve(FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Stage> stages = new ArrayList<>();
        for (LexiconFile.Line line : LexiconFile.read(file).entries("")) {
            // A class name never holds '#', so what follows one on a line is a comment.
            String name = line.text().replaceFirst("#.*", "").strip();
            stages.add(build(file, line.number(), name, modelsDir));
        }
        return List.copyOf(stages);
    }

    private static Stage build(Path file, int line, String name, Path modelsDir) {
        String where = file + ":" + line + ": ";
        try {
            Class<?> type = Class.forName(name);
            if (!Stage.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(where + name + " is not a " + Stage.class.getName());
            }
            return (Stage) type.getConstructor(Path.class).newInstance(modelsDir);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(where + "no class " + name + " on the class path", e);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(where + name + " needs a public constructor taking the models folder", e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(where + name + " could not load: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(where + "cannot build " + name + ": " + e, e);
        }
    }
}
