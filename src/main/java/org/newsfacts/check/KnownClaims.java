package org.newsfacts.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimIds;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a draft is checked against: the claims of an earlier {@code extract} run ({@code claims.jsonl}) and
 * an optional reference table in the layout of {@code gii2025-clusters.csv}, read as claims too so that one
 * comparison serves both.
 */
public final class KnownClaims {
    /** Reference columns and the metric each holds; the edition before is {@code rank_2024}-style. */
    private static final Map<String, String> REFERENCE_COLUMNS = Map.of(
            "pct_filings", "pct_filings", "pct_share_pct", "pct_share", "pub_count", "pub_count",
            "pub_share_pct", "pub_share", "vc_deals", "vc_deals", "vc_share_pct", "vc_share");

    private KnownClaims() {
    }

    /** The claims of a run's {@code claims.jsonl}. */
    public static List<Claim> fromRun(Path factsDir) throws IOException {
        Path file = factsDir.resolve("claims.jsonl");
        if (!Files.isRegularFile(file)) {
            throw new IOException("no claims.jsonl in " + factsDir + " (run `newsfacts extract` first, or pass --facts)");
        }
        JsonMapper json = JsonMapper.builder().build();
        List<Claim> claims = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = lines.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode n = json.readTree(line);
                    claims.add(new Claim(n.get("claim_id").asText(), n.get("doc").asText(), n.get("subject").asText(),
                            n.get("metric").asText(), n.get("value").decimalValue(), n.get("unit").asText(),
                            text(n, "qualifier"), text(n, "period"), text(n, "scope"), text(n, "said_by"),
                            n.get("start").asInt(), n.get("end").asInt(), text(n, "surface"), text(n, "sentence"),
                            text(n, "outlet"), text(n, "published")));
                } catch (RuntimeException e) {
                    throw new IOException(file + ":" + lineNo + ": not a claim record: " + e.getMessage(), e);
                }
            }
        }
        return claims;
    }

    /**
     * The reference table's cells as claims: the overall rank of the table's edition (its {@code rank_YYYY}
     * column of the highest year), the earlier edition's rank, counts and shares. An empty cell says nothing.
     */
    public static List<Claim> fromReference(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<Claim> claims = new ArrayList<>();
        String doc = "reference:" + csv.getFileName();
        try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(header).readValues(csv.toFile())) {
            int row = 0;
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                row++;
                String cluster = r.getOrDefault("cluster_en", "").replaceAll(",\\s*[A-Z]{2}$", "").strip();
                if (cluster.isEmpty()) {
                    continue;
                }
                List<String> rankColumns = r.keySet().stream().filter(k -> k.matches("rank_\\d{4}")).sorted().toList();
                String current = rankColumns.isEmpty() ? null : rankColumns.get(rankColumns.size() - 1);
                for (String column : rankColumns) {
                    String period = column.equals(current) ? null : column.substring(5);
                    add(claims, doc, row, cluster, column.equals(current) ? "rank" : "rank_previous", "rank",
                            r.get(column), period);
                }
                for (var entry : REFERENCE_COLUMNS.entrySet()) {
                    String unit = entry.getKey().endsWith("_pct") ? "%" : "count";
                    add(claims, doc, row, cluster, entry.getValue(), unit, r.get(entry.getKey()), null);
                }
            }
        } catch (RuntimeException e) {
            throw new IOException(csv + ": not a reference table in the gii2025-clusters.csv layout: " + e.getMessage(), e);
        }
        return claims;
    }

    private static void add(List<Claim> out, String doc, int row, String subject, String metric, String unit,
                            String cell, String period) {
        if (cell == null || cell.isBlank()) {
            return;
        }
        String written = cell.strip();
        BigDecimal value = new BigDecimal(written);
        out.add(new Claim(ClaimIds.of(doc, row, row, metric, subject), doc, subject, metric, value, unit, null, period,
                null, null, 0, 0, written, "reference table row " + row, null, null));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
