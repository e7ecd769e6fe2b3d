package org.newsfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The main job end to end: {@code newsfacts extract corpus}. */
class ExtractCommandTest {
    private static Path out;
    private static List<JsonNode> documents;

    @BeforeAll
    static void extractTheCorpus() throws Exception {
        // The shared run fails the fixture unless extract exits 0.
        out = Fixtures.corpusRun();
        documents = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
            documents.add(JsonMapper.builder().build().readTree(line));
        }
    }

    record Outcome(int code, String err) {
    }

    static Outcome run(String... args) {
        CommandLine cli = NewsfactsCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        return new Outcome(cli.execute(args), err.toString());
    }

    @Test
    void succeedsOnTheCorpusWritingEveryOutputFile() {
        // Fixtures.corpusRun fails unless extract exits 0.
        for (String file : List.of("documents.jsonl", "figures.jsonl", "mentions.jsonl", "quotes.jsonl",
                "claims.jsonl", "conflicts.json", "claims.csv", "quotes.csv", "report.html")) {
            assertThat(out.resolve(file)).isRegularFile();
        }
    }

    @Test
    void writesOneRecordPerArticleAndNoneForNotesBesideThem() {
        assertThat(documents).extracting(d -> d.get("doc").asText()).containsExactly(
                "000_f31145e2631746c2.txt", "001_393174bd8e1c55be.docx", "001_393174bd8e1c55be.txt",
                "002_7c878330511f077d.html", "002_7c878330511f077d.txt", "003_fc18a87fd1563ce0.pdf",
                "003_fc18a87fd1563ce0.txt", "004_590e8b99fe6055a9.big5.txt", "004_590e8b99fe6055a9.txt");
    }

    @Test
    void everyRecordHasTheContractsFields() {
        for (JsonNode d : documents) {
            assertThat(d.get("status").asText()).isEqualTo("ok");
            assertThat(d.get("error").isNull()).isTrue();
            assertThat(d.get("sha256").asText()).hasSize(64);
            assertThat(d.get("lang").asText()).isIn("zh-Hant", "zh-Hans", "en", "mixed");
            assertThat(d.get("text").asText()).isNotBlank();
        }
    }

    @Test
    void sentenceOffsetsPointIntoTheRecordsText() {
        for (JsonNode d : documents) {
            String text = d.get("text").asText();
            for (JsonNode s : d.get("sentences")) {
                String sentence = text.substring(s.get("start").asInt(), s.get("end").asInt());
                assertThat(sentence).isNotBlank().isEqualTo(sentence.strip());
            }
        }
    }

    @Test
    void exitsThreeAndNamesTheFileWhenSomeFilesFail(@TempDir Path folder, @TempDir Path runOut) throws Exception {
        Files.copy(Fixtures.CORPUS.resolve("002_7c878330511f077d.txt"), folder.resolve("good.txt"));
        Files.createFile(folder.resolve("empty.docx"));
        Outcome outcome = run("extract", folder.toString(), "--out", runOut.toString());
        assertThat(outcome.code).isEqualTo(NewsfactsCli.EXIT_PARTIAL);
        assertThat(outcome.err).contains("empty.docx").contains("1 failed");
        assertThat(Files.readString(runOut.resolve("documents.jsonl"))).contains("\"status\":\"error\"");
    }

    @Test
    void exitsTwoOnAMissingInput() {
        Outcome outcome = run("extract", "no/such/folder");
        assertThat(outcome.code).isEqualTo(NewsfactsCli.EXIT_USAGE);
        assertThat(outcome.err).contains("no such file or folder: no/such/folder");
    }

    @Test
    void exitsTwoOnAnUnknownOptionInOneLine() {
        Outcome outcome = run("extract", "corpus", "--frobnicate");
        assertThat(outcome.code).isEqualTo(NewsfactsCli.EXIT_USAGE);
        assertThat(outcome.err.strip()).contains("--frobnicate").doesNotContain("\n");
    }

    @Test
    void exitsThreeWithAMessageOnAnEmptyFolder(@TempDir Path folder, @TempDir Path runOut) {
        Outcome outcome = run("extract", folder.toString(), "--out", runOut.toString());
        assertThat(outcome.code).isEqualTo(NewsfactsCli.EXIT_PARTIAL);
        assertThat(outcome.err).contains("no input files in");
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--help").code).isZero();
        assertThat(run("--version").code).isZero();
        assertThat(run("extract", "--help").code).isZero();
    }
}
