package org.newsfacts.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfacts.cli.NewsfactsCli;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark job against the CLI, on the same input in the same test: the development articles ({@code corpus/},
 * read as {@code extract corpus} reads it, its {@code .newsfactsignore} honoured), the dev2 articles, and two
 * files that fail (an empty one and a broken PDF). The job runs on {@code local[2]} with a task retry allowed,
 * and the first attempt of the task that holds one dev2 article dies half-way, as a lost executor would.
 */
class SparkExtractTest {
    static final Path REPOSITORY = Path.of(System.getProperty("newsfacts.repository", ".."));
    static final Path CORPUS = REPOSITORY.resolve("corpus");
    static final Path DEV2 = CORPUS.resolve("dev2").resolve("articles");
    /** The article whose task dies on its first attempt; not the first file of its partition. */
    static final String CRASHES_ONCE = "20_ipforefront_ma_zhongfa_analysis_2024.txt";
    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    static final List<String> PER_ARTICLE = List.of("documents.jsonl", "figures.jsonl", "mentions.jsonl",
            "quotes.jsonl", "claims.jsonl");

    static Path root;
    static Path cli;
    static Path spark;
    static int cliExit;
    static SparkExtract.Summary summary;
    static final AtomicInteger crashes = new AtomicInteger();
    /** Given by itself to the Parquet run, so it is named by its file name there too. */
    static final String ONE_FILE = "000_f31145e2631746c2.txt";
    static final java.util.Map<String, List<String>> parquetColumns = new java.util.HashMap<>();
    static final java.util.Map<String, List<String>> parquetRows = new java.util.HashMap<>();

    @BeforeAll
    static void runBoth() throws IOException {
        root = Files.createTempDirectory("newsfacts-spark-test");
        Path bad = root.resolve("bad");
        Files.createDirectories(bad);
        Files.createFile(bad.resolve("empty.txt"));
        Files.write(bad.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        List<String> inputs = List.of(CORPUS.toString(), DEV2.toString(), bad.toString());

        cli = root.resolve("cli");
        List<String> args = new ArrayList<>(List.of("extract"));
        args.addAll(inputs);
        args.addAll(List.of("--out", cli.toString(), "--models", REPOSITORY.resolve("models").toString(),
                "--quiet", "--fresh"));
        CommandLine command = NewsfactsCli.commandLine();
        command.setErr(new PrintWriter(new StringWriter()));
        long started = System.nanoTime();
        cliExit = command.execute(args.toArray(String[]::new));
        System.err.printf("cli: %.1f s%n", (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();

        spark = root.resolve("spark");
        PerExecutor.beforeArticle = doc -> {
            org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
            if (doc.equals(CRASHES_ONCE) && task.attemptNumber() == 0) {
                crashes.incrementAndGet();
                throw new Error("executor lost (test)");
            }
        };
        SparkSession session = SparkSession.builder().master("local[2,2]").appName("newsfacts test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "3")
                .config("spark.sql.jsonGenerator.ignoreNullFields", "false").getOrCreate();
        try {
            SparkExtract job = new SparkExtract();
            job.inputs = inputs;
            job.out = spark.toString();
            summary = job.run(session);
            System.err.printf("spark: %.1f s%n", (System.nanoTime() - started) / 1e9);

            SparkExtract parquet = new SparkExtract();
            parquet.inputs = List.of(CORPUS.resolve(ONE_FILE).toString(), bad.toString());
            parquet.out = root.resolve("parquet").toString();
            parquet.format = SparkExtract.Format.PARQUET;
            parquet.run(session);
            for (String file : List.of("documents", "figures", "claims")) {
                var rows = session.read().parquet(root.resolve("parquet").resolve(file + ".parquet").toString());
                parquetColumns.put(file, List.of(rows.columns()));
                parquetRows.put(file, rows.toJSON().collectAsList());
            }
        } finally {
            session.stop();
            PerExecutor.beforeArticle = doc -> {
            };
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void everyPerArticleFileHoldsTheCliRecordsOnceEach() throws IOException {
        for (String file : PER_ARTICLE) {
            List<String> fromCli = Files.readAllLines(cli.resolve(file), StandardCharsets.UTF_8);
            List<String> fromSpark = partLines(spark.resolve(file));
            assertThat(sorted(fromSpark)).as(file).isEqualTo(sorted(fromCli));
        }
        assertThat(partLines(spark.resolve("documents.jsonl"))).hasSize(9 + 40 + 2);
    }

    @Test
    void conflictsAreTheCliConflicts() throws IOException {
        JsonNode fromCli = JSON.readTree(cli.resolve("conflicts.json").toFile());
        JsonNode fromSpark = JSON.readTree(spark.resolve("conflicts.json").toFile());
        assertThat(fromSpark.path("conflicts").size() + fromSpark.path("agreements").size()).isPositive();
        // Both carry the run's provenance first; its date and input paths are the run's own, the rest must match.
        JsonNode cliRun = ((ObjectNode) fromCli).remove("run");
        JsonNode sparkRun = ((ObjectNode) fromSpark).remove("run");
        assertThat(sparkRun.path("version")).isEqualTo(cliRun.path("version"));
        assertThat(sparkRun.path("models_fingerprint")).isEqualTo(cliRun.path("models_fingerprint"));
        assertThat(sparkRun.path("run_date").asText()).isNotBlank();
        assertThat(fromSpark).isEqualTo(fromCli);
        assertThat(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fromSpark))
                .isEqualTo(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fromCli));
    }

    @Test
    void aFileThatFailsIsAnErrorRecordAsInTheCli() throws IOException {
        assertThat(cliExit).isEqualTo(NewsfactsCli.EXIT_PARTIAL);
        assertThat(summary.failed()).hasSize(2).anySatisfy(f -> assertThat(f).startsWith("empty.txt: "))
                .anySatisfy(f -> assertThat(f).startsWith("broken.pdf: "));
        List<JsonNode> errors = new ArrayList<>();
        for (String line : partLines(spark.resolve("documents.jsonl"))) {
            JsonNode doc = JSON.readTree(line);
            if (doc.get("status").asText().equals("error")) {
                errors.add(doc);
            }
        }
        assertThat(errors).extracting(d -> d.get("doc").asText())
                .containsExactlyInAnyOrder("empty.txt", "broken.pdf");
        assertThat(errors).allSatisfy(d -> assertThat(d.get("error").asText()).isNotBlank());
    }

    @Test
    void aTaskThatDiedAndRanAgainLeftNoRecordTwice() throws IOException {
        assertThat(crashes).hasValue(1);
        List<String> docs = new ArrayList<>();
        for (String line : partLines(spark.resolve("documents.jsonl"))) {
            docs.add(JSON.readTree(line).get("doc").asText());
        }
        assertThat(docs).doesNotHaveDuplicates().contains(CRASHES_ONCE);
    }

    @Test
    void parquetHoldsTheSameColumnsAndValuesAsTheJsonLines() throws IOException {
        for (String file : List.of("documents", "figures", "claims")) {
            List<JsonNode> expected = new ArrayList<>();
            for (String line : Files.readAllLines(cli.resolve(file + ".jsonl"), StandardCharsets.UTF_8)) {
                JsonNode record = JSON.readTree(line);
                if (List.of(ONE_FILE, "empty.txt", "broken.pdf").contains(record.get("doc").asText())) {
                    expected.add(record);
                }
            }
            List<String> names = new ArrayList<>();
            expected.get(0).fieldNames().forEachRemaining(names::add);
            // A JSON line leaves out a list that is empty (a document's warnings); Parquet keeps every column.
            List<String> columns = new ArrayList<>(parquetColumns.get(file));
            List<String> omittedWhenEmpty = columns.stream().filter(c -> !names.contains(c)).toList();
            columns.removeAll(omittedWhenEmpty);
            assertThat(columns).as(file).isEqualTo(names);
            assertThat(omittedWhenEmpty).as(file + ": columns JSON lines omit when empty").isSubsetOf("warnings");
            List<String> actual = new ArrayList<>();
            for (String row : parquetRows.get(file)) {
                com.fasterxml.jackson.databind.node.ObjectNode values =
                        (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(row);
                for (String column : omittedWhenEmpty) {
                    if (values.path(column).isNull()) {
                        values.remove(column); // Parquet's null for the list the JSON line left out
                    }
                }
                actual.add(plainValues(values));
            }
            assertThat(sorted(actual)).as(file).isEqualTo(sorted(expected.stream().map(SparkExtractTest::plainValues)
                    .toList())).isNotEmpty();
        }
    }

    /** A record with its numbers written one way (Parquet's doubles read back as 9.0, JSON lines have 9). */
    static String plainValues(JsonNode record) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = (com.fasterxml.jackson.databind.node.ObjectNode) record.deepCopy();
        copy.fields().forEachRemaining(field -> {
            if (field.getValue().isNumber()) {
                field.setValue(JSON.getNodeFactory().textNode(
                        new java.math.BigDecimal(field.getValue().asText()).stripTrailingZeros().toPlainString()));
            }
        });
        return copy.toString();
    }

    /** The lines of every part file Spark committed in a folder (its hidden and _SUCCESS files aside). */
    static List<String> partLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}
