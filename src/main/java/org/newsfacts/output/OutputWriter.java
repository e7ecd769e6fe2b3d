package org.newsfacts.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimsWriter;
import org.newsfacts.claims.EditionPeriods;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.reconcile.ConflictsWriter;
import org.newsfacts.reconcile.Reconciler;
import org.newsfacts.reconcile.Reconciliation;
import org.newsfacts.reconcile.StoryGroups;
import org.newsfacts.report.ReportWriter;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** Writes a run's files into the output folder, each one atomically. */
public final class OutputWriter {
    public static final String DOCUMENTS = "documents.jsonl";
    public static final String FIGURES = "figures.jsonl";
    public static final String MENTIONS = "mentions.jsonl";
    public static final String QUOTES = "quotes.jsonl";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private final Path outDir;
    private final EditionPeriods editions;

    public OutputWriter(Path outDir, EditionPeriods editions) {
        this.outDir = outDir;
        this.editions = editions;
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** One line of {@code figures.jsonl}; public so that other runners (the Spark job) write the same lines. */
    @JsonPropertyOrder({"doc", "surface", "value", "unit", "qualifier", "start", "end"})
    public record FigureLine(String doc, String surface, BigDecimal value, String unit, String qualifier, int start,
                             int end) {
        public static List<FigureLine> of(ArticleResult r) {
            return r.figures().stream().map(f -> new FigureLine(r.doc(), f.surface(), f.value(), f.unit(),
                    f.qualifier(), f.start(), f.end())).toList();
        }
    }

    /** One line of {@code mentions.jsonl}. */
    @JsonPropertyOrder({"doc", "type", "id", "surface", "start", "end", "title"})
    public record MentionLine(String doc, String type, String id, String surface, int start, int end, String title) {
        public static List<MentionLine> of(ArticleResult r) {
            return r.mentions().stream().map(m -> new MentionLine(r.doc(), m.type(), m.id(), m.surface(),
                    m.start(), m.end(), m.title())).toList();
        }
    }

    /** One line of {@code quotes.jsonl}. */
    @JsonPropertyOrder({"doc", "speaker", "speaker_title", "kind", "text", "start", "end"})
    public record QuoteLine(String doc, String speaker, String speakerTitle, String kind, String text, int start,
                            int end) {
        public static List<QuoteLine> of(ArticleResult r) {
            return r.quotes().stream().map(q -> new QuoteLine(r.doc(), q.speaker(), q.speakerTitle(), q.kind(),
                    q.text(), q.start(), q.end())).toList();
        }
    }

    /** Every file of the run; results come in {@code doc} order, and so do the lines of each file. */
    public void write(List<ArticleResult> results) throws IOException {
        writeJsonl(DOCUMENTS, results.stream().map(DocumentRecord::of).toList());
        List<FigureLine> figures = new ArrayList<>();
        List<MentionLine> mentions = new ArrayList<>();
        List<QuoteLine> quotes = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (ArticleResult r : results) {
            figures.addAll(FigureLine.of(r));
            mentions.addAll(MentionLine.of(r));
            quotes.addAll(QuoteLine.of(r));
            claims.addAll(r.claims());
        }
        writeJsonl(FIGURES, figures);
        writeJsonl(MENTIONS, mentions);
        writeJsonl(QUOTES, quotes);
        Map<String, String> editionOfDoc = new HashMap<>();
        results.forEach(r -> editionOfDoc.put(r.doc(), r.edition()));
        List<Claim> dated = editions.apply(claims, editionOfDoc);
        ClaimsWriter.write(outDir, dated);
        CsvTables.write(outDir, dated, results);
        StoryGroups stories = new StoryGroups();
        results.stream().filter(r -> r.text() != null).forEach(r -> stories.add(r.doc(), r.text().matchingView().text()));
        Reconciliation reconciliation = new Reconciler().reconcile(dated, stories);
        ConflictsWriter.write(outDir, reconciliation);
        ReportWriter.write(outDir, results, reconciliation);
    }

    private void writeJsonl(String name, List<?> records) throws IOException {
        AtomicFiles.write(outDir.resolve(name), out -> {
            try (SequenceWriter lines = JSON.writer().withRootValueSeparator("\n").writeValues(out)) {
                for (Object record : records) {
                    lines.write(record);
                }
            }
            if (!records.isEmpty()) {
                out.write('\n');
            }
        });
    }
}
