package org.newsfacts.extract.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One line of a Recognizers-Text spec file (see the folder's README). */
record PeerCase(String input, List<Expected> expected, boolean ignoreResolution) {

    /** One expected entity: its text, its type and its value (null where the spec gives none). */
    record Expected(String text, String type, BigDecimal value) {
    }

    static List<PeerCase> load(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<PeerCase> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<Expected> expected = new ArrayList<>();
            for (JsonNode e : node.path("expected")) {
                JsonNode v = e.path("value");
                BigDecimal value = null;
                if (!v.isNull() && !v.isMissingNode()) {
                    String s = v.asText().replace("%", "");
                    try {
                        value = new BigDecimal(s);
                    } catch (NumberFormatException notNumeric) {
                        value = null; // relative ordinals: "end-1"
                    }
                }
                expected.add(new Expected(e.path("text").asText(), e.path("type").asText(), value));
            }
            cases.add(new PeerCase(node.path("input").asText(), expected, node.path("ignoreResolution").asBoolean(false)));
        }
        return cases;
    }
}
