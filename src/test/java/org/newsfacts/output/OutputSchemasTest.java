package org.newsfacts.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsfacts.claims.Claim;
import org.newsfacts.cli.NewsfactsCli;
import org.newsfacts.reconcile.ConflictsWriter;
import org.newsfacts.reconcile.Reconciler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas of {@code src/main/resources/schemas/} against a real run: every line of every JSONL file
 * and the whole of conflicts.json validate, every field the run writes is described, and each schema turns
 * away a broken record, so that a schema that accepts anything fails here.
 */
class OutputSchemasTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Format assertions on, so "format": "date" rejects 2025-13-45 rather than only annotating it.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    /** The files of the output contract (README, "Output contract"); each has a schema named after it. */
    private static final List<String> CONTRACT_FILES = List.of("documents.jsonl", "mentions.jsonl", "figures.jsonl",
            "quotes.jsonl", "claims.jsonl", "conflicts.json");
    /** Keywords whose subschemas only restate a described property under a condition. */
    private static final Set<String> CONDITIONAL = Set.of("if", "then", "else", "allOf", "anyOf", "oneOf", "not");

    private final RealRun run = RealRun.get();

    static Stream<String> jsonlFiles() {
        return Stream.of("documents", "figures", "mentions", "quotes", "claims");
    }

    @Test
    void theRunSucceedsExceptForTheEmptyFile() {
        assertThat(run.exitCode).as(run.stderr).isEqualTo(NewsfactsCli.EXIT_PARTIAL);
        assertThat(run.stderr).contains(RealRun.FAILED_DOC).doesNotContain("corpus/");
    }

    @ParameterizedTest
    @MethodSource("jsonlFiles")
    void everyLineOfTheRunIsValid(String name) {
        JsonSchema schema = schema(name);
        List<JsonNode> lines = run.lines(name + ".jsonl");
        assertThat(lines).as(name + ".jsonl").isNotEmpty();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(schema.validate(lines.get(i))).as("%s.jsonl line %d", name, i + 1).isEmpty();
        }
    }

    @Test
    void conflictsFileOfTheRunIsValid() {
        JsonNode conflicts = run.json(ConflictsWriter.FILE);
        assertThat(conflicts.get("conflicts")).isNotEmpty();
        assertThat(conflicts.get("agreements")).isNotEmpty();
        assertThat(schema("conflicts").validate(conflicts)).isEmpty();
    }

    /**
     * The corpus gives no notes, so the run's own claims are reconciled again with one amount restated in
     * another currency, which the reconciler notes rather than compares.
     */
    @Test
    void conflictsFileWithNotesIsValid(@TempDir Path dir) throws IOException {
        List<Claim> claims = new ArrayList<>(run.lines("claims.jsonl").stream().map(OutputSchemasTest::claim).toList());
        Claim usd = claims.stream().filter(c -> c.metric().equals("vc_value") && c.unit().equals("USD"))
                .findFirst().orElseThrow();
        claims.add(new Claim("0123456789abcdef", "held-out/hkd.txt", usd.subject(), usd.metric(),
                usd.value().multiply(new BigDecimal("7.8")), "HKD", "over", usd.period(), usd.scope(), null, 0,
                6, "9,360億港元", "累計9,360億港元。", null, null));

        ConflictsWriter.write(dir, Reconciler.load(org.newsfacts.Fixtures.MODELS).reconcile(claims));

        JsonNode file = RealRun.JSON.readTree(dir.resolve(ConflictsWriter.FILE).toFile());
        assertThat(file.get("notes")).isNotEmpty();
        assertThat(schema("conflicts").validate(file)).isEmpty();
        assertThat(strict("conflicts").validate(file)).isEmpty();
    }

    @Test
    void aFailedFileIsAValidRecordButNotWithTheFieldsOfASuccess() {
        JsonNode failed = run.lines("documents.jsonl").stream()
                .filter(d -> d.get("doc").asText().equals(RealRun.FAILED_DOC)).findFirst().orElseThrow();
        assertThat(failed.get("status").asText()).isEqualTo("error");
        assertThat(schema("documents").validate(failed)).isEmpty();

        assertThat(schema("documents").validate(with(failed, d -> d.put("lang", "zh-Hant")))).isNotEmpty();
        assertThat(schema("documents").validate(with(failed, d -> d.putNull("error")))).isNotEmpty();
    }

    @Test
    void aDocumentWithoutLettersIsUndeterminedAndValid() throws Exception {
        byte[] table = "2025  2024  2023\n  2    2    2\n 12%  11%  10%\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.newsfacts.pipeline.ArticleResult result = org.newsfacts.Fixtures.processor().process(
                new org.newsfacts.ingest.SourceFile(java.nio.file.Path.of("table.txt"), "table.txt", table.length),
                org.newsfacts.pipeline.ArticleProcessor.sha256(table), table);
        JsonNode record = org.newsfacts.records.OutputJson.mapper().valueToTree(result.document());
        assertThat(record.get("lang").asText()).isEqualTo("und");
        assertThat(schema("documents").validate(record)).isEmpty();
    }

    /** Fields beyond the contract are allowed, but every one the project writes must be described. */
    @ParameterizedTest
    @MethodSource("jsonlFiles")
    void everyFieldTheRunWritesIsDescribed(String name) {
        JsonSchema strict = strict(name);
        for (JsonNode line : run.lines(name + ".jsonl")) {
            assertThat(strict.validate(line)).as(name + ".jsonl").isEmpty();
        }
    }

    @Test
    void everyFieldOfConflictsIsDescribed() {
        assertThat(strict("conflicts").validate(run.json(ConflictsWriter.FILE))).isEmpty();
    }

    @Test
    void addedFieldsAreAllowed() {
        JsonNode claim = run.lines("claims.jsonl").get(0);
        assertThat(schema("claims").validate(with(claim, c -> c.put("confidence", 0.9)))).isEmpty();
    }

    static Stream<Arguments> brokenRecords() {
        return Stream.of(
                broken("documents", "no sha256", d -> d.remove("sha256")),
                broken("documents", "status not in the enum", d -> d.put("status", "done")),
                broken("documents", "lang not in the enum", d -> d.put("lang", "fr")),
                broken("documents", "paragraph without lang", d -> ((ObjectNode) d.get("paragraphs").get(0))
                        .remove("lang")),
                broken("documents", "published not a date", d -> d.put("published", "2025-13-45")),
                broken("figures", "no unit", d -> d.remove("unit")),
                broken("figures", "qualifier not in the enum", d -> d.put("qualifier", "about")),
                broken("figures", "unit not in the vocabulary", d -> d.put("unit", "dollars")),
                broken("figures", "negative start", d -> d.put("start", -1)),
                broken("figures", "value as a string", d -> d.put("value", "9")),
                broken("mentions", "no id", d -> d.remove("id")),
                broken("mentions", "type not in the enum", d -> d.put("type", "place")),
                broken("quotes", "no speaker_title", d -> d.remove("speaker_title")),
                broken("quotes", "kind not in the enum", d -> d.put("kind", "paraphrase")),
                broken("claims", "no said_by", d -> d.remove("said_by")),
                broken("claims", "qualifier not in the enum", d -> d.put("qualifier", "near")),
                broken("claims", "claim_id not 16 hex digits", d -> d.put("claim_id", "claim-1")),
                broken("claims", "end not an integer", d -> d.put("end", 1.5)));
    }

    private static Arguments broken(String name, String what, Consumer<ObjectNode> breakIt) {
        return Arguments.of(name, what, breakIt);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("brokenRecords")
    void eachSchemaRejectsABrokenRecord(String name, String what, Consumer<ObjectNode> breakIt) {
        JsonNode good = run.lines(name + ".jsonl").stream()
                .filter(d -> !d.has("status") || d.get("status").asText().equals("ok")).findFirst().orElseThrow();
        assertThat(schema(name).validate(good)).isEmpty();
        assertThat(schema(name).validate(with(good, breakIt))).as(what).isNotEmpty();
    }

    @Test
    void conflictsSchemaRejectsBrokenGroups() {
        JsonNode good = run.json(ConflictsWriter.FILE);
        JsonSchema schema = schema("conflicts");
        assertThat(schema.validate(with(good, f -> f.remove("agreements")))).as("no agreements").isNotEmpty();
        assertThat(schema.validate(with(good, f -> ((ObjectNode) f.get("conflicts").get(0)).remove("explanation"))))
                .as("group without explanation").isNotEmpty();
        assertThat(schema.validate(with(good, f -> ((ObjectNode) f.get("conflicts").get(0).get("values").get(0))
                .put("qualifier", "about")))).as("value with a qualifier not in the enum").isNotEmpty();
        assertThat(schema.validate(with(good, f -> ((ObjectNode) f.get("agreements").get(0))
                .put("kind", "values_disagree")))).as("an agreement of disagreeing values").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"documents", "figures", "mentions", "quotes", "claims", "conflicts"})
    void eachSchemaIsADraft202012SchemaWithEveryPropertyDescribed(String name) {
        JsonNode schemaNode = schemaNode(name);
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schemaNode)).isEmpty();
        assertThat(schemaNode.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schemaNode, schemaNode, name, undescribed);
        assertThat(undescribed).isEmpty();
    }

    @Test
    void thereIsASchemaForEveryFileOfTheContract() {
        assertThat(CONTRACT_FILES).allSatisfy(file -> assertThat(
                schemaNode(file.substring(0, file.indexOf('.'))).get("title").asText()).contains(file));
    }

    /** Properties whose schema has no description, neither its own nor that of the definition it refers to. */
    private static void collectUndescribed(JsonNode root, JsonNode node, String path, List<String> undescribed) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (!describes(root, property.getValue())) {
                        undescribed.add(path + "." + property.getKey());
                    }
                }
            }
            node.fields().forEachRemaining(e -> {
                if (!CONDITIONAL.contains(e.getKey())) {
                    collectUndescribed(root, e.getValue(), path + "/" + e.getKey(), undescribed);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectUndescribed(root, child, path + "[]", undescribed));
        }
    }

    private static boolean describes(JsonNode root, JsonNode property) {
        if (property.hasNonNull("description")) {
            return true;
        }
        JsonNode ref = property.get("$ref");
        return ref != null && describes(root, root.at(ref.asText().substring(1)));
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static JsonNode schemaNode(String name) {
        try (InputStream in = OutputSchemasTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            assertThat(in).as("schemas/" + name + ".schema.json on the class path").isNotNull();
            return RealRun.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String name) {
        return FACTORY.getSchema(SchemaLocation.of("classpath:schemas/" + name + ".schema.json"), CONFIG);
    }

    /** The schema with additionalProperties false wherever it lists properties: no undescribed field passes. */
    private static JsonSchema strict(String name) {
        JsonNode node = schemaNode(name).deepCopy();
        closeObjects(node);
        return FACTORY.getSchema(node, CONFIG);
    }

    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.forEach(OutputSchemasTest::closeObjects);
        } else if (node.isArray()) {
            node.forEach(OutputSchemasTest::closeObjects);
        }
    }

    private static JsonNode with(JsonNode record, Consumer<ObjectNode> change) {
        ObjectNode copy = record.deepCopy();
        change.accept(copy);
        return copy;
    }

    private static Claim claim(JsonNode c) {
        return new Claim(c.get("claim_id").asText(), c.get("doc").asText(), c.get("subject").asText(),
                c.get("metric").asText(), c.get("value").decimalValue(), c.get("unit").asText(), text(c, "qualifier"),
                text(c, "period"), text(c, "scope"), text(c, "said_by"), c.get("start").asInt(), c.get("end").asInt(),
                text(c, "surface"), text(c, "sentence"), text(c, "outlet"), text(c, "published"));
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
