package org.newsfacts.output;

import org.newsfacts.files.AtomicFiles;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.newsfacts.claims.Claim;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.records.ClaimRecord;
import org.newsfacts.records.QuoteRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes {@code claims.csv} and {@code quotes.csv} beside the JSONL files, for researchers whose tools load
 * tables rather than JSON. Each is UTF-8 without a byte order mark, with a header row, RFC 4180 quoting (a
 * field holding a comma, a quotation mark or a line break is quoted, quotation marks doubled) and CRLF between
 * records; null is an empty field.
 *
 * <p>claims.csv is built from {@link ClaimRecord}, the very record of claims.jsonl, so its columns are that
 * file's fields in the same order and its rows the same claims in the same order: the two never drift apart.
 * One column follows them, {@code metric_label}: the metric in English words (models/claims/metric-labels.tsv),
 * for a reader of the table who does not know the ids. It comes last so that no column of claims.jsonl moves.
 */
public final class CsvTables {
    public static final String CLAIMS = "claims.csv";
    public static final String QUOTES = "quotes.csv";
    /** RFC 4180's record separator; a line break inside a quoted field is kept as the article wrote it. */
    static final String RECORD_END = "\r\n";

    // Plain BigDecimals: 120000000000, never 1.2E+11, which spreadsheets would read as a rounded float.
    // Strict quoting quotes only the fields that need it, so a numeric column stays unquoted. (Jackson ignores
    // ALWAYS_QUOTE_EMPTY_STRINGS under strict quoting; the run writes null, never "", so none is needed.)
    private static final CsvMapper CSV = CsvMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(String.class, new FormulaSafe()))
            .build();

    /**
     * Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, or a tab or carriage
     * return before one) get a leading apostrophe, OWASP's advice against CSV injection: an article's sentence or
     * a file name is never executed when a researcher opens the table. Numbers are written as numbers, so a
     * negative value stays -5. JSONL keeps the text as it was.
     */
    static final class FormulaSafe extends com.fasterxml.jackson.databind.ser.std.StdSerializer<String> {
        FormulaSafe() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator gen, com.fasterxml.jackson.databind.SerializerProvider provider)
                throws IOException {
            gen.writeString(neutralised(value));
        }
    }

    static String neutralised(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static final CsvSchema CLAIM_COLUMNS = CSV.schemaFor(ClaimRow.class).withHeader()
            .withLineSeparator(RECORD_END);
    private static final CsvSchema QUOTE_COLUMNS = CSV.schemaFor(QuoteRecord.class).withHeader()
            .withLineSeparator(RECORD_END);

    private CsvTables() {
    }

    /** One row of claims.csv: claims.jsonl's record, then the metric in words. */
    @JsonPropertyOrder({"record", "metric_label"})
    public record ClaimRow(@JsonUnwrapped ClaimRecord record, String metricLabel) {
        public static ClaimRow of(ClaimRecord record, String metricLabel) {
            return new ClaimRow(record, metricLabel);
        }
    }

    /**
     * Writes both tables: {@code claims} are the run's claims as written to claims.jsonl (edition periods
     * applied), the quotes come from {@code results} in their order, as in quotes.jsonl; {@code metricLabel}
     * gives claims.csv's metric_label for a metric id.
     */
    public static void write(Path outDir, List<Claim> claims, List<ArticleResult> results,
                             Function<String, String> metricLabel) throws IOException {
        writeClaims(outDir, claims, metricLabel);
        writeQuotes(outDir, results.stream()
                .flatMap(r -> r.quotes().stream())
                .toList());
    }

    /** Writes {@code outDir/claims.csv}, in claims.jsonl's order. */
    public static void writeClaims(Path outDir, List<Claim> claims, Function<String, String> metricLabel)
            throws IOException {
        List<ClaimRow> rows = claims.stream().sorted(ClaimsWriter.DOCUMENT_ORDER)
                .map(c -> ClaimRow.of(ClaimRecord.of(c), metricLabel.apply(c.metric()))).toList();
        writeTable(outDir.resolve(CLAIMS), CLAIM_COLUMNS, rows);
    }

    /** Writes {@code outDir/quotes.csv}, one row per quote in the order given. */
    public static void writeQuotes(Path outDir, List<QuoteRecord> quotes) throws IOException {
        writeTable(outDir.resolve(QUOTES), QUOTE_COLUMNS, quotes);
    }

    /** claims.csv written a row at a time, in the order given (claims.jsonl's). */
    static Table claimsTable(java.io.OutputStream out) {
        return new Table(out, CLAIM_COLUMNS);
    }

    /** quotes.csv written a row at a time. */
    static Table quotesTable(java.io.OutputStream out) {
        return new Table(out, QUOTE_COLUMNS);
    }

    /** A table written row by row to a stream: the same bytes as writing all rows at once. */
    static final class Table implements java.io.Closeable {
        private final java.io.OutputStream out;
        private final CsvSchema columns;
        private SequenceWriter rows;

        private Table(java.io.OutputStream out, CsvSchema columns) {
            this.out = out;
            this.columns = columns;
        }

        void write(Object row) throws IOException {
            if (rows == null) {
                rows = CSV.writer(columns).writeValues(out);
            }
            rows.write(row);
        }

        @Override
        public void close() throws IOException {
            if (rows == null) {
                writeHeaderOnly(out, columns);
            } else {
                rows.close();
            }
        }
    }

    private static void writeHeaderOnly(java.io.OutputStream out, CsvSchema columns) throws IOException {
        List<String> names = new ArrayList<>();
        columns.forEach(column -> names.add(column.getName()));
        out.write((String.join(",", names) + RECORD_END).getBytes(StandardCharsets.UTF_8));
    }

    private static void writeTable(Path target, CsvSchema columns, List<?> rows) throws IOException {
        AtomicFiles.write(target, out -> {
            if (rows.isEmpty()) {
                // Jackson writes the header with the first row; a run without claims still gets a loadable
                // table, its header alone (column names are plain identifiers, nothing to quote).
                List<String> names = new ArrayList<>();
                columns.forEach(column -> names.add(column.getName()));
                out.write((String.join(",", names) + RECORD_END)
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            try (SequenceWriter table = CSV.writer(columns).writeValues(out)) {
                for (Object row : rows) {
                    table.write(row);
                }
            }
        });
    }
}
