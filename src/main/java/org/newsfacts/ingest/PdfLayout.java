package org.newsfacts.ingest;

import org.newsfacts.text.normalize.CaseFilter;
import org.newsfacts.text.normalize.FilterChain;
import org.newsfacts.text.normalize.SpaceFilter;

import org.newsfacts.text.normalize.CharClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the printed lines of a PDF back into paragraphs from where the lines sit on the page, not from what
 * their text looks like.
 *
 * <p>A typesetter ends a line for one of two reasons: the next word did not fit, or the paragraph ended. The
 * first leaves less room at the end of the line than the next line's first word (or, in Chinese, its first
 * character) needs; the second is followed by a first-line indent, extra space, a change of type size or the
 * start of a list item. So a break is removed exactly when the line is full in that sense and the next line
 * goes on in the same paragraph, whichever language or script the line holds: {@code 7.5⏎percent},
 * {@code said Jane⏎Doe} and {@code 張⏎三豐} are rejoined alike, while a short heading stays a line of its own.
 * A paragraph flows on from the foot of one column or page to the head of the next.
 *
 * <p>Running headers, footers and page numbers sit at the top or bottom of a page and repeat from page to page
 * (with the page number changing), so they are dropped before the paragraphs are rebuilt.
 */
public final class PdfLayout {
    /** "3", "- 3 -", "Page 3", "p. 3", "3 / 12", "Page 3 of 12", "第3頁", "A3". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page|p\\.|第)?\\s*[-–—]?\\s*[a-z]?\\d{1,4}\\s*[-–—]?\\s*(頁|页|(/|of)\\s*\\d{1,4})?");
    /** Furniture rows looked for at each edge of a page. */
    private static final int EDGE_ROWS = 2;

    private PdfLayout() {
    }

    /** The article's text: one paragraph a line, a blank line between paragraphs (as plain-text news sets them). */
    public static String text(List<PrintedLine> printed) {
        List<PrintedLine> body = withoutFurniture(printed);
        if (body.isEmpty()) {
            return "";
        }
        Frames frames = Frames.of(body);
        Map<Float, Float> leading = leadings(body, frames);
        StringBuilder out = new StringBuilder();
        out.append(body.get(0).text());
        for (int i = 1; i < body.size(); i++) {
            PrintedLine above = body.get(i - 1);
            PrintedLine below = body.get(i);
            out.append(continues(body, i, frames, leading) ? joiner(above.text(), below.text()) : "\n\n");
            out.append(below.text());
        }
        return out.toString();
    }

    /** Chinese script or full-width punctuation: text that is written without spaces and breaks anywhere. */
    static boolean isChinese(int cp) {
        return CharClass.isHan(cp) || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF;
    }

    // ------------------------------------------------------------------ running headers, footers, page numbers

    /**
     * The lines without the page furniture: a line in one of the top or bottom rows of its page that is a page
     * number, or whose text (digits aside) stands at the edge of another page too.
     */
    static List<PrintedLine> withoutFurniture(List<PrintedLine> lines) {
        Map<Integer, List<PrintedLine>> byPage = new HashMap<>();
        for (PrintedLine line : lines) {
            byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
        }
        Set<PrintedLine> edge = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        for (List<PrintedLine> page : byPage.values()) {
            List<Float> rows = rows(page);
            for (PrintedLine line : page) {
                int row = rowOf(rows, line.baseline());
                if (row < EDGE_ROWS || row >= rows.size() - EDGE_ROWS) {
                    edge.add(line);
                    pagesByKey.computeIfAbsent(furnitureKey(line.text()), k -> new HashSet<>()).add(line.page());
                }
            }
        }
        List<PrintedLine> kept = new ArrayList<>(lines.size());
        for (PrintedLine line : lines) {
            boolean furniture = edge.contains(line) && (PAGE_NUMBER.matcher(line.text().strip()).matches()
                    || pagesByKey.get(furnitureKey(line.text())).size() >= 2);
            if (!furniture) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** The page's rows from the top: baselines less than a point apart share a row (a header set in two runs). */
    private static List<Float> rows(List<PrintedLine> page) {
        float[] baselines = new float[page.size()];
        for (int i = 0; i < baselines.length; i++) {
            baselines[i] = page.get(i).baseline();
        }
        Arrays.sort(baselines);
        List<Float> rows = new ArrayList<>();
        for (float baseline : baselines) {
            if (rows.isEmpty() || baseline - rows.get(rows.size() - 1) >= 1f) {
                rows.add(baseline);
            }
        }
        return rows;
    }

    private static int rowOf(List<Float> rows, float baseline) {
        int row = 0;
        for (int i = 1; i < rows.size() && rows.get(i) <= baseline + 0.01f; i++) {
            row = i;
        }
        return row;
    }

    private static final FilterChain HEADER_KEY = FilterChain.of(SpaceFilter.dropAll(), new CaseFilter());

    /** What stays the same in a running header from page to page: the text without its numbers and spaces. */
    private static String furnitureKey(String text) {
        return HEADER_KEY.apply(text.replaceAll("\\d+", "#"));
    }

    // ------------------------------------------------------------------ columns

    /**
     * The frame each line is set in: the column it stands in, or the whole text width for a line that spans
     * columns (a headline across a page). Columns are found from the page itself: a gutter is an upright strip
     * that no line crosses where text stands on both sides of it.
     */
    record Frame(int page, float left, float right) {
    }

    static final class Frames {
        private final Map<PrintedLine, Frame> frames;

        private Frames(Map<PrintedLine, Frame> frames) {
            this.frames = frames;
        }

        Frame of(PrintedLine line) {
            return frames.get(line);
        }

        static Frames of(List<PrintedLine> lines) {
            Map<Integer, List<PrintedLine>> byPage = new TreeMap<>();
            for (PrintedLine line : lines) {
                byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
            }
            Map<Integer, List<Float>> gutters = new HashMap<>();
            List<Float> seen = List.of();
            for (Map.Entry<Integer, List<PrintedLine>> page : byPage.entrySet()) {
                List<Float> found = gutters(page.getValue());
                gutters.put(page.getKey(), found);
                if (seen.isEmpty()) {
                    seen = found;
                }
            }
            // Columns are measured over all pages set on the same grid: the last page's few lines alone may
            // all be short.
            Map<PrintedLine, String> columnOf = new IdentityHashMap<>();
            Map<String, float[]> extents = new HashMap<>();
            for (Map.Entry<Integer, List<PrintedLine>> page : byPage.entrySet()) {
                List<Float> own = gutters.get(page.getKey());
                // A page with too little text to show its columns (the last one, a column holding one line) is
                // set on the same grid as the other pages, where none of its lines says otherwise.
                List<Float> grid = own.isEmpty() ? seen.stream().filter(x -> page.getValue().stream()
                        .noneMatch(line -> line.x0() < x && line.x1() > x)).toList() : own;
                for (PrintedLine line : page.getValue()) {
                    String column = column(line, grid);
                    columnOf.put(line, column);
                    float[] extent = extents.computeIfAbsent(column, c -> new float[] {line.x0(), line.x1()});
                    extent[0] = Math.min(extent[0], line.x0());
                    extent[1] = Math.max(extent[1], line.x1());
                }
            }
            Map<PrintedLine, Frame> frames = new IdentityHashMap<>();
            columnOf.forEach((line, column) -> {
                float[] extent = extents.get(column);
                frames.put(line, new Frame(line.page(), extent[0], extent[1]));
            });
            return new Frames(frames);
        }

        /**
         * Which column of the grid the line stands in, as a key: a line across a gutter is set over the whole
         * width, and so is every line of a page without columns.
         */
        private static String column(PrintedLine line, List<Float> grid) {
            int column = 0;
            while (column < grid.size() && line.x0() >= grid.get(column)) {
                column++;
            }
            boolean crosses = column < grid.size() && line.x1() > grid.get(column);
            return grid + (crosses ? " whole" : " " + column);
        }

        /** The middle of each gutter of the page, left to right. */
        private static List<Float> gutters(List<PrintedLine> page) {
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            for (PrintedLine line : page) {
                left = Math.min(left, line.x0());
                right = Math.max(right, line.x1());
            }
            List<Float> gutters = new ArrayList<>();
            float start = Float.NaN;
            for (float x = (float) Math.floor(left) + 1; x < right; x += 1f) {
                boolean gutter = isGutter(page, x);
                if (gutter && Float.isNaN(start)) {
                    start = x;
                } else if (!gutter && !Float.isNaN(start)) {
                    gutters.add((start + x - 1) / 2);
                    start = Float.NaN;
                }
            }
            return gutters;
        }

        /**
         * Lines stand on both sides of x over a common stretch of the page (at least two on each side), and no
         * line crosses x within that stretch: lines that do cross it lie above or below the columns (a headline
         * across them).
         */
        private static boolean isGutter(List<PrintedLine> page, float x) {
            float leftTop = Float.MAX_VALUE, leftBottom = -Float.MAX_VALUE;
            float rightTop = Float.MAX_VALUE, rightBottom = -Float.MAX_VALUE;
            for (PrintedLine line : page) {
                if (line.x1() <= x) {
                    leftTop = Math.min(leftTop, line.baseline());
                    leftBottom = Math.max(leftBottom, line.baseline());
                } else if (line.x0() >= x) {
                    rightTop = Math.min(rightTop, line.baseline());
                    rightBottom = Math.max(rightBottom, line.baseline());
                }
            }
            float top = Math.max(leftTop, rightTop) - 0.5f;
            float bottom = Math.min(leftBottom, rightBottom) + 0.5f;
            int left = 0;
            int right = 0;
            for (PrintedLine line : page) {
                if (line.baseline() < top || line.baseline() > bottom) {
                    continue;
                }
                if (line.x1() <= x) {
                    left++;
                } else if (line.x0() >= x) {
                    right++;
                } else {
                    return false;
                }
            }
            return left >= 2 && right >= 2;
        }
    }

    // ------------------------------------------------------------------ line spacing

    /** The usual distance between baselines for each type size: the spacing inside a paragraph. */
    static Map<Float, Float> leadings(List<PrintedLine> lines, Frames frames) {
        Map<Float, FloatList> gaps = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            PrintedLine a = lines.get(i - 1);
            PrintedLine b = lines.get(i);
            float gap = b.baseline() - a.baseline();
            if (a.page() == b.page() && frames.of(a).equals(frames.of(b)) && sameSize(a, b)
                    && gap > 0 && gap < 3 * a.size()) {
                gaps.computeIfAbsent(a.size(), s -> new FloatList()).add(gap);
            }
        }
        Map<Float, Float> leading = new HashMap<>();
        gaps.forEach((size, list) -> leading.put(size, list.median()));
        return leading;
    }

    // ------------------------------------------------------------------ the decision

    /** Whether line {@code i} goes on the paragraph of the line before it. */
    static boolean continues(List<PrintedLine> lines, int i, Frames frames, Map<Float, Float> leading) {
        PrintedLine above = lines.get(i - 1);
        PrintedLine below = lines.get(i);
        if (!sameSize(above, below) || !Float.isNaN(below.hangingIndent())) {
            return false;
        }
        Frame frameAbove = frames.of(above);
        Frame frameBelow = frames.of(below);
        float em = above.size();
        if (above.page() == below.page() && frameAbove.equals(frameBelow) && below.baseline() > above.baseline()) {
            float gap = below.baseline() - above.baseline();
            float usual = leading.getOrDefault(above.size(), 1.2f * em);
            if (gap > usual + Math.max(1f, 0.12f * em)) {
                return false;                                // space between paragraphs
            }
            boolean hangs = !Float.isNaN(above.hangingIndent()) && Math.abs(below.x0() - above.hangingIndent()) < 1f;
            // A first-line indent: deeper than the line above, or as deep as a line above that was itself a
            // paragraph's indented first line (two one-line paragraphs).
            boolean indented = below.x0() > frameBelow.left() + 0.5f * em
                    && (below.x0() > above.x0() + 0.5f * em || below.x0() >= above.x0() - 0.5f);
            if (indented && !hangs) {
                return false;
            }
        } else {
            // Another column or page: only the foot of one column flows on to the head of the next.
            if (!isLastInFrame(lines, i - 1, frames) || !isFirstInFrame(lines, i, frames)
                    || below.x0() > frameBelow.left() + 0.5f * em) {
                return false;
            }
        }
        return isFull(above, below, frameAbove);
    }

    /** The line ended because the next line's first word or character did not fit after it. */
    static boolean isFull(PrintedLine above, PrintedLine below, Frame frame) {
        float room = frame.right() - above.x1();
        float needed = below.firstUnit() + (needsSpace(above.text(), below.text()) ? above.spaceWidth() : 0f);
        return room < needed + 0.1f * above.size();
    }

    private static boolean isLastInFrame(List<PrintedLine> lines, int i, Frames frames) {
        PrintedLine line = lines.get(i);
        Frame frame = frames.of(line);
        return lines.stream().noneMatch(o -> o.page() == line.page() && frames.of(o).equals(frame)
                && o.baseline() > line.baseline() + 0.5f);
    }

    private static boolean isFirstInFrame(List<PrintedLine> lines, int i, Frames frames) {
        PrintedLine line = lines.get(i);
        Frame frame = frames.of(line);
        return lines.stream().noneMatch(o -> o.page() == line.page() && frames.of(o).equals(frame)
                && o.baseline() < line.baseline() - 0.5f);
    }

    private static boolean sameSize(PrintedLine a, PrintedLine b) {
        return Math.abs(a.size() - b.size()) <= Math.max(0.5f, 0.06f * a.size());
    }

    // ------------------------------------------------------------------ joining

    /** Chinese joins without a space; so does a word broken after its hyphen or dash (Tokyo–⏎Yokohama). */
    static String joiner(String above, String below) {
        return needsSpace(above, below) ? " " : "";
    }

    private static boolean needsSpace(String above, String below) {
        int last = above.codePointBefore(above.length());
        int first = below.codePointAt(0);
        if (isChinese(last) || isChinese(first)) {
            return false;
        }
        boolean dashAfterWord = "-–—/".indexOf(last) >= 0 && above.length() >= 2
                && !Character.isWhitespace(above.charAt(above.length() - 2));
        return !dashAfterWord;
    }

    /** A growable list of floats with a median. */
    private static final class FloatList {
        private float[] values = new float[16];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = (float) value;
        }

        void addAll(FloatList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        float[] toArray() {
            return Arrays.copyOf(values, size);
        }

        float median() {
            float[] sorted = toArray();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }
}
