package org.newsfacts.records;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;

/**
 * The JSON settings of every JSON file of a run (the JSON-lines files, {@code conflicts.json}) and of the result
 * cache's entries: snake_case keys, and numbers written plainly ({@code 120000000000}, never {@code 1.2E+11}),
 * since researchers load these files into tools that may not read exponents.
 */
public final class OutputJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private OutputJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads what {@link #mapper()} wrote back into these records: the one way a run's files and the result cache's
     * entries are read (the evaluator, the cache). A field this version does not know (a later version's, another
     * tool's) is passed over; a missing or null offset is an error, never a silent 0.
     */
    public static ObjectReader reader(Class<?> type) {
        return MAPPER.readerFor(type)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** A value as a person would write it: {@code 9} rather than {@code 9.0}, no exponent. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        // stripTrailingZeros turns 1200 into 1.2E+3; a scale of 0 keeps the integer an integer.
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
