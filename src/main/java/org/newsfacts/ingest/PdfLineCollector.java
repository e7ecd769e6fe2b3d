package org.newsfacts.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PDFBox's text stripper with its output caught line by line, together with where each line sits. PDFBox still
 * decides what a line and a word are (in content-stream order, as Tika reads PDF, so the columns of a page come
 * one after another instead of being interleaved); this class only keeps the positions that PDFBox would
 * otherwise throw away once it has written the text.
 */
final class PdfLineCollector extends PDFTextStripper {
    private final List<PrintedLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> glyphs = new ArrayList<>();
    /** Index into {@link #glyphs} where each word after the first begins. */
    private final List<Integer> wordStarts = new ArrayList<>();
    private boolean separatorPending;
    private int chars;
    private final int maxChars;

    private PdfLineCollector(int maxChars) {
        this.maxChars = maxChars;
        setSortByPosition(false);
    }

    /**
     * The printed lines of every page, in the order PDFBox reads them.
     *
     * @throws TooMuchText when the text runs past {@code maxChars}
     */
    static List<PrintedLine> collect(PDDocument document, int maxChars) throws IOException {
        PdfLineCollector collector = new PdfLineCollector(maxChars);
        collector.writeText(document, new StringWriter());
        collector.flush();
        return List.copyOf(collector.lines);
    }

    static final class TooMuchText extends IOException {
        TooMuchText(int limit) {
            super("text is longer than the limit of " + limit + " characters");
        }
    }

    @Override
    protected void writeString(String word, List<TextPosition> positions) throws IOException {
        if (!glyphs.isEmpty()) {
            wordStarts.add(glyphs.size());
        }
        if (separatorPending && !positions.isEmpty() && !glyphs.isEmpty() && !isSpaced(positions.get(0))) {
            text.append(' ');
        }
        separatorPending = false;
        text.append(word);
        glyphs.addAll(positions);
        chars += word.length();
        if (chars > maxChars) {
            throw new TooMuchText(maxChars);
        }
    }

    /**
     * PDFBox puts a word separator wherever glyphs stand apart. Chinese is justified by spreading its characters,
     * so a gap beside a Chinese character narrower than a character is spacing, not a space (a real space in
     * Chinese text is a space glyph, and stays in the word's text).
     */
    @Override
    protected void writeWordSeparator() {
        separatorPending = true;
    }

    /** A space glyph on either side already spaces the words, or the gap is Chinese justification. */
    private boolean isSpaced(TextPosition next) {
        TextPosition previous = glyphs.get(glyphs.size() - 1);
        if (previous.getUnicode().isBlank() || next.getUnicode().isBlank()) {
            return true;
        }
        float gap = next.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
        return gap < next.getFontSizeInPt() && (isBreakableEverywhere(previous.getUnicode())
                || isBreakableEverywhere(next.getUnicode()));
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    @Override
    protected void writeParagraphStart() {
        flush();
    }

    @Override
    protected void writeParagraphEnd() {
        flush();
    }

    @Override
    protected void writePageStart() {
        flush();
    }

    @Override
    protected void writePageEnd() {
        flush();
    }

    @Override
    protected void endArticle() throws IOException {
        flush();
        super.endArticle();
    }

    private void flush() {
        String line = text.toString().strip();
        if (!line.isEmpty() && !glyphs.isEmpty()) {
            lines.add(measure(line));
        }
        text.setLength(0);
        separatorPending = false;
        glyphs.clear();
        wordStarts.clear();
    }

    private PrintedLine measure(String line) {
        TextPosition first = glyphs.get(0);
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        for (TextPosition glyph : glyphs) {
            x0 = Math.min(x0, glyph.getXDirAdj());
            x1 = Math.max(x1, glyph.getXDirAdj() + glyph.getWidthDirAdj());
        }
        float size = commonSize();
        float space = first.getWidthOfSpace();
        if (!(space > 0) || space > size) {
            space = 0.25f * size;   // CID fonts often lack a space glyph; a quarter em is the usual word space
        }
        return new PrintedLine(getCurrentPageNo(), line, x0, x1, baselineOf(), size, firstUnit(), space,
                hangingIndent(line));
    }

    /** The baseline most glyphs sit on: a superscript or a dropped capital does not move the line. */
    private float baselineOf() {
        Map<Float, Integer> counts = new TreeMap<>();
        for (TextPosition glyph : glyphs) {
            counts.merge(Math.round(glyph.getYDirAdj() * 2) / 2f, 1, Integer::sum);
        }
        return mostCommon(counts);
    }

    private float commonSize() {
        Map<Float, Integer> counts = new TreeMap<>();
        for (TextPosition glyph : glyphs) {
            if (!glyph.getUnicode().isBlank()) {
                counts.merge(Math.round(glyph.getFontSizeInPt() * 10) / 10f, 1, Integer::sum);
            }
        }
        return counts.isEmpty() ? glyphs.get(0).getFontSizeInPt() : mostCommon(counts);
    }

    private static float mostCommon(Map<Float, Integer> counts) {
        float best = 0;
        int bestCount = -1;
        for (Map.Entry<Float, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    /**
     * How wide the start of the line is up to its first place where a line may break: a Chinese character
     * breaks anywhere, a Latin word or number only at its end.
     */
    private float firstUnit() {
        TextPosition first = glyphs.get(0);
        if (isBreakableEverywhere(first.getUnicode())) {
            return first.getWidthDirAdj();
        }
        int end = wordStarts.isEmpty() ? glyphs.size() : wordStarts.get(0);
        float right = first.getXDirAdj() + first.getWidthDirAdj();
        for (int i = 1; i < end; i++) {
            TextPosition glyph = glyphs.get(i);
            if (glyph.getUnicode().isBlank() || isBreakableEverywhere(glyph.getUnicode())) {
                break;
            }
            right = glyph.getXDirAdj() + glyph.getWidthDirAdj();
        }
        return right - first.getXDirAdj();
    }

    private static boolean isBreakableEverywhere(String unicode) {
        return !unicode.isEmpty() && PdfLayout.isChinese(unicode.codePointAt(0));
    }

    /** Where the text after a one-glyph list marker and its space begins, or NaN for other lines. */
    private float hangingIndent(String line) {
        if (line.length() < 3 || line.charAt(1) != ' ' || "-–—•·▪●■◆※*".indexOf(line.charAt(0)) < 0) {
            return Float.NaN;
        }
        for (int i = 1; i < glyphs.size(); i++) {
            if (!glyphs.get(i).getUnicode().isBlank()) {
                return glyphs.get(i).getXDirAdj();
            }
        }
        return Float.NaN;
    }
}
