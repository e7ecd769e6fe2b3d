package org.newsfacts.report;

import org.jsoup.nodes.Element;
import org.newsfacts.claims.Claim;
import org.newsfacts.reconcile.Display;
import org.newsfacts.reconcile.Interval;
import org.newsfacts.reconcile.ReconciledGroup;
import org.newsfacts.reconcile.ShareCheck;
import org.newsfacts.reconcile.StatedValue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small number line under a conflict or doubt: one row per distinct value, each drawn as the range its
 * written precision and qualifier allow (the reconciler's {@link StatedValue#allowed()}), so ranges that can
 * both be true visibly overlap and those that cannot stand apart; what the counts of an article imply (a
 * derived check) is drawn as a marked band across all rows. Drawn by us as inline SVG into the page's DOM:
 * no script, no network, nothing for the Content-Security-Policy to allow.
 */
final class NumberLine {
    private static final int WIDTH = 520;
    private static final int LABEL = 120;
    private static final int ROW = 18;
    private static final int AXIS = 22;
    private static final double MIN_BAR = 4;
    private static final String[] COLOURS = {"#1f6feb", "#d1242f", "#8250df", "#bf8700", "#1a7f37", "#57606a"};

    private NumberLine() {
    }

    /** One drawn row: the value as written and the range it allows. */
    record Row(String label, Interval allowed, int sources) {
    }

    static void append(Element parent, ReconciledGroup group) {
        List<Row> rows = rows(group);
        List<Interval> implied = group.shareChecks().stream().map(ShareCheck::impliedShare).toList();
        if (rows.isEmpty()) {
            return;
        }
        double[] scale = scale(rows, implied);
        int height = AXIS + ROW * rows.size() + 6;
        Element svg = parent.appendElement("svg").addClass("number-line")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + height).attr("width", Integer.toString(WIDTH))
                .attr("height", Integer.toString(height)).attr("role", "img")
                .attr("aria-label", "The range each value allows, on one number line");
        svg.appendElement("title").text("Ranges the values allow: overlapping ranges can both be true");
        for (Interval band : implied) {
            double x1 = x(band.low(), scale, LABEL);
            double x2 = x(band.high(), scale, WIDTH - 8);
            svg.appendElement("rect").addClass("implied").attr("x", fmt(x1)).attr("y", "4")
                    .attr("width", fmt(Math.max(MIN_BAR, x2 - x1))).attr("height", Integer.toString(height - 8))
                    .attr("fill", "#1a7f37").attr("fill-opacity", "0.15").attr("stroke", "#1a7f37")
                    .attr("stroke-dasharray", "3 2")
                    .appendElement("title").text("the counts imply " + Display.range(band, "%"));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int y = 6 + ROW * i;
            String colour = COLOURS[i % COLOURS.length];
            svg.appendElement("text").attr("x", "4").attr("y", Integer.toString(y + 12)).attr("font-size", "12")
                    .attr("fill", colour).text(row.label() + (row.sources() > 1 ? " ×" + row.sources() : ""));
            double x1 = x(row.allowed().low(), scale, LABEL);
            double x2 = x(row.allowed().high(), scale, WIDTH - 8);
            if (x2 - x1 < MIN_BAR) {
                double mid = (x1 + x2) / 2;
                x1 = mid - MIN_BAR / 2;
                x2 = mid + MIN_BAR / 2;
            }
            svg.appendElement("rect").addClass("range").attr("x", fmt(x1)).attr("y", Integer.toString(y + 3))
                    .attr("width", fmt(x2 - x1)).attr("height", "10").attr("rx", "2").attr("fill", colour)
                    .attr("fill-opacity", "0.55").attr("stroke", colour)
                    .appendElement("title").text(row.label() + " allows " + Display.range(row.allowed(), group.unit()));
        }
        int axisY = height - AXIS + 4;
        svg.appendElement("line").attr("x1", Integer.toString(LABEL)).attr("x2", Integer.toString(WIDTH - 8))
                .attr("y1", Integer.toString(axisY)).attr("y2", Integer.toString(axisY)).attr("stroke", "#57606a");
        for (double value : new double[]{scale[0], (scale[0] + scale[1]) / 2, scale[1]}) {
            double x = LABEL + (value - scale[0]) / (scale[1] - scale[0]) * (WIDTH - 8 - LABEL);
            svg.appendElement("line").attr("x1", fmt(x)).attr("x2", fmt(x)).attr("y1", Integer.toString(axisY))
                    .attr("y2", Integer.toString(axisY + 4)).attr("stroke", "#57606a");
            svg.appendElement("text").attr("x", fmt(x)).attr("y", Integer.toString(axisY + 15))
                    .attr("font-size", "10").attr("text-anchor", "middle").attr("fill", "#57606a")
                    .text(Display.withUnit(tick(value), group.unit()));
        }
    }

    /** One row per distinct written value, in the order the group lists them. */
    static List<Row> rows(ReconciledGroup group) {
        Map<String, List<StatedValue>> byValue = new LinkedHashMap<>();
        for (StatedValue v : group.values()) {
            Claim c = v.claim();
            String label = c.surface() != null ? c.surface() : Display.withUnit(c.value().toPlainString(), c.unit());
            byValue.computeIfAbsent(label + "\u0000" + v.allowed(), k -> new ArrayList<>()).add(v);
        }
        List<Row> rows = new ArrayList<>();
        byValue.forEach((k, values) -> rows.add(new Row(k.substring(0, k.indexOf('\u0000')), values.get(0).allowed(),
                values.size())));
        return rows;
    }

    /** The shown span: every bounded end, padded, so an unbounded range runs to the edge. */
    private static double[] scale(List<Row> rows, List<Interval> implied) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Interval> all = new ArrayList<>(implied);
        rows.forEach(r -> all.add(r.allowed()));
        for (Interval i : all) {
            for (BigDecimal b : new BigDecimal[]{i.low(), i.high()}) {
                if (b != null) {
                    lo = Math.min(lo, b.doubleValue());
                    hi = Math.max(hi, b.doubleValue());
                }
            }
        }
        if (lo == Double.POSITIVE_INFINITY) {
            lo = 0;
            hi = 1;
        }
        double pad = hi > lo ? (hi - lo) * 0.12 : Math.max(1, Math.abs(lo) * 0.1);
        return new double[]{lo - pad, hi + pad};
    }

    private static double x(BigDecimal value, double[] scale, double unbounded) {
        if (value == null) {
            return unbounded;
        }
        return LABEL + (value.doubleValue() - scale[0]) / (scale[1] - scale[0]) * (WIDTH - 8 - LABEL);
    }

    private static String tick(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
