package org.newsfacts.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code check} reads an earlier run's claims.jsonl strictly: a hand-edited or foreign file with a field of the
 * wrong type stops with the file, the line and the field, instead of comparing the draft with a silent 0.
 * The claim is 大公報's (000): the cluster's 9% of the world's PCT applications.
 */
class ClaimsJsonlReadingTest {
    private static final String GOOD = "{\"claim_id\":\"c1\",\"doc\":\"000_f31145e2631746c2.txt\","
            + "\"subject\":\"Shenzhen–Hong Kong–Guangzhou\",\"metric\":\"pct_share\",\"value\":9.0,\"unit\":\"%\","
            + "\"qualifier\":null,\"period\":null,\"said_by\":null,\"start\":120,\"end\":122,\"surface\":\"9%\"}";

    @Test
    void aWellTypedLineIsReadAsAClaim(@TempDir Path facts) throws IOException {
        Files.writeString(facts.resolve("claims.jsonl"), GOOD + "\n");

        assertThat(KnownClaims.fromRun(facts)).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualByComparingTo(new BigDecimal("9.0"));
            assertThat(c.start()).isEqualTo(120);
        });
    }

    @Test
    void aNumberWrittenAsAStringIsAnErrorNamingFileLineAndField(@TempDir Path facts) throws IOException {
        Files.writeString(facts.resolve("claims.jsonl"), GOOD + "\n" + GOOD.replace("\"value\":9.0", "\"value\":\"9.0\"") + "\n");

        assertThatThrownBy(() -> KnownClaims.fromRun(facts)).isInstanceOf(IOException.class)
                .hasMessage(facts.resolve("claims.jsonl") + ":2: not a claim record: value must be a number, found"
                        + " the string \"9.0\"");
    }

    @Test
    void anOffsetWrittenAsTextOrATextWrittenAsANumberIsAnError(@TempDir Path facts) throws IOException {
        Files.writeString(facts.resolve("claims.jsonl"), GOOD.replace("\"start\":120", "\"start\":\"120\"") + "\n");
        assertThatThrownBy(() -> KnownClaims.fromRun(facts)).hasMessageContaining(":1: not a claim record: start must be");

        Files.writeString(facts.resolve("claims.jsonl"), GOOD.replace("\"period\":null", "\"period\":2025") + "\n");
        assertThatThrownBy(() -> KnownClaims.fromRun(facts))
                .hasMessageEndingWith(":1: not a claim record: period must be a string or null, found number 2025");
    }

    @Test
    void aLineThatIsNotJsonIsAnErrorNamingItsLine(@TempDir Path facts) throws IOException {
        Files.writeString(facts.resolve("claims.jsonl"), GOOD + "\n\n{\"claim_id\": \n");

        assertThatThrownBy(() -> KnownClaims.fromRun(facts)).hasMessageContaining("claims.jsonl:3: not a claim record: not JSON");
    }

    @Test
    void aRunsClaimKeepsItsBindingsConfidencePrecisionAndTime(@TempDir Path facts) throws IOException {
        // The first claim of extract's own output for corpus 000: 「深圳─香港─廣州」集群排名全球第一, bound within its
        // clause at 0.85, written to the unit, in the 2025 edition. check must see it as extract's reconciler did.
        Path run = Path.of("src", "test", "resources", "expected-output", "corpus", "claims.jsonl");
        String line = Files.readAllLines(run).stream().filter(l -> l.contains("\"claim_id\":\"329ba62519b5641b\""))
                .findFirst().orElseThrow();
        Files.writeString(facts.resolve("claims.jsonl"), line + "\n");

        assertThat(KnownClaims.fromRun(facts)).singleElement().satisfies(c -> {
            assertThat(c.confidence()).isEqualTo(0.85);
            assertThat(c.binding()).isEqualTo("same_clause");
            assertThat(c.step()).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(c.time().edition()).isEqualTo("2025");
        });
    }

    @Test
    void aLineFromBeforeTheBindingFieldsIsTakenAsSure(@TempDir Path facts) throws IOException {
        Files.writeString(facts.resolve("claims.jsonl"), GOOD + "\n");

        assertThat(KnownClaims.fromRun(facts)).singleElement().satisfies(c -> {
            assertThat(c.confidence()).isEqualTo(1.0);
            assertThat(c.step()).isNull();
        });
    }
}
