package org.newsfacts.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Speakers compared as the gold declares them. A speaker matches when it reads the same in matching form
 * ({@link MatchText}: script, width, case, dashes and spaces folded), or when the gold folder's own
 * {@value #FILE} names both as one speaker (corpus/dev2/CONVENTIONS.md rule 5: WIPO, World Intellectual
 * Property Organization and 世界知識產權組織 are aliases of one another).
 *
 * <p>The table is the gold's data, never the extractor's: scoring speakers through the extractor's own
 * organisation list would let a wrong alias in {@code models/} score itself as right.
 */
public final class SpeakerAliases {
    static final String FILE = "speaker-aliases.tsv";

    private final Map<String, String> canonical;

    private SpeakerAliases(Map<String, String> canonical) {
        this.canonical = canonical;
    }

    public static SpeakerAliases none() {
        return new SpeakerAliases(Map.of());
    }

    /**
     * The aliases {@value #FILE} in a gold folder declares: one speaker a line, its names separated by tabs;
     * {@code #} comments. None when the folder has no such file.
     *
     * @throws BadInputException naming the file when it cannot be read or a name belongs to two speakers
     */
    public static SpeakerAliases load(Path goldFolder) throws BadInputException {
        Path file = goldFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read speaker aliases: " + e.getMessage(), e);
        }
        Map<String, String> canonical = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] names = line.split("\t");
            String id = MatchText.normalize(names[0]);
            for (String name : names) {
                String form = MatchText.normalize(name);
                if (form.isEmpty()) {
                    continue;
                }
                String old = canonical.putIfAbsent(form, id);
                if (old != null && !old.equals(id)) {
                    throw new BadInputException(file, "line " + (i + 1) + ": " + name.strip()
                            + " is already a name of " + old);
                }
            }
        }
        return new SpeakerAliases(Map.copyOf(canonical));
    }

    /** Whether two speakers are the same, as written or through the gold's declared aliases. */
    public boolean same(String gold, String predicted) {
        String g = MatchText.normalize(gold);
        String p = MatchText.normalize(predicted);
        return g.equals(p) || canonical.getOrDefault(g, g).equals(canonical.getOrDefault(p, p));
    }
}
