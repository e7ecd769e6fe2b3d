package org.newsfacts.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.cli.NewsfactsCli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Speed work must not change a single byte of what the run writes: {@code extract corpus} must give exactly
 * the committed outputs under {@code src/test/resources/expected-output/corpus}. A change of output that is
 * meant (a better extractor) updates them with
 * {@code mvn -B -q test -Dtest=OutputIdentityTest -Dnewsfacts.updateExpected=true}, committed with the change
 * that explains it.
 */
class OutputIdentityTest {
    static final Path EXPECTED = Path.of("src", "test", "resources", "expected-output", "corpus");
    /**
     * Every file of the run except report.html, which shows these same records and changes with its layout and
     * style (its own tests check what it shows); a speed change that altered a record shows up here.
     */
    static final List<String> FILES = List.of("documents.jsonl", "figures.jsonl", "mentions.jsonl", "quotes.jsonl",
            "claims.jsonl", "conflicts.json", "claims.csv", "quotes.csv");

    @Test
    void extractOfTheCorpusWritesTheCommittedOutputsByteForByte(@TempDir Path out) throws IOException {
        StringWriter err = new StringWriter();
        var cli = NewsfactsCli.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("extract", Fixtures.required(Fixtures.CORPUS).toString(), "--out", out.toString(),
                "--quiet", "--fresh");
        assertThat(code).as(err.toString()).isZero();

        if (Boolean.getBoolean("newsfacts.updateExpected")) {
            Files.createDirectories(EXPECTED);
            for (String file : FILES) {
                Files.copy(out.resolve(file), EXPECTED.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String file : FILES) {
            Path expected = Fixtures.required(EXPECTED.resolve(file));
            // When and from what the run was made (conflicts.json's run) differs by nature; the rest may not.
            byte[] want = Fixtures.withoutProvenance(Files.readString(expected, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            byte[] got = Fixtures.withoutProvenance(Files.readString(out.resolve(file), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            if (!java.util.Arrays.equals(want, got)) {
                fail(file + " differs from " + expected + ": " + firstDifference(want, got)
                        + " (if the change is intended, update the expectation: see OutputIdentityTest)");
            }
        }
    }

    private static String firstDifference(byte[] want, byte[] got) {
        String[] a = new String(want, StandardCharsets.UTF_8).split("\n", -1);
        String[] b = new String(got, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of file>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + " expected\n  " + clip(x) + "\nbut was\n  " + clip(y);
            }
        }
        return "same lines, different bytes";
    }

    private static String clip(String line) {
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }
}
