package org.newsfacts.check;

import org.newsfacts.files.LexiconFile;
import org.newsfacts.claims.ClaimLexicon;
import org.newsfacts.claims.MetricRoles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of a reference table {@code check --reference} reads ({@code models/reference/columns.tsv}): which
 * column holds which metric in which unit, and which topics of a row's {@code source_url} cite it. A table of
 * another index is read by editing that file, not this class.
 */
final class ReferenceColumns {
    private static final String YEAR = "{year}";
    /** What a column holds when it names the row's subject, not a metric. */
    private static final String SUBJECT = "subject";
    /** What a column holds when it lists the row's sources by topic. */
    private static final String SOURCES = "sources";

    /** One column (or, with {year}, one column per edition), its metric and unit, and the topics that cite it. */
    record Column(String name, String metric, String unit, List<String> topics) {
        boolean perEdition() {
            return name.contains(YEAR);
        }

        /** The year of a per-edition column's header ("rank_2024" → "2024"), or null when the header is not one. */
        String yearOf(String header) {
            Matcher m = Pattern.compile(Pattern.quote(name.substring(0, name.indexOf(YEAR))) + "(\\d{4})"
                    + Pattern.quote(name.substring(name.indexOf(YEAR) + YEAR.length()))).matcher(header);
            return m.matches() ? m.group(1) : null;
        }

        /** Whether a topic of source_url cites this column ({@code header}: the column as the table heads it). */
        boolean citedBy(String topic, String header) {
            String year = perEdition() ? yearOf(header) : null;
            for (String t : topics) {
                String wanted = year != null ? t.replace(YEAR, year) : t;
                if (wanted.endsWith("*") ? topic.startsWith(wanted.substring(0, wanted.length() - 1))
                        : topic.equals(wanted)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Column> columns;
    private final MetricRoles roles;

    private ReferenceColumns(List<Column> columns, MetricRoles roles) {
        this.columns = List.copyOf(columns);
        this.roles = roles;
    }

    static ReferenceColumns load(Path modelsDir) {
        Path file = modelsDir.resolve("reference").resolve("columns.tsv");
        List<Column> columns = new ArrayList<>();
        for (String[] row : LexiconFile.rows(file, 4)) {
            List<String> topics = new ArrayList<>();
            for (String topic : row[3].split(";")) {
                if (!topic.isBlank()) {
                    topics.add(topic.strip());
                }
            }
            columns.add(new Column(row[0].strip(), row[1].strip(), row[2].strip(), topics));
        }
        return new ReferenceColumns(columns, MetricRoles.load(modelsDir));
    }

    /** The header names the layout reads, as its file writes them (rank_{year}, cluster_en, ...). */
    List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The column naming the subject each row is about (holds {@code subject}). */
    String subjectColumn() {
        return columns.stream().filter(c -> c.metric().equals(SUBJECT)).map(Column::name).findFirst()
                .orElseThrow(() -> new IllegalStateException("models/reference/columns.tsv names no subject column"));
    }

    /** The column listing each row's sources by topic (holds {@code sources}), or null. */
    String sourcesColumn() {
        return columns.stream().filter(c -> c.metric().equals(SOURCES)).map(Column::name).findFirst().orElse(null);
    }

    /** The columns that hold a metric, in the file's order. */
    List<Column> metricColumns() {
        return columns.stream().filter(c -> !c.metric().equals(SUBJECT) && !c.metric().equals(SOURCES)).toList();
    }

    /** The edition year a header of a per-edition column names ("rank_2025" → "2025"), or null. */
    String yearOf(String header) {
        for (Column c : columns) {
            String year = c.perEdition() ? c.yearOf(header) : null;
            if (year != null) {
                return year;
            }
        }
        return null;
    }

    /** The column a header names, or null for a column the layout does not read (cluster_en, source_url). */
    Column of(String header) {
        for (Column c : columns) {
            if (c.perEdition() ? c.yearOf(header) != null : c.name().equals(header)) {
                return c;
            }
        }
        return null;
    }

    /** The metric an older edition's cell of a per-edition column holds: the metric's earlier form. */
    String earlierMetric(Column column) {
        String earlier = roles.earlierForm(column.metric());
        return earlier != null ? earlier : column.metric();
    }
}
