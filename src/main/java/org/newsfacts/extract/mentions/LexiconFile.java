package org.newsfacts.extract.mentions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data file under {@code models/}: one entry a line, {@code #} comments, blank lines ignored, and optional
 * {@code [section]} headings. Lines before the first heading belong to the section named "".
 */
public final class LexiconFile {
    private final Path path;
    private final Map<String, List<String>> sections;

    private LexiconFile(Path path, Map<String, List<String>> sections) {
        this.path = path;
        this.sections = sections;
    }

    public static LexiconFile read(Path path) {
        try {
            Map<String, List<String>> sections = new LinkedHashMap<>();
            String section = "";
            for (String raw : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]") && line.indexOf('\t') < 0) {
                    section = line.substring(1, line.length() - 1).strip();
                    sections.computeIfAbsent(section, k -> new ArrayList<>());
                    continue;
                }
                // Keep tabs (column separators) but not the line's outer white space.
                sections.computeIfAbsent(section, k -> new ArrayList<>()).add(raw.replaceFirst("^\\s+", "").stripTrailing());
            }
            sections.replaceAll((k, v) -> List.copyOf(v));
            return new LexiconFile(path, Map.copyOf(sections));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + path, e);
        }
    }

    /** The entries of a section; a section the file does not have is empty. */
    public List<String> section(String name) {
        return sections.getOrDefault(name, List.of());
    }

    public List<String> lines() {
        return section("");
    }

    public Path path() {
        return path;
    }
}
