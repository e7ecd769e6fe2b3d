package org.newsfacts.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.newsfacts.claims.Claim;
import org.newsfacts.claims.ClaimIds;
import org.newsfacts.records.ClaimRecord;
import org.newsfacts.records.ConflictsRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a draft is checked against: the claims of an earlier {@code extract} run ({@code claims.jsonl}) and
 * an optional reference table in the layout of {@code gii2025-clusters.csv}, read as claims too so that one
 * comparison serves both.
 */
public final class KnownClaims {
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
                JsonNode n;
                try {
                    n = json.readTree(line);
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + lineNo + ": not a claim record: not JSON ("
                            + e.getMessage().lines().findFirst().orElse("") + ")", e);
                }
                if (n == null || !n.isObject()) {
                    throw new IOException(file + ":" + lineNo + ": not a claim record: not a JSON object");
                }
                ClaimLine c = new ClaimLine(n, file + ":" + lineNo);
                // Every field extract wrote, through the record it wrote them from: how sure the binding was, the
                // written precision and the time parts included, so a draft meets the run's claims as extract's
                // reconciliation met them (a weakly bound claim contradicts a draft no more than it made a
                // conflict in conflicts.json). A file from before those fields reads as then: sure, precision
                // from the surface, time from the period.
                claims.add(new ClaimRecord(c.string("claim_id"), c.string("doc"), c.string("subject"),
                        c.string("metric"), c.number("value"), c.string("unit"), c.optional("qualifier"),
                        c.optional("period"), c.optional("said_by"), c.integer("start"), c.integer("end"),
                        c.optional("scope"), c.optional("surface"), c.optional("sentence"), c.optional("outlet"),
                        c.optional("published"), c.optional("binding"), c.optionalNumber("confidence"),
                        c.optionalNumber("step"), c.optional("edition"), c.optional("years"), c.optional("cutoff"))
                        .toClaim());
            }
        }
        return claims;
    }

    /**
     * The story each document of a run belongs to, from its conflicts.json ({@code stories}: copies of one
     * article under other names or outlets); a document with no copies is its own story.
     */
    public static java.util.function.Function<String, String> storiesFromRun(Path factsDir) throws IOException {
        Path file = factsDir.resolve(ConflictsRecord.FILE);
        Map<String, String> storyOf = new HashMap<>();
        if (Files.isRegularFile(file)) {
            for (ConflictsRecord.Story story : ConflictsRecord.read(file).stories()) {
                story.docs().forEach(doc -> storyOf.put(doc, story.story()));
            }
        }
        return doc -> storyOf.getOrDefault(doc, doc);
    }

    /** Where a reference cell comes from: the table's file, its line, and the sources its row cites. */
    public record Citation(String file, int line, String sourceUrl) {
    }

    /**
     * A reference table read as claims, each with its citation; {@code edition} is the year of its newest
     * {@code rank_YYYY} column (the edition a claim with no period speaks of), or null.
     */
    public record ReferenceTable(List<Claim> claims, Map<String, Citation> citations, String edition) {
        public static final ReferenceTable NONE = new ReferenceTable(List.of(), Map.of(), null);

        public Citation citation(Claim claim) {
            return citations.get(claim.claimId());
        }
    }

    /** The prefix of a reference cell's {@code doc}, which sets it apart from articles. */
    public static final String REFERENCE_DOC = "reference:";

    public static boolean isReference(Claim claim) {
        return claim.doc().startsWith(REFERENCE_DOC);
    }

    /**
     * The reference table's cells as claims, in the layout of {@code models/reference/columns.tsv}: a column per
     * edition ({@code rank_YYYY}) holds its metric for the newest year (the table's edition) and the metric's
     * earlier form (metric-roles.tsv) for older ones; the other columns hold counts and shares. An empty cell says
     * nothing. A file without the layout's subject column is refused with a one-line reason.
     */
    public static ReferenceTable fromReference(Path csv, Path modelsDir) throws IOException {
        ReferenceColumns layout = ReferenceColumns.load(modelsDir);
        if (!Files.isRegularFile(csv)) {
            throw new IOException("--reference " + csv + ": no such file");
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String header = lines.isEmpty() ? "" : lines.get(0).replace("\uFEFF", "");
        List<String> columns = List.of(header.split(",", -1)).stream().map(String::strip).toList();
        if (!columns.contains(layout.subjectColumn())) {
            throw new IOException("--reference " + csv + ": not a reference table (its first line must name the"
                    + " columns of models/reference/columns.tsv: " + String.join(", ", layout.names()) + "; found "
                    + (header.length() > 60 ? header.substring(0, 60) + "…" : header) + ")");
        }
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Claim> claims = new ArrayList<>();
        Map<String, Citation> citations = new HashMap<>();
        String doc = REFERENCE_DOC + csv.getFileName();
        String edition = columns.stream().map(layout::yearOf).filter(java.util.Objects::nonNull).sorted()
                .reduce((a, b) -> b).orElse(null);
        List<Integer> recordLines = recordLines(String.join("\n", lines));
        try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(csv.toFile())) {
            int row = 0;
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                row++;
                // The line the row starts on, 1-based, as an editor's text editor counts it.
                int line = row < recordLines.size() ? recordLines.get(row) : row + 1;
                // WIPO's tables add a US state to a cluster's name ("San Jose–San Francisco, CA"); claims drop it.
                String cluster = r.getOrDefault(layout.subjectColumn(), "").replaceAll(",\\s*[A-Z]{2}$", "").strip();
                if (cluster.isEmpty()) {
                    continue;
                }
                String sources = layout.sourcesColumn() == null ? null : r.get(layout.sourcesColumn());
                for (ReferenceColumns.Column column : layout.metricColumns()) {
                    if (column.perEdition()) {
                        List<String> editions = r.keySet().stream().filter(k -> column.yearOf(k) != null).sorted().toList();
                        String current = editions.isEmpty() ? null : editions.get(editions.size() - 1);
                        for (String h : editions) {
                            boolean newest = h.equals(current);
                            add(claims, citations, doc, line, cluster, newest ? column.metric() : layout.earlierMetric(column),
                                    column.unit(), r.get(h), newest ? null : column.yearOf(h), cite(csv, line, sources, h, layout));
                        }
                    } else {
                        add(claims, citations, doc, line, cluster, column.metric(), column.unit(), r.get(column.name()),
                                null, cite(csv, line, sources, column.name(), layout));
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("--reference " + csv + ": not a reference table in the gii2025-clusters.csv layout: "
                    + firstLine(e.getMessage()), e);
        }
        return new ReferenceTable(claims, citations, edition);
    }

    /** The 1-based line each CSV record starts on, skipping blank lines; a quoted field may hold line breaks. */
    static List<Integer> recordLines(String text) {
        List<Integer> starts = new ArrayList<>();
        boolean quoted = false;
        boolean atStart = true;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atStart && c != '\n' && c != '\r') {
                starts.add(line);
                atStart = false;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n') {
                line++;
                atStart = !quoted;
            }
        }
        return starts;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * The sources a row gives for one column. {@code source_url} lists them by topic ("rank_2025: url , url;
     * counts: url; pct_pub_share: url"); the first topic that cites the column (columns.tsv topics) wins, else every
     * source of the row.
     */
    static Citation cite(Path csv, int line, String sources, String column, ReferenceColumns layout) {
        if (sources == null || sources.isBlank()) {
            return new Citation(csv.getFileName().toString(), line, null);
        }
        ReferenceColumns.Column held = layout.of(column);
        String best = null;
        for (String part : sources.split(";")) {
            int colon = part.indexOf(':');
            if (colon < 0 || part.substring(0, colon).contains("/")) {
                continue;
            }
            String topic = part.substring(0, colon).strip();
            String urls = part.substring(colon + 1).strip().replaceAll("\\s*,\\s*", " ");
            if (held != null && held.citedBy(topic, column)) {
                best = urls;
                break;
            }
        }
        return new Citation(csv.getFileName().toString(), line, best != null ? best : sources.strip());
    }

    private static void add(List<Claim> out, Map<String, Citation> citations, String doc, int line, String subject,
                            String metric, String unit, String cell, String period, Citation citation) {
        if (cell == null || cell.isBlank()) {
            return;
        }
        String written = cell.strip();
        BigDecimal value;
        try {
            value = new BigDecimal(written);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + line + ": " + metric + " is not a number: " + written, e);
        }
        Claim claim = new Claim(ClaimIds.of(doc, line, line, metric, subject), doc, subject, metric, value, unit, null,
                period, null, null, 0, 0, written, "reference table line " + line, null, null);
        out.add(claim);
        citations.put(claim.claimId(), citation);
    }


    /**
     * One line of claims.jsonl read strictly: a field of the wrong type (a number written as a string, a text
     * as a number) is an error naming the file, the line and the field, never a silent 0 or "12".
     */
    private record ClaimLine(JsonNode node, String where) {
        String string(String field) throws IOException {
            String v = optional(field);
            if (v == null) {
                throw wrong(field, "is missing or null; it must be a string");
            }
            return v;
        }

        String optional(String field) throws IOException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw wrong(field, "must be a string or null, found " + found(v));
            }
            return v.textValue();
        }

        BigDecimal optionalNumber(String field) throws IOException {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : number(field);
        }

        BigDecimal number(String field) throws IOException {
            JsonNode v = node.get(field);
            if (v == null || !v.isNumber()) {
                throw wrong(field, "must be a number, found " + found(v));
            }
            return v.decimalValue();
        }

        int integer(String field) throws IOException {
            JsonNode v = node.get(field);
            if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
                throw wrong(field, "must be a whole number of at least 0, found " + found(v));
            }
            return v.intValue();
        }

        private IOException wrong(String field, String why) {
            return new IOException(where + ": not a claim record: " + field + " " + why);
        }

        private static String found(JsonNode v) {
            if (v == null) {
                return "nothing (the field is missing)";
            }
            String shown = v.toString();
            return (v.isTextual() ? "the string " : v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " ")
                    + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
        }
    }
}
