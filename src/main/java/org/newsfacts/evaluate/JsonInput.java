package org.newsfacts.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.newsfacts.records.OutputJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON and JSON Lines files of an output folder and a gold folder. */
final class JsonInput {

    /** Fields added by later stages must not break scoring, so unknown fields are ignored. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonInput() {
    }

    static <T> T readJson(Path file, Class<T> type) throws BadInputException {
        try {
            T value = MAPPER.readValue(file.toFile(), type);
            if (value == null) {
                throw new BadInputException(file, "empty file");
            }
            return value;
        } catch (IOException e) {
            throw new BadInputException(file, describe(e), e);
        }
    }

    /**
     * A run's JSON-lines file, one record per non-blank line, read into the records the run wrote it from (as the
     * result cache reads them back).
     */
    static <T> List<T> readJsonLines(Path file, Class<T> type) throws BadInputException {
        ObjectReader lines = OutputJson.reader(type);
        List<T> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(lines.readValue(line));
                } catch (IOException e) {
                    throw new BadInputException(file, "line " + lineNumber + ": " + describe(e), e);
                }
            }
        } catch (IOException e) {
            throw new BadInputException(file, describe(e), e);
        }
        return records;
    }

    private static String describe(IOException e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
