package org.newsfacts.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.claims.Claim;
import org.newsfacts.output.ClaimsWriter;
import org.newsfacts.records.ConflictsRecord;
import org.newsfacts.records.Provenance;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.reconcile.GoldClaims.HKCNA;
import static org.newsfacts.reconcile.GoldClaims.TAKUNGPAO;

/** claims.jsonl and conflicts.json as the output contract defines them. */
class WritersTest {
    private static final List<String> CONTRACT_CLAIM_FIELDS = List.of("claim_id", "doc", "subject", "metric", "value",
            "unit", "qualifier", "period", "said_by", "start", "end");

    @Test
    void claimsFileHasOneClaimALineWithTheContractFieldsFirst(@TempDir Path dir) throws Exception {
        List<Claim> claims = GoldClaims.of(HKCNA);

        ClaimsWriter.write(dir, claims);

        List<String> lines = Files.readAllLines(dir.resolve(ClaimsWriter.FILE), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(claims.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields.subList(0, CONTRACT_CLAIM_FIELDS.size())).isEqualTo(CONTRACT_CLAIM_FIELDS);
        assertThat(fields).contains("scope", "surface", "sentence");
    }

    @Test
    void largeValuesAreWrittenAsPlainNumbers(@TempDir Path dir) throws Exception {
        ClaimsWriter.write(dir, GoldClaims.of(HKCNA, c -> c.metric().equals("vc_value")));

        String text = Files.readString(dir.resolve(ClaimsWriter.FILE));
        assertThat(text).contains("\"value\":120000000000,").doesNotContain("E+");
    }

    @Test
    void conflictsFileHasTheContractShape(@TempDir Path dir) throws Exception {
        List<Claim> claims = new ArrayList<>(GoldClaims.of(TAKUNGPAO));
        claims.addAll(GoldClaims.of(HKCNA));

        ConflictsWriter.write(dir, Reconciler.load(org.newsfacts.Fixtures.MODELS).reconcile(claims));

        JsonNode root = new ObjectMapper().readTree(dir.resolve(ConflictsWriter.FILE).toFile());
        assertThat(root.has("conflicts")).isTrue();
        assertThat(root.has("agreements")).isTrue();
        JsonNode conflict = root.get("conflicts").get(0);
        List<String> fields = new ArrayList<>();
        conflict.fieldNames().forEachRemaining(fields::add);
        assertThat(fields.subList(0, 6)).containsExactly("subject", "metric", "period", "claims", "values",
                "explanation");
        JsonNode value = conflict.get("values").get(0);
        assertThat(value.get("doc").asText()).isEqualTo(TAKUNGPAO);
        assertThat(value.get("value").isIntegralNumber()).isTrue();
        assertThat(value.has("unit")).isTrue();
        assertThat(value.has("qualifier")).isTrue();
        assertThat(value.has("said_by")).isTrue();
        assertThat(value.get("surface").asText()).isEqualTo("9%");
        assertThat(conflict.get("claims").get(0).asText()).isEqualTo(value.get("claim_id").asText());
        assertThat(conflict.get("share_checks").get(0).get("contradicted")).hasSize(2);
    }

    @Test
    void conflictsFileReadBackThroughItsRecordIsWrittenAgainByteForByte(@TempDir Path dir) throws Exception {
        // What the evaluator, check and the Spark merge read is all the writer wrote: groups with share checks
        // and derived bounds, a note, the stories and the run's provenance survive reading, digits and nulls alike.
        List<Claim> claims = new ArrayList<>(GoldClaims.all());
        claims.add(new Claim("hkd-variant", "held-out/hkd.txt", "Shenzhen–Hong Kong–Guangzhou", "vc_value",
                new BigDecimal("936000000000"), "HKD", "over", null, null, null, 0, 6, "9,360億港元", null, null, null));
        ConflictsWriter.write(dir, Reconciler.load(org.newsfacts.Fixtures.MODELS).reconcile(claims),
                new Provenance("0.1.0", "2026-12-07T06:00:00Z", List.of("corpus"), "ab12"));
        Path written = dir.resolve(ConflictsWriter.FILE);

        ConflictsRecord read = ConflictsRecord.read(written);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        ConflictsWriter.write(again, read);

        assertThat(read.notes()).isNotEmpty();
        assertThat(read.agreements()).anySatisfy(g -> assertThat(g.shareChecks()).isNotEmpty());
        assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(written));
    }

    @Test
    void writingLeavesNoPartialFiles(@TempDir Path dir) throws Exception {
        ClaimsWriter.write(dir, GoldClaims.of(HKCNA));
        ConflictsWriter.write(dir, Reconciler.load(org.newsfacts.Fixtures.MODELS).reconcile(GoldClaims.of(HKCNA)));

        try (var files = Files.list(dir)) {
            Iterator<Path> it = files.iterator();
            List<String> names = new ArrayList<>();
            it.forEachRemaining(p -> names.add(p.getFileName().toString()));
            assertThat(names).containsExactlyInAnyOrder(ClaimsWriter.FILE, ConflictsWriter.FILE);
        }
    }
}
