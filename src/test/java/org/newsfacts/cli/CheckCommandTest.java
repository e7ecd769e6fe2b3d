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

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newsfacts check}: an editor's draft against the corpus run and the reference table. */
class CheckCommandTest {
    @TempDir
    static Path facts;
    @TempDir
    static Path drafts;
    private static final Path REFERENCE = Fixtures.required(Fixtures.MODELS.resolve("reference").resolve("gii2025-clusters.csv"));

    @BeforeAll
    static void extractTheCorpus() {
        assertThat(NewsfactsCli.commandLine().execute("extract", Fixtures.CORPUS.toString(), "--out",
                facts.toString(), "--quiet")).isZero();
    }

    record Outcome(int code, String out, String err) {
    }

    private static Outcome check(String draftText, String... extra) throws Exception {
        Path draft = Files.createTempFile(drafts, "draft", ".txt");
        Files.writeString(draft, draftText, StandardCharsets.UTF_8);
        String[] args = new String[4 + extra.length];
        args[0] = "check";
        args[1] = draft.toString();
        args[2] = "--facts";
        args[3] = facts.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        CommandLine cli = NewsfactsCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Outcome(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void aShareThatDisagreesWithTheCorpusConflictsAndExitsOne() throws Exception {
        Outcome outcome = check("「深圳─香港─廣州」集群的PCT國際專利申請量佔全球12%。");
        assertThat(outcome.code()).isEqualTo(NewsfactsCli.EXIT_FINDINGS);
        assertThat(outcome.out()).contains("conflicts 12%").contains("000_f31145e2631746c2.txt: 9 %");
    }

    @Test
    void theReferenceTableAloneIsEnoughToConflict() throws Exception {
        Outcome outcome = check("「東京─橫濱」集群的PCT國際專利申請量佔全球12%。", "--reference", REFERENCE.toString());
        assertThat(outcome.code()).isEqualTo(NewsfactsCli.EXIT_FINDINGS);
        assertThat(outcome.out()).contains("reference:gii2025-clusters.csv: 10.3 %");
    }

    @Test
    void aFigureTheCorpusBacksAgreesAndExitsZero() throws Exception {
        Outcome outcome = check("「深圳─香港─廣州」集群的科學論文發表量佔全球總量的2.4%。", "--reference", REFERENCE.toString());
        assertThat(outcome.code()).isZero();
        assertThat(outcome.out()).contains("agrees").contains("1 agree, 0 conflict");
    }

    @Test
    void aFigureNothingIsKnownAboutIsUnknown() throws Exception {
        Outcome outcome = check("活動期間舉辦兩場座談會，「深圳─香港─廣州」集群的風險資本交易量佔全球2.9%。");
        assertThat(outcome.code()).isZero();
        assertThat(outcome.out()).contains("unknown");
    }

    @Test
    void printsJsonWhenAsked() throws Exception {
        Outcome outcome = check("「深圳─香港─廣州」集群的PCT國際專利申請量佔全球12%。", "--json");
        JsonNode checks = JsonMapper.builder().build().readTree(outcome.out());
        assertThat(checks).isNotEmpty();
        assertThat(checks.get(0).get("verdict").asText()).isEqualTo("CONFLICTS");
        assertThat(checks.get(0).get("others")).isNotEmpty();
    }

    @Test
    void exitsTwoBeforeAnyWorkWhenThereIsNoEarlierRun(@TempDir Path empty) throws Exception {
        CommandLine cli = NewsfactsCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        Path draft = Files.writeString(empty.resolve("d.txt"), "佔全球12%");
        assertThat(cli.execute("check", draft.toString(), "--facts", empty.toString())).isEqualTo(NewsfactsCli.EXIT_USAGE);
        assertThat(err.toString()).contains("no claims.jsonl");
    }
}
