package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.extract.figures.FigureUnits;
import org.newsfacts.text.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds a table that PDF text extraction flattened column by column: a run of lines that are each a
 * subject's name (the rows), then, per column, a header line or two and as many lines that are each one
 * number. Cell (row i, column j) becomes a claim about subject i with the metric the header names. A rank
 * column ("排名" over the numbers 1, 8, 10) may list only some places; its numbers then say which row they
 * belong to, because the rows of a ranking table stand in rank order.
 */
final class FlattenedTable {
    /** A table needs at least this many rows to be told from a list of names in running text. */
    private static final int MIN_ROWS = 3;
    /** A header is short; a longer line ends the table. */
    private static final int MAX_HEADER_CHARS = 24;
    private static final int MAX_HEADER_LINES = 3;

    private FlattenedTable() {
    }

    /** Adds the claims of every flattened table in the article and returns the figures used as cells. */
    static Set<Figure> rebuild(BindContext cx, ClaimLexicon lexicon, List<Claim> out) {
        Set<Figure> used = new HashSet<>();
        List<Span> lines = cx.paragraphs;
        int i = 0;
        while (i < lines.size()) {
            int rowsEnd = i;
            List<SubjectHit> rows = new ArrayList<>();
            while (rowsEnd < lines.size()) {
                SubjectHit row = wholeLineSubject(cx, lines.get(rowsEnd));
                if (row == null) {
                    break;
                }
                rows.add(row);
                rowsEnd++;
            }
            if (rows.size() < MIN_ROWS) {
                i++;
                continue;
            }
            rankColumn(cx, lexicon, lines, i, rows, out);
            columns(cx, lexicon, lines, rowsEnd, rows, out, used);
            i = rowsEnd;
        }
        return used;
    }

    /**
     * Numbers on the lines just above the rows, under a header naming a rank, give places in the ranking: the metric
     * of metric-roles.tsv's rank-column.
     */
    private static void rankColumn(BindContext cx, ClaimLexicon lexicon, List<Span> lines, int firstRow,
                                   List<SubjectHit> rows, List<Claim> out) {
        int j = firstRow - 1;
        List<Span> numbers = new ArrayList<>();
        while (j >= 0 && isNumberLine(cx, lines.get(j))) {
            numbers.add(0, lines.get(j));
            j--;
        }
        String metric = lexicon.roles().rankColumnMetric();
        if (metric == null || numbers.isEmpty() || j < 0 || !namesRank(cx, lexicon, lines.get(j))) {
            return;
        }
        for (int k = 0; k < numbers.size(); k++) {
            Span line = trimmed(cx, numbers.get(k));
            int value = Integer.parseInt(cx.view.substring(line.start(), line.end()).replace(",", ""));
            // All rows listed: the k-th number is the k-th row's; fewer: each number names its row.
            int row = numbers.size() == rows.size() ? k : value - 1;
            if (row >= 0 && row < rows.size()) {
                out.add(ClaimFactory.claim(cx, cell(line, value, FigureUnits.RANK), rows.get(row).id(), metric,
                        PeriodResolver.ofEdition(cx, lexicon, metric), null, Binding.TABLE,
                        Binding.TABLE.base()));
            }
        }
    }

    private static void columns(BindContext cx, ClaimLexicon lexicon, List<Span> lines, int from,
                                List<SubjectHit> rows, List<Claim> out, Set<Figure> used) {
        int j = from;
        while (j < lines.size()) {
            StringBuilder header = new StringBuilder();
            int headerLines = 0;
            while (j < lines.size() && !isNumberLine(cx, lines.get(j)) && headerLines < MAX_HEADER_LINES) {
                Span line = trimmed(cx, lines.get(j));
                if (line.length() > MAX_HEADER_CHARS) {
                    return;
                }
                header.append(cx.view, line.start(), line.end());
                headerLines++;
                j++;
            }
            List<Figure> cells = new ArrayList<>();
            while (j < lines.size() && isNumberLine(cx, lines.get(j)) && cells.size() < rows.size()) {
                Figure figure = onlyFigure(cx, lines.get(j));
                if (figure == null) {
                    return;
                }
                cells.add(figure);
                j++;
            }
            if (headerLines == 0 || cells.size() != rows.size()) {
                return;
            }
            String metric = metricOf(lexicon, header.toString(), cells.get(0).unit());
            for (int k = 0; k < cells.size(); k++) {
                used.add(cells.get(k));
                if (metric != null) {
                    out.add(ClaimFactory.claim(cx, cells.get(k), rows.get(k).id(), metric,
                            PeriodResolver.ofEdition(cx, lexicon, metric), null, Binding.TABLE,
                            Binding.TABLE.base()));
                }
            }
        }
    }

    /** The metric whose longest cue the header contains, among those of the cells' unit. */
    private static String metricOf(ClaimLexicon lexicon, String header, String unit) {
        String lowered = Cue.lower(header);
        String best = null;
        int bestLength = 0;
        for (ClaimLexicon.MetricRule rule : lexicon.metrics()) {
            if (!rule.unit().equals(lexicon.unitGroup(unit)) || rule.cueAfter()) {
                continue;
            }
            for (Cue cue : rule.cues()) {
                if (cue.form().length() > bestLength && cue.indexIn(header, lowered, 0) >= 0) {
                    best = rule.metric();
                    bestLength = cue.form().length();
                }
            }
        }
        return best;
    }

    private static SubjectHit wholeLineSubject(BindContext cx, Span line) {
        Span t = trimmed(cx, line);
        if (t.length() == 0) {
            return null;
        }
        for (SubjectHit s : cx.subjects) {
            if (s.start() >= t.start() && s.end() <= t.end() && !s.anaphor()
                    && (s.kind().equals("cluster") || s.kind().equals("economy"))
                    && (s.end() - s.start()) * 10 >= t.length() * 6) {
                return s;
            }
        }
        return null;
    }

    private static boolean isNumberLine(BindContext cx, Span line) {
        Span t = trimmed(cx, line);
        if (t.length() == 0) {
            return false;
        }
        for (int i = t.start(); i < t.end(); i++) {
            char c = cx.view.charAt(i);
            if (!(Character.isDigit(c) || c == ',' || c == '.' || c == '%')) {
                return false;
            }
        }
        return true;
    }

    /** A line that is all one rank-header word of grammar.tsv ("排名", "Rank") heads a column of places. */
    private static boolean namesRank(BindContext cx, ClaimLexicon lexicon, Span line) {
        String header = Cue.lower(cx.view.substring(line.start(), line.end())).strip();
        return lexicon.grammar("rank-header").stream().anyMatch(c -> c.form().equals(header));
    }

    private static Figure onlyFigure(BindContext cx, Span line) {
        Figure only = null;
        for (Figure f : cx.figures) {
            if (f.start() >= line.start() && f.end() <= line.end()) {
                if (only != null) {
                    return null;
                }
                only = f;
            }
        }
        return only;
    }

    private static Figure cell(Span line, int value, String unit) {
        return new Figure(line.start(), line.end(), String.valueOf(value), BigDecimal.valueOf(value), unit, null);
    }

    private static Span trimmed(BindContext cx, Span line) {
        int s = line.start();
        int e = line.end();
        while (s < e && Character.isWhitespace(cx.view.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(cx.view.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
