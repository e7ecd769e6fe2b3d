package org.newsfacts.ingest;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small typesetter for test pages: sets paragraphs into one column of a given width the way a newspaper does
 * (greedy breaking by measured width: English at spaces, Chinese between any two characters), with a running
 * header and a page number on every page, and hands back the PDF's bytes.
 */
final class TypesetPdf {
    static final String CHINESE_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
    static final float LEFT = 60f;
    static final float TOP = 60f;

    private final PDDocument doc = new PDDocument();
    private final PDFont font;
    private final TrueTypeCollection collection;
    private final boolean chinese;
    private final float width;
    private final float size = 10f;
    private final float leading = 14f;
    private String header;
    private int linesPerPage = 40;
    private PDPageContentStream cs;
    private int pageNo;
    private int linesOnPage;
    private float y;

    private TypesetPdf(boolean chinese, float width) {
        this.chinese = chinese;
        this.width = width;
        try {
            if (chinese) {
                if (!new File(CHINESE_FONT).exists()) {
                    throw new AssertionError("font missing: " + CHINESE_FONT + " (apt-get install fonts-wqy-zenhei)");
                }
                collection = new TrueTypeCollection(new File(CHINESE_FONT));
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> first[0] = first[0] == null ? f : first[0]);
                font = PDType0Font.load(doc, first[0], true);
            } else {
                collection = null;
                font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** English set ragged right in Helvetica, in a column this wide. */
    static TypesetPdf english(float columnWidth) {
        return new TypesetPdf(false, columnWidth);
    }

    /** Chinese in WenQuanYi Zen Hei, in a column this wide. */
    static TypesetPdf chinese(float columnWidth) {
        return new TypesetPdf(true, columnWidth);
    }

    /** How wide this text is in the body type: a column this wide (plus a little) ends a line right after it. */
    float widthOf(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float indent() {
        return chinese ? 2 * size : 0f;
    }

    /** Prints this over every page, and the page number at its foot. */
    TypesetPdf runningHeader(String text) {
        header = text;
        return this;
    }

    TypesetPdf linesPerPage(int lines) {
        linesPerPage = lines;
        return this;
    }

    /**
     * A paragraph: Chinese with a first-line indent of two characters, English with a blank half line before
     * it instead.
     */
    TypesetPdf paragraph(String text) {
        List<String> lines = wrap(text);
        if (pageNo > 0 && linesOnPage > 0 && !chinese) {
            y += leading / 2;
        }
        for (int i = 0; i < lines.size(); i++) {
            show(lines.get(i), i == 0 ? indent() : 0f, size);
        }
        return this;
    }

    /** A heading in larger type, over the column. */
    TypesetPdf heading(String text) {
        show(text, 0f, size * 1.6f);
        return this;
    }

    /** Measures widths only: no page was set. */
    static float measure(boolean chinese, String text) {
        TypesetPdf page = new TypesetPdf(chinese, 0);
        try {
            return page.indent() + page.widthOf(text);
        } finally {
            page.close();
        }
    }

    private void close() {
        try {
            doc.close();
            if (collection != null) {
                collection.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try {
            cs.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            doc.close();
            if (collection != null) {
                collection.close();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(String line, float indent, float type) {
        try {
            if (pageNo == 0 || linesOnPage >= linesPerPage) {
                newPage();
            }
            y += type > size ? type * 1.4f : leading;
            cs.beginText();
            cs.setFont(font, type);
            cs.newLineAtOffset(LEFT + indent, PDRectangle.A4.getHeight() - y);
            cs.showText(line);
            cs.endText();
            linesOnPage++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pageNo++;
        linesOnPage = 0;
        y = TOP;
        if (header != null) {
            cs.beginText();
            cs.setFont(font, 8f);
            cs.newLineAtOffset(LEFT, PDRectangle.A4.getHeight() - TOP + 20);
            cs.showText(header);
            cs.endText();
            cs.beginText();
            cs.setFont(font, 8f);
            cs.newLineAtOffset(LEFT + width / 2, 40);
            cs.showText(String.valueOf(pageNo));
            cs.endText();
        }
    }

    /** Greedy breaking: the line takes words (English) or characters (Chinese) while they fit. */
    private List<String> wrap(String text) {
        List<String> tokens = new ArrayList<>();
        if (chinese) {
            text.codePoints().forEach(cp -> tokens.add(Character.toString(cp)));
        } else {
            for (String word : text.split(" ")) {
                tokens.add(tokens.isEmpty() ? word : " " + word);
            }
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens) {
            float available = width - (lines.isEmpty() ? indent() : 0f);
            if (!line.isEmpty() && widthOf(line + token) > available) {
                lines.add(line.toString());
                line.setLength(0);
                token = token.strip();
            }
            line.append(token);
        }
        lines.add(line.toString());
        return lines;
    }
}
