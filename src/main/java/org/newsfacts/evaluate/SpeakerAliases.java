package org.newsfacts.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Speakers compared as organisations: the gold conventions write an organisation as the article does and declare
 * its names aliases of one another (corpus/dev2/CONVENTIONS.md rule 5: WIPO, World Intellectual Property
 * Organization and 世界知識產權組織), so a speaker that starts with one name of an organisation is read as that
 * organisation's id followed by the rest (香港特區政府發言人 and 特區政府發言人 are one office; 理大 is 香港理工大學).
 * The names are those of {@code models/organisations.tsv}, the table the extractor speaks with, so one list of
 * aliases serves both. Without that file speakers are compared as written.
 */
final class SpeakerAliases {
    private record Alias(String form, String id) {
    }

    private final List<Alias> aliases;

    private SpeakerAliases(List<Alias> aliases) {
        this.aliases = aliases;
    }

    static SpeakerAliases none() {
        return new SpeakerAliases(List.of());
    }

    /** The aliases of {@code organisations.tsv} in {@code modelsDir}; none when the file is not there. */
    static SpeakerAliases load(Path modelsDir) {
        Path file = modelsDir.resolve("organisations.tsv");
        if (!Files.isRegularFile(file)) {
            return none();
        }
        List<Alias> aliases = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 3) {
                    continue;
                }
                String id = MatchText.normalize(cols[0]);
                aliases.add(new Alias(id, id));
                for (String form : cols[2].split(";")) {
                    String f = MatchText.normalize(form.strip());
                    if (!f.isEmpty()) {
                        aliases.add(new Alias(f, id));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        aliases.sort(Comparator.comparingInt((Alias a) -> a.form().length()).reversed());
        return new SpeakerAliases(List.copyOf(aliases));
    }

    /** Whether two speakers are the same, as written or through an organisation's aliases. */
    boolean same(String gold, String predicted) {
        String g = MatchText.normalize(gold);
        String p = MatchText.normalize(predicted);
        return g.equals(p) || canonical(g).equals(canonical(p));
    }

    private String canonical(String normalized) {
        for (Alias a : aliases) {
            if (normalized.startsWith(a.form())) {
                return a.id() + normalized.substring(a.form().length());
            }
        }
        return normalized;
    }
}
