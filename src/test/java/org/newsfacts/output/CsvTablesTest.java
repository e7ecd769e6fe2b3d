package org.newsfacts.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.claims.Claim;
import org.newsfacts.Fixtures;
import org.newsfacts.claims.MetricLabels;
import org.newsfacts.output.ClaimsWriter;
import org.newsfacts.pipeline.ArticleResult;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * claims.csv and quotes.csv: the same records as claims.jsonl and quotes.jsonl, loadable by spreadsheet and
 * statistics tools. The first tests read a real run's files (written by {@code OutputWriter}); the others
 * write tables of made-up records with the awkward cases a corpus may lack.
 */
class CsvTablesTest {
    private static final List<String> CLAIM_COLUMNS = List.of("claim_id", "doc", "subject", "metric", "value", "unit",
            "qualifier", "period", "said_by", "start", "end", "scope", "surface", "sentence", "outlet", "published",
            "binding", "confidence", "step", "edition", "years", "cutoff");
    /** claims.csv: claims.jsonl's fields, then the metric in words. */
    private static final List<String> CLAIM_CSV_COLUMNS = Stream.concat(CLAIM_COLUMNS.stream(),
            Stream.of("metric_label")).toList();
    private static final MetricLabels LABELS = MetricLabels.load(Fixtures.MODELS);
    private static final List<String> QUOTE_COLUMNS = List.of("doc", "speaker", "speaker_title", "kind", "text",
            "start", "end");
    private static final String PLAIN_DECIMAL = "-?[0-9]+(\\.[0-9]+)?";

    // --- the real run --------------------------------------------------------------------------------------

    @Test
    void claimsCsvHasTheFieldsOfClaimsJsonlInTheirOrderThenTheMetricLabel() {
        RealRun run = RealRun.get();
        List<String> jsonFields = new ArrayList<>();
        run.lines(ClaimsWriter.FILE).get(0).fieldNames().forEachRemaining(jsonFields::add);

        List<String> header = header(table(run, CsvTables.CLAIMS));
        assertThat(header).isEqualTo(CLAIM_CSV_COLUMNS);
        assertThat(header.subList(0, header.size() - 1)).isEqualTo(CLAIM_COLUMNS).isEqualTo(jsonFields);
        assertThat(header(table(run, CsvTables.QUOTES))).isEqualTo(QUOTE_COLUMNS);
    }

    @Test
    void claimsCsvReadsBackAsTheValuesOfClaimsJsonl() {
        RealRun run = RealRun.get();
        List<JsonNode> json = run.lines(ClaimsWriter.FILE);
        List<Map<String, String>> csv = read(table(run, CsvTables.CLAIMS));

        assertThat(json).hasSizeGreaterThan(100);
        assertThat(csv).hasSameSizeAs(json);
        for (int i = 0; i < json.size(); i++) {
            assertSameRecord(csv.get(i), json.get(i), CLAIM_CSV_COLUMNS, "claims row " + (i + 1));
        }
    }

    @Test
    void everyClaimsMetricIsNamedInWords() {
        RealRun run = RealRun.get();
        List<Map<String, String>> csv = read(table(run, CsvTables.CLAIMS));

        assertThat(csv).allSatisfy(row -> assertThat(LABELS.metrics()).as("metric-labels.tsv has a row for %s",
                row.get("metric")).contains(row.get("metric")));
        assertThat(csv).allSatisfy(row -> assertThat(row.get("metric_label"))
                .isEqualTo(CsvTables.neutralised(LABELS.english(row.get("metric")))));
        assertThat(csv).filteredOn(row -> row.get("metric").equals("pct_share")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("metric_label")).isEqualTo("share of the world's PCT applications"));
    }

    @Test
    void quotesCsvReadsBackAsTheValuesOfQuotesJsonl() {
        RealRun run = RealRun.get();
        List<JsonNode> json = run.lines(OutputWriter.QUOTES);
        List<Map<String, String>> csv = read(table(run, CsvTables.QUOTES));

        assertThat(json).isNotEmpty();
        assertThat(csv).hasSameSizeAs(json);
        for (int i = 0; i < json.size(); i++) {
            assertSameRecord(csv.get(i), json.get(i), QUOTE_COLUMNS, "quotes row " + (i + 1));
        }
    }

    @Test
    void aSentenceWithACommaAndQuotationMarksComesBackWhole() throws IOException {
        RealRun run = RealRun.get();
        Map<String, String> row = read(table(run, CsvTables.CLAIMS)).stream()
                .filter(r -> r.get("doc").equals(RealRun.QUOTED_DOC)).findFirst().orElseThrow();

        assertThat(row.get("sentence")).isEqualTo("WIPO said the Shenzhen–Hong Kong–Guangzhou cluster, called "
                + "\"the world's top cluster\" by the report, has a share of patent filings of 9%.");
        assertThat(row.get("value")).isEqualTo("9");
        // RFC 4180: the field is quoted and its quotation marks doubled.
        assertThat(Files.readString(table(run, CsvTables.CLAIMS), StandardCharsets.UTF_8))
                .contains(",\"WIPO said the Shenzhen–Hong Kong–Guangzhou cluster, called \"\"the world's top "
                        + "cluster\"\" by the report, has a share of patent filings of 9%.\",");
        assertThat(read(table(run, CsvTables.QUOTES))).anySatisfy(q ->
                assertThat(q.get("text")).contains(", called \"the world's top cluster\" by the report,"));
    }

    @Test
    void tablesArePlainUtf8WithoutAByteOrderMark() throws IOException {
        RealRun run = RealRun.get();
        for (String name : List.of(CsvTables.CLAIMS, CsvTables.QUOTES)) {
            byte[] bytes = Files.readAllBytes(table(run, name));
            assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as(name).isNotEqualTo("\u00EF\u00BB\u00BF");
            // Decoding fails on a byte sequence that is not UTF-8 instead of replacing it.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(name).endsWith("\r\n");
        }
    }

    @Test
    void everyValueIsAPlainDecimal() {
        RealRun run = RealRun.get();
        assertThat(read(table(run, CsvTables.CLAIMS))).allSatisfy(row ->
                assertThat(row.get("value")).matches(PLAIN_DECIMAL));
    }

    // --- made-up records -----------------------------------------------------------------------------------

    @Test
    void lineBreaksQuotationMarksAndCommasInsideFieldsSurvive(@TempDir Path dir) throws IOException {
        String sentence = "陳家昌說：「第一行，\n第二行」, and \"quoted\", too;\r\nlast line";
        Claim claim = claim("a/b, c.txt", new BigDecimal("12"), sentence, "陳家昌");
        CsvTables.writeClaims(dir, List.of(claim), LABELS::english);
        String quote = "line one,\n\"line two\"";
        CsvTables.writeQuotes(dir, List.of(new org.newsfacts.records.QuoteRecord("a/b, c.txt", "陳家昌", null, "direct", quote, 3,
                22)));

        Map<String, String> row = read(dir.resolve(CsvTables.CLAIMS)).get(0);
        assertThat(row.get("doc")).isEqualTo("a/b, c.txt");
        assertThat(row.get("sentence")).isEqualTo(sentence);
        assertThat(row.get("said_by")).isEqualTo("陳家昌");
        Map<String, String> quoteRow = read(dir.resolve(CsvTables.QUOTES)).get(0);
        assertThat(quoteRow.get("text")).isEqualTo(quote);
        assertThat(quoteRow.get("speaker_title")).isEmpty();
        assertThat(quoteRow.get("start")).isEqualTo("3");
    }

    @Test
    void aCellAFormulaCouldStartWithIsNeutralisedButANegativeValueStaysANumber(@TempDir Path dir) throws IOException {
        String sentence = "=HYPERLINK(\"http://example.invalid\",\"點擊\")";
        CsvTables.writeClaims(dir, List.of(claim("@evil.txt", new BigDecimal("-5"), sentence, "+陳家昌")), LABELS::english);

        Map<String, String> row = read(dir.resolve(CsvTables.CLAIMS)).get(0);
        assertThat(row.get("sentence")).isEqualTo("'" + sentence);
        assertThat(row.get("doc")).isEqualTo("'@evil.txt");
        assertThat(row.get("said_by")).isEqualTo("'+陳家昌");
        assertThat(row.get("value")).isEqualTo("-5");
    }

    @Test
    void valuesAreWrittenWithoutExponentOrTrailingZeros(@TempDir Path dir) throws IOException {
        CsvTables.writeClaims(dir, List.of(
                claim("a.txt", new BigDecimal("1.2E+11"), "s", null),
                claim("b.txt", new BigDecimal("1E-7"), "s", null),
                claim("c.txt", new BigDecimal("9.50"), "s", null)), LABELS::english);

        assertThat(read(dir.resolve(CsvTables.CLAIMS))).extracting(r -> r.get("value"))
                .containsExactly("120000000000", "0.0000001", "9.5");
    }

    @Test
    void nullIsAnEmptyField(@TempDir Path dir) throws IOException {
        CsvTables.writeClaims(dir, List.of(claim("a.txt", BigDecimal.ONE, null, null)), LABELS::english);

        assertThat(Files.readAllLines(dir.resolve(CsvTables.CLAIMS), StandardCharsets.UTF_8).get(1))
                .isEqualTo("0123456789abcdef,a.txt,Shenzhen–Hong Kong–Guangzhou,pct_share,1,%,,,,0,2,,9%,,,,,1,"
                        + ",,,,share of the world's PCT applications");
        Map<String, String> row = read(dir.resolve(CsvTables.CLAIMS)).get(0);
        assertThat(row).containsEntry("qualifier", "").containsEntry("period", "").containsEntry("said_by", "")
                .containsEntry("scope", "").containsEntry("sentence", "").containsEntry("outlet", "")
                .containsEntry("published", "").containsEntry("binding", "");
    }

    @Test
    void rowsFollowClaimsJsonlOrderAndQuotesTheirArticles(@TempDir Path dir) throws IOException {
        List<Claim> claims = List.of(claim("b.txt", BigDecimal.ONE, "s", null), claim("a.txt", BigDecimal.TEN, "s",
                null));
        org.newsfacts.records.QuoteRecord said = new org.newsfacts.records.QuoteRecord("b.txt", "陳家昌", "副部長", "indirect", "全力支持", 5, 9);
        ArticleResult first = ArticleResult.failed("a.txt", null, "cannot read file");
        ArticleResult second = new ArticleResult("b.txt", null, null, null, null, null, null, List.of(), List.of(),
                List.of(said), List.of(), null);

        CsvTables.write(dir, claims, List.of(first, second), LABELS::english);

        assertThat(read(dir.resolve(CsvTables.CLAIMS))).extracting(r -> r.get("doc")).containsExactly("a.txt", "b.txt");
        assertThat(read(dir.resolve(CsvTables.QUOTES))).singleElement().satisfies(q -> {
            assertThat(q).containsEntry("doc", "b.txt").containsEntry("speaker_title", "副部長")
                    .containsEntry("end", "9");
        });
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(CsvTables.CLAIMS, CsvTables.QUOTES);
        }
    }

    @Test
    void aRunWithoutClaimsOrQuotesStillGivesTablesWithAHeader(@TempDir Path dir) throws IOException {
        CsvTables.write(dir, List.of(), List.of(), LABELS::english);

        assertThat(Files.readString(dir.resolve(CsvTables.CLAIMS))).isEqualTo(String.join(",", CLAIM_CSV_COLUMNS) + "\r\n");
        assertThat(Files.readString(dir.resolve(CsvTables.QUOTES))).isEqualTo(String.join(",", QUOTE_COLUMNS) + "\r\n");
        assertThat(read(dir.resolve(CsvTables.CLAIMS))).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** A table of the real run, which exists only once {@code OutputWriter.write} calls {@code CsvTables.write}. */
    private static Path table(RealRun run, String name) {
        Path file = run.out.resolve(name);
        assertThat(file).as("%s in the output of extract: OutputWriter.write must call CsvTables.write", name)
                .exists();
        return file;
    }

    private static Claim claim(String doc, BigDecimal value, String sentence, String saidBy) {
        return new Claim("0123456789abcdef", doc, "Shenzhen–Hong Kong–Guangzhou", "pct_share", value, "%", null,
                null, null, saidBy, 0, 2, "9%", sentence, null, null);
    }

    /** Each CSV row as column name to text, in column order; Jackson's reader, so RFC 4180 rules apply. */
    static List<Map<String, String>> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header line, which ends in CRLF like every record; column names need no quoting. */
    private static List<String> header(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return List.of(text.substring(0, text.indexOf("\r\n")).split(","));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV row holds what the JSON record holds: text as is (formula-safe), numbers by value, null as an empty field. */
    private static void assertSameRecord(Map<String, String> row, JsonNode json, List<String> columns, String where) {
        assertThat(row.keySet()).as(where).containsExactlyElementsOf(columns);
        for (String column : columns) {
            if (!json.has(column)) {
                continue; // a column of the table alone (metric_label), checked on its own
            }
            JsonNode value = json.get(column);
            String cell = row.get(column);
            if (value.isNull()) {
                assertThat(cell).as(where + " " + column).isEmpty();
            } else if (value.isNumber()) {
                assertThat(cell).as(where + " " + column).matches(PLAIN_DECIMAL);
                assertThat(new BigDecimal(cell)).as(where + " " + column).isEqualByComparingTo(value.decimalValue());
            } else {
                // Text a spreadsheet would run as a formula is written with a leading apostrophe.
                assertThat(cell).as(where + " " + column).isEqualTo(CsvTables.neutralised(value.asText()));
            }
        }
    }
}
