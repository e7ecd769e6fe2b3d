package org.newsfacts.evaluate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The report as a person reads it: one table per scope, then what was missed and what was wrong. */
public final class ReportPrinter {

    private static final String ROW = "%-10s %6s %6s %6s %5s %5s %5s  %s%n";

    private final int show;

    /** @param show how many misses and false hits to list per category */
    public ReportPrinter(int show) {
        this.show = Math.max(0, show);
    }

    public void print(Report report, PrintWriter out) {
        out.printf("Evaluation of %s against %s: %d gold articles, %d in output%n", report.output(), report.gold(),
                report.goldArticles(), report.articlesInOutput());
        printScope(report.primary(), out);
        for (ScopeReport copy : report.copies()) {
            printScope(copy, out);
        }
        if (!report.warnings().isEmpty()) {
            out.println();
            out.println("Warnings:");
            report.warnings().forEach(warning -> out.println("  " + warning));
        }
        if (!report.floors().isEmpty()) {
            out.println();
            out.println("Floors:");
            report.floors().forEach(floor -> out.println("  " + floor.message()));
        }
        out.flush();
    }

    private void printScope(ScopeReport scope, PrintWriter out) {
        out.println();
        out.printf("== %s (%d %s)%n", scope.name(), scope.documents().size(),
                scope.documents().size() == 1 ? "document" : "documents");
        out.printf(ROW, "category", "P", "R", "F1", "TP", "FP", "FN", "more");
        for (CategoryResult category : scope.categories()) {
            if (!category.scored()) {
                out.printf("%-10s %s: %s%n", category.category(),
                        category.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), category.detail());
                continue;
            }
            out.printf(ROW, category.category(), number(category.precision()), number(category.recall()),
                    number(category.f1()), category.truePositives(), category.falsePositives(),
                    category.falseNegatives(), more(category));
        }
        for (CategoryResult category : scope.categories()) {
            listing(category.category() + " missed", category.misses().stream()
                    .map(m -> line(m.doc(), m.surface(), m.context(), m.expected(), m.reason())).toList(), out);
            listing(category.category() + " false hits", category.falseHits().stream()
                    .map(h -> line(h.doc(), h.surface(), h.snippet(), join(h.value(), h.unit()), h.note())).toList(), out);
        }
    }

    private void listing(String title, List<String> lines, PrintWriter out) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.printf("%s: %d%s%n", title, lines.size(), lines.size() > show ? " (first " + show + " shown)" : "");
        lines.stream().limit(show).forEach(line -> out.println("  " + line));
    }

    private static String more(CategoryResult category) {
        List<String> parts = new ArrayList<>();
        category.accuracies().forEach((name, accuracy) -> parts.add(String.format(Locale.ROOT, "%s %s (%d/%d)", name,
                number(accuracy.value()), accuracy.correct(), accuracy.total())));
        for (Map.Entry<String, Integer> note : category.notes().entrySet()) {
            parts.add(note.getKey() + " " + note.getValue());
        }
        return String.join("; ", parts);
    }

    private static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String join(String value, String unit) {
        String joined = Stream.of(value, unit).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    private static String line(String... parts) {
        return Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("  |  "));
    }
}
