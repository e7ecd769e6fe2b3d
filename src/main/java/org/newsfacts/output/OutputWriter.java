package org.newsfacts.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.newsfacts.pipeline.ArticleResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Writes a run's files into the output folder, each one atomically. */
public final class OutputWriter {
    public static final String DOCUMENTS = "documents.jsonl";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private final Path outDir;

    public OutputWriter(Path outDir) {
        this.outDir = outDir;
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public void write(List<ArticleResult> results) throws IOException {
        writeJsonl(DOCUMENTS, results, DocumentRecord::of);
    }

    private <T> void writeJsonl(String name, List<T> items, Function<T, ?> toRecord) throws IOException {
        AtomicFiles.write(outDir.resolve(name), out -> {
            try (SequenceWriter lines = JSON.writer().withRootValueSeparator("\n").writeValues(out)) {
                for (T item : items) {
                    lines.write(toRecord.apply(item));
                }
            }
            if (!items.isEmpty()) {
                out.write('\n');
            }
        });
    }
}
