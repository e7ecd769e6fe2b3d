package org.newsfacts.evaluate;

import org.newsfacts.text.Span;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds output and gold folders for a test, record by record, as the pipeline and annotators write them. */
final class Fixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path output;
    private final Path gold;
    private final Map<String, List<Map<String, Object>>> lines = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> goldDocs = new LinkedHashMap<>();
    private Map<String, Object> corpus;
    private Map<String, Object> conflicts;

    Fixture(Path root) {
        this.output = root.resolve("output");
        this.gold = root.resolve("gold");
    }

    Path output() {
        return output;
    }

    Path gold() {
        return gold;
    }

    /** A map that keeps nulls and order: {@code record("doc", d, "value", 9, "qualifier", null)}. */
    static Map<String, Object> record(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> goldFigure(String surface, String context, Object value, String unit,
                                          String qualifier, boolean optional) {
        return record("surface", surface, "context", context, "value", value, "unit", unit, "qualifier", qualifier,
                "optional", optional);
    }

    static Map<String, Object> goldQuote(String speaker, String kind, String contains) {
        return record("speaker", speaker, "kind", kind, "contains", contains);
    }

    static Map<String, Object> goldClaim(String subject, String metric, Object value, String unit, String period,
                                         String saidBy, String context) {
        return record("subject", subject, "metric", metric, "value", value, "unit", unit, "qualifier", null,
                "period", period, "said_by", saidBy, "context", context);
    }

    Fixture document(String doc, String text) {
        return line(OutputRun.DOCUMENTS, record("doc", doc, "sha256", "0", "status", "ok", "error", null,
                "lang", "zh-Hant", "text", text));
    }

    Fixture failedDocument(String doc, String error) {
        return line(OutputRun.DOCUMENTS, record("doc", doc, "sha256", "0", "status", "error", "error", error,
                "lang", null, "text", ""));
    }

    Fixture figure(String doc, String text, Span span, Object value, String unit, String qualifier) {
        return line(OutputRun.FIGURES, record("doc", doc, "surface", text.substring(span.start(), span.end()),
                "value", value, "unit", unit, "qualifier", qualifier, "start", span.start(), "end", span.end()));
    }

    Fixture mention(String doc, String type, String id, String text, Span span) {
        return line(OutputRun.MENTIONS, record("doc", doc, "type", type, "id", id,
                "surface", text.substring(span.start(), span.end()), "start", span.start(), "end", span.end()));
    }

    Fixture quote(String doc, String speaker, String kind, String quoteText) {
        return line(OutputRun.QUOTES, record("doc", doc, "speaker", speaker, "speaker_title", null, "kind", kind,
                "text", quoteText, "start", 0, "end", 1));
    }

    Fixture claim(String doc, Span span, String subject, String metric, Object value, String unit, String period,
                  String saidBy) {
        return line(OutputRun.CLAIMS, record("claim_id", doc + "#" + span.start(), "doc", doc, "subject", subject,
                "metric", metric, "value", value, "unit", unit, "qualifier", null, "period", period,
                "said_by", saidBy, "start", span.start(), "end", span.end()));
    }

    /** An empty category file: the stage ran and found nothing. */
    Fixture produced(String file) {
        lines.computeIfAbsent(file, f -> new ArrayList<>());
        return this;
    }

    Fixture conflicts(List<Map<String, Object>> groups) {
        conflicts = record("conflicts", groups, "agreements", List.of());
        return this;
    }

    Fixture goldDoc(String doc, Map<String, Object> fields) {
        Map<String, Object> gold = record("doc", doc, "lang", "zh-Hant", "clusters", List.of(), "people", List.of(),
                "figures", List.of(), "quotes", List.of(), "claims", List.of());
        gold.putAll(fields);
        goldDocs.put(doc, gold);
        return this;
    }

    Fixture corpus(List<Map<String, Object>> conflictGroups, List<Map<String, Object>> agreementGroups) {
        corpus = record("conflicts", conflictGroups, "agreements", agreementGroups);
        return this;
    }

    Fixture write() {
        try {
            Files.createDirectories(output);
            Files.createDirectories(gold);
            for (Map.Entry<String, List<Map<String, Object>>> file : lines.entrySet()) {
                String body = file.getValue().stream().map(Fixture::json).collect(Collectors.joining("\n"));
                Files.writeString(output.resolve(file.getKey()), body.isEmpty() ? "" : body + "\n");
            }
            if (conflicts != null) {
                Files.writeString(output.resolve(OutputRun.CONFLICTS), json(conflicts));
            }
            for (Map.Entry<String, Map<String, Object>> doc : goldDocs.entrySet()) {
                Files.writeString(gold.resolve(doc.getKey() + GoldSet.ARTICLE_SUFFIX), json(doc.getValue()));
            }
            if (corpus != null) {
                Files.writeString(gold.resolve(GoldSet.CORPUS_FILE), json(corpus));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Report evaluate() {
        return evaluate(false);
    }

    Report evaluate(boolean allCopies) {
        write();
        try {
            return new Evaluator().evaluate(output, gold, allCopies, List.of());
        } catch (BadInputException e) {
            throw new AssertionError(e);
        }
    }

    static CategoryResult category(Report report, String name) {
        return report.primary().category(name).orElseThrow();
    }

    private Fixture line(String file, Map<String, Object> record) {
        lines.computeIfAbsent(file, f -> new ArrayList<>()).add(record);
        return this;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
