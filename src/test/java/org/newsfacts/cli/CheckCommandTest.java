package org.newsfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsfacts.Fixtures;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsfacts check}: an editor's drafts (src/test/resources/drafts: Traditional, Simplified and English;
 * text, Word, web page and standard input) against the corpus run and the reference table, figure by figure.
 */
class CheckCommandTest {
    /** The corpus run the drafts are checked against (shared, read only). */
    private static Path facts;
    @TempDir
    static Path drafts;
    private static final Path DRAFTS = Fixtures.required(Path.of("src", "test", "resources", "drafts"));
    private static final Path REFERENCE = Fixtures.required(Fixtures.MODELS.resolve("reference").resolve("gii2025-clusters.csv"));

    @BeforeAll
    static void extractTheCorpus() {
        facts = Fixtures.corpusRun();
    }

    record Outcome(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JsonMapper.builder().build().readTree(out);
        }

        /** Figure as written → verdict, for the figures that name a subject and metric. */
        Map<String, String> verdicts() throws Exception {
            Map<String, String> verdicts = new LinkedHashMap<>();
            for (JsonNode f : json().get("figures")) {
                if (!f.get("subject").isNull()) {
                    verdicts.put(f.get("surface").asText(), f.get("verdict").asText());
                }
            }
            return verdicts;
        }
    }

    /**
     * check as the CLI runs it, with one difference: the draft is read with the tests' shared models instead of
     * models loaded anew for every draft (seconds each). {@link #aDraftOnStandardInputIsCheckedLikeAFile} runs
     * the command exactly as a shell does, loading its own.
     */
    private static final CommandLine.IFactory MODELS_LOADED_ONCE = new CommandLine.IFactory() {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            return type == CheckCommand.class ? type.cast(new CheckCommand(Fixtures.processor()))
                    : CommandLine.defaultFactory().create(type);
        }
    };

    private static Outcome run(InputStream stdin, String... args) {
        return run(NewsfactsCli.commandLine(MODELS_LOADED_ONCE), stdin, args);
    }

    private static Outcome run(CommandLine cli, InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        InputStream saved = System.in;
        try {
            if (stdin != null) {
                System.setIn(stdin);
            }
            return new Outcome(cli.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    private static Outcome check(String draft, String... extra) {
        List<String> args = new ArrayList<>(List.of("check", draft, "--facts", facts.toString()));
        args.addAll(List.of(extra));
        return run(null, args.toArray(String[]::new));
    }

    private static Outcome checkText(String text, String... extra) throws Exception {
        Path draft = Files.writeString(Files.createTempFile(drafts, "draft", ".txt"), text, StandardCharsets.UTF_8);
        return check(draft.toString(), extra);
    }

    private static final Map<String, String> RIGHT_ZH = Map.of("第一", "agrees", "9%", "agrees", "2.4%", "agrees",
            "2.9%", "agrees", "24", "agrees");
    private static final Map<String, String> RIGHT_EN = Map.of("first", "agrees", "9%", "agrees", "2.4%", "agrees",
            "2.9%", "agrees", "24", "agrees");
    private static final Map<String, String> WRONG_ZH = Map.of("第五", "conflicts", "12%", "conflicts");
    private static final Map<String, String> WRONG_EN = Map.of("fifth", "conflicts", "12%", "conflicts");

    /** The table: a right and a wrong draft per script, in every format, against the reference. */
    static Stream<Arguments> draftsAgainstTheReference() {
        return Stream.of(
                Arguments.of("right.zh-Hant.txt", RIGHT_ZH, 0), Arguments.of("right.zh-Hant.docx", RIGHT_ZH, 0),
                Arguments.of("right.zh-Hans.txt", RIGHT_ZH, 0), Arguments.of("right.zh-Hans.html", RIGHT_ZH, 0),
                Arguments.of("right.en.txt", RIGHT_EN, 0), Arguments.of("right.en.html", RIGHT_EN, 0),
                Arguments.of("wrong.zh-Hant.txt", WRONG_ZH, 1), Arguments.of("wrong.zh-Hant.html", WRONG_ZH, 1),
                Arguments.of("wrong.zh-Hans.txt", WRONG_ZH, 1),
                Arguments.of("wrong.en.txt", WRONG_EN, 1), Arguments.of("wrong.en.docx", WRONG_EN, 1),
                Arguments.of("more.zh-Hant.txt", Map.of("第二", "agrees", "10.3%", "agrees", "第三", "conflicts",
                        "4%", "agrees", "5.4%", "agrees", "6.9%", "agrees"), 1),
                Arguments.of("more.en.txt", Map.of("second", "agrees", "4%", "agrees", "6%", "conflicts"), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("draftsAgainstTheReference")
    void eachFigureOfADraftGetsItsVerdict(String draft, Map<String, String> expected, int exit) throws Exception {
        Outcome outcome = check(DRAFTS.resolve(draft).toString(), "--reference", REFERENCE.toString(), "--json");
        assertThat(outcome.verdicts()).as(outcome.err()).isEqualTo(expected);
        assertThat(outcome.code()).isEqualTo(exit);
    }

    @Test
    void aDraftOnStandardInputIsCheckedLikeAFile() throws Exception {
        byte[] text = Files.readAllBytes(DRAFTS.resolve("wrong.zh-Hans.txt"));
        Outcome outcome = run(NewsfactsCli.commandLine(), new ByteArrayInputStream(text), "check", "-", "-f",
                facts.toString(), "-r", REFERENCE.toString(), "-j");
        assertThat(outcome.verdicts()).isEqualTo(WRONG_ZH);
        assertThat(outcome.code()).isEqualTo(NewsfactsCli.EXIT_FINDINGS);
    }

    @Test
    void withoutTheReferenceAFigureTheArticlesDisagreeOnIsDisputedAndExitsZero() throws Exception {
        Outcome outcome = check(DRAFTS.resolve("right.zh-Hans.txt").toString(), "--json");
        assertThat(outcome.verdicts()).containsEntry("9%", "disputed").containsEntry("2.9%", "unknown")
                .containsEntry("24", "agrees");
        assertThat(outcome.code()).isZero();
    }

    @Test
    void strictMakesADisputedFigureExitOne() {
        assertThat(check(DRAFTS.resolve("right.zh-Hans.txt").toString(), "--strict").code())
                .isEqualTo(NewsfactsCli.EXIT_FINDINGS);
    }

    @Test
    void aShareTheCountsRuleOutAndNoArticleStatesConflicts() throws Exception {
        // 10.6%: 000's counts put the cluster at 8.92–8.98%, and no article says 10.6% (9% allows 8.5–9.5%).
        Outcome outcome = checkText("「深圳─香港─廣州」集群的PCT國際專利申請量佔全球10.6%。", "--json");
        assertThat(outcome.verdicts()).containsEntry("10.6%", "conflicts");
        assertThat(outcome.json().get("figures").get(0).get("against").get("shown").get(0).get("kind").asText())
                .isEqualTo("derived");
    }

    @Test
    void theDraftsSentenceComesFirstWithTheFigureMarked() {
        Outcome outcome = check(DRAFTS.resolve("wrong.zh-Hant.txt").toString(), "--reference", REFERENCE.toString());
        assertThat(outcome.out()).contains("draft:  該集群的PCT國際專利申請量佔全球⟦12%⟧。");
        String block = outcome.out().substring(outcome.out().indexOf("conflicts 12%"));
        assertThat(block.indexOf("draft:  該集群")).isLessThan(block.indexOf("says otherwise")).isLessThan(block.indexOf("backs it"));
    }

    @Test
    void theReferenceIsCitedWithItsSourceAndLine() throws Exception {
        Outcome outcome = check(DRAFTS.resolve("wrong.en.txt").toString(), "-r", REFERENCE.toString(), "-j");
        JsonNode share = outcome.json().get("figures").findParents("surface").stream()
                .filter(f -> f.get("surface").asText().equals("12%")).findFirst().orElseThrow();
        JsonNode reference = share.get("against").get("shown").get(0);
        assertThat(reference.get("kind").asText()).isEqualTo("reference");
        assertThat(reference.get("line").asInt()).isEqualTo(2);
        assertThat(reference.get("source_url").asText()).contains("yicaiglobal.com");
    }

    @Test
    void copiesOfOneSentenceAreShownOnceAndTheRestCounted() throws Exception {
        Outcome outcome = check(DRAFTS.resolve("right.en.txt").toString(), "-j");
        JsonNode first = outcome.json().get("figures").get(0);
        assertThat(first.get("surface").asText()).isEqualTo("first");
        JsonNode backing = first.get("backing");
        List<String> sentences = backing.get("shown").findValuesAsText("sentence");
        assertThat(sentences).hasSize(DraftCheckerLimits.SHOWN).doesNotHaveDuplicates();
        assertThat(backing.get("more_sentences").asInt()).isPositive();
        assertThat((long) backing.get("sources").asInt()).isLessThan(countArticleClaims("rank", "Shenzhen–Hong Kong–Guangzhou"));
        assertThat(check(DRAFTS.resolve("right.en.txt").toString()).out()).containsPattern("and \\d+ more in \\d+ articles");
    }

    private static long countArticleClaims(String metric, String subject) throws Exception {
        return Files.readAllLines(facts.resolve("claims.jsonl")).stream()
                .filter(l -> l.contains("\"metric\":\"" + metric + "\"") && l.contains("\"subject\":\"" + subject + "\""))
                .count();
    }

    @Test
    void jsonOutputFollowsItsSchemaAndCarriesProvenance() throws Exception {
        Outcome outcome = check(DRAFTS.resolve("right.zh-Hant.docx").toString(), "-r", REFERENCE.toString(), "-j");
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                SchemaLocation.of("classpath:schemas/check.schema.json"),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        JsonNode json = outcome.json();
        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(json.get("totals").get("agrees").asInt()).isEqualTo(5);
        assertThat(json.get("figures").findParents("period_label").stream().filter(f -> !f.get("subject").isNull())
                .map(f -> f.get("period_label").asText())).containsOnly("GII 2025");
    }

    @Test
    void exitsTwoBeforeAnyWorkWhenThereIsNoEarlierRun(@TempDir Path empty) throws Exception {
        Path draft = Files.writeString(empty.resolve("d.txt"), "佔全球12%");
        Outcome outcome = run(null, "check", draft.toString(), "--facts", empty.toString());
        assertThat(outcome.code()).isEqualTo(NewsfactsCli.EXIT_USAGE);
        assertThat(outcome.err()).contains("no claims.jsonl");
    }

    @Test
    void aFolderAsTheDraftIsBadUsageSaidInOneLine() {
        Outcome outcome = check(DRAFTS.toString());
        assertThat(outcome.code()).isEqualTo(NewsfactsCli.EXIT_USAGE);
        assertThat(outcome.err()).contains("is a folder").doesNotContain("Usage:");
        assertThat(outcome.err().strip().lines()).hasSize(1);
    }

    @Test
    void aReferenceThatIsNoTableIsBadUsageSaidInOneLine() {
        Outcome outcome = check(DRAFTS.resolve("right.en.txt").toString(), "--reference", "README.md");
        assertThat(outcome.code()).isEqualTo(NewsfactsCli.EXIT_USAGE);
        assertThat(outcome.err()).contains("README.md").contains("not a reference table").doesNotContain("jackson");
        assertThat(outcome.err().strip().lines()).hasSize(1);
    }

    /** Keeps the test's expectation tied to the checker's own limit. */
    private static final class DraftCheckerLimits {
        static final int SHOWN = org.newsfacts.check.DraftChecker.SHOWN_PER_SIDE;
    }
}
