package org.newsfacts.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions every subcommand shares (README, "Exit codes"): usage errors are one line naming the option
 * or file and the cause, exit 2, before any work; an input with nothing to read exits 3 with a message.
 */
class CliConventionsTest {
    record Outcome(int code, String err) {
        void isOneLineUsageError(String... mentions) {
            assertThat(code).as(err).isEqualTo(NewsfactsCli.EXIT_USAGE);
            assertThat(err.strip().lines()).as(err).hasSize(1);
            assertThat(err).contains(mentions).doesNotContain("Usage:").doesNotContain("Exception");
        }
    }

    private static Outcome run(InputStream stdin, String... args) {
        CommandLine cli = NewsfactsCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        InputStream saved = System.in;
        try {
            if (stdin != null) {
                System.setIn(stdin);
            }
            return new Outcome(cli.execute(args), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    private static Outcome run(String... args) {
        return run(null, args);
    }

    /** What a command line prints to standard output and error for {@code args}, and its exit code. */
    private static String printed(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return code + "\n" + out + "\n" + err;
    }

    @Test
    void theCommandLineOfOneNamedSubcommandPrintsWhatTheFullOneDoes() {
        // main registers only the subcommand it is given; its help and its errors must not notice.
        for (String[] args : new String[][] {{"extract", "--help"}, {"check", "--help"},
                {"evaluate", "--out", "README.md"}, {"extract", "corpus", "--timeout", "0"}}) {
            assertThat(printed(NewsfactsCli.commandLine(args), args)).as(String.join(" ", args))
                    .isEqualTo(printed(NewsfactsCli.commandLine(), args));
        }
    }

    @Test
    void withoutASubcommandNameEveryCommandIsRegistered() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "check"}, {"extrac", "corpus"}}) {
            assertThat(NewsfactsCli.commandLine(args).getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactlyElementsOf(NewsfactsCli.commandLine().getSubcommands().keySet());
        }
        assertThat(NewsfactsCli.commandLine("check", "draft.txt").getSubcommands()).containsOnlyKeys("check");
    }

    @Test
    void extractIntoAFileNamesTheOption() {
        run("extract", "corpus", "--out", "README.md").isOneLineUsageError("--out README.md", "is a file");
    }

    @Test
    void benchOnAMissingFolderNamesIt() {
        run("bench", "nosuchdir").isOneLineUsageError("nosuchdir", "no such folder");
    }

    @Test
    void benchOnAnEmptyFolderExitsThreeSayingSo(@TempDir Path empty) {
        Outcome outcome = run("bench", empty.toString());
        assertThat(outcome.code()).isEqualTo(NewsfactsCli.EXIT_PARTIAL);
        assertThat(outcome.err()).contains("no input files in " + empty);
    }

    @Test
    void benchRefusesZeroCopies() {
        run("bench", "--copies", "0").isOneLineUsageError("--copies 0", "at least 1");
    }

    @Test
    void checkOnAFolderSaysItIsAFolder() {
        run("check", "corpus").isOneLineUsageError("corpus", "is a folder");
    }

    @Test
    void anUnknownOptionIsOneLine() {
        run("evaluate", "--frobnicate").isOneLineUsageError("--frobnicate");
    }

    @Test
    void extractWithNoInputAtAllIsBadUsage() {
        run("extract").isOneLineUsageError("INPUT");
    }

    @Test
    void anInputListThatCannotBeReadIsNamed() {
        run("extract", "--inputs", "no/such/list.txt").isOneLineUsageError("--inputs no/such/list.txt", "no such file");
    }

    @Test
    void inputsComeFromAListOnStandardInputAndNoReportLeavesTheReportOut(@TempDir Path out) throws Exception {
        String list = "# one article\n" + Fixtures.CORPUS.resolve("004_590e8b99fe6055a9.txt") + "\n\n";
        Outcome outcome = run(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)),
                "extract", "--inputs", "-", "-o", out.toString(), "-q", "-t", "1", "--no-report");
        assertThat(outcome.code()).as(outcome.err()).isZero();
        assertThat(Files.readString(out.resolve("documents.jsonl"))).contains("004_590e8b99fe6055a9.txt");
        assertThat(out.resolve("claims.jsonl")).exists();
        assertThat(out.resolve("report.html")).doesNotExist();
        // conflicts.json says where it came from.
        var run = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .readTree(out.resolve("conflicts.json").toFile()).get("run");
        assertThat(run.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(run.get("inputs").get(0).asText()).endsWith("004_590e8b99fe6055a9.txt");
        assertThat(run.get("models_fingerprint").asText())
                .isEqualTo(org.newsfacts.records.Provenance.modelsFingerprint(Fixtures.MODELS));
        assertThat(run.get("run_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void everyCommandsHelpSaysWhatItsExitCodesMean() {
        for (String command : new String[] {"extract", "check", "evaluate", "bench"}) {
            CommandLine cli = NewsfactsCli.commandLine();
            StringWriter out = new StringWriter();
            cli.setOut(new PrintWriter(out));
            assertThat(cli.execute(command, "--help")).isZero();
            assertThat(out.toString()).as(command).contains("Exit status: 0").contains("2 bad usage");
        }
    }

    @Test
    void versionIsThePomsVersion() {
        CommandLine cli = NewsfactsCli.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--version")).isZero();
        assertThat(out.toString().strip()).matches("newsfacts \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
