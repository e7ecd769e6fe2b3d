package org.newsfacts.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one reader of the data files under {@code models/}: one entry a line, {@code #} comment lines and blank
 * lines ignored, and optional {@code [section]} headings (a bracketed line without a tab, so a table row may
 * start with a bracket). Lines before the first heading belong to the section named "". It lives in
 * {@code files}, below {@code text}, because the text stage's lists (page furniture, outlets) are read with it
 * as well as the lexicons'.
 */
public final class LexiconFile {
    /** An entry and the line of the file it is on, for errors that name it. */
    public record Line(int number, String text, String raw) {
    }

    private final Path path;
    private final Map<String, List<Line>> sections;

    private LexiconFile(Path path, Map<String, List<Line>> sections) {
        this.path = path;
        this.sections = sections;
    }

    public static LexiconFile read(Path path) {
        List<String> all;
        try {
            all = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + path, e);
        }
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        String section = "";
        int number = 0;
        for (String raw : all) {
            number++;
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
            sections.computeIfAbsent(section, k -> new ArrayList<>())
                    .add(new Line(number, raw.replaceFirst("^\\s+", "").stripTrailing(), raw));
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return new LexiconFile(path, Map.copyOf(sections));
    }

    /** The entries of a section; a section the file does not have is empty. */
    public List<String> section(String name) {
        return entries(name).stream().map(Line::text).toList();
    }

    /** The entries before any heading (a file without sections: all of them). */
    public List<String> lines() {
        return section("");
    }

    /** The entries of a section with their line numbers. */
    public List<Line> entries(String name) {
        return sections.getOrDefault(name, List.of());
    }

    /** The sections the file has, "" among them when entries come before the first heading. */
    public Set<String> sectionNames() {
        return sections.keySet();
    }

    /**
     * The rows of a tab-separated file (its entries before any heading), each with at least {@code columns}
     * cells; a short row is an error naming the file and line. Cells are split from the line as written, so an
     * empty last cell (a trailing tab) is a cell.
     */
    public List<String[]> rows(int columns) {
        List<String[]> rows = new ArrayList<>();
        for (Line line : entries("")) {
            String[] row = line.raw().split("\t", -1);
            if (row.length < columns) {
                throw new IllegalArgumentException(path + ":" + line.number() + ": expected " + columns
                        + " tab-separated columns, found " + row.length);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The rows of a tab-separated file, read as {@link #rows(int)}. */
    public static List<String[]> rows(Path file, int columns) {
        return read(file).rows(columns);
    }

    public Path path() {
        return path;
    }
}
