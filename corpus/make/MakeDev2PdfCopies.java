import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes two-column PDF copies of dev2 articles ({@code corpus/dev2/pdf/}), laid out the way the PDF copies of
 * the unseen articles were: a small page of two columns, a headline across both, a running header on every
 * page (with the page number in it for English), a page number in the footer (Chinese), and lines broken
 * wherever the column ends, mid-sentence, mid-name and between a number and its unit. Chinese is justified
 * with a two-character first-line indent; English is set ragged right with space between paragraphs, so
 * both ways a typesetter marks a paragraph are exercised.
 *
 * <p>Run from the repository root (Java 11+ single-file launch), after {@code mvn -q -B package -DskipTests}:
 * <pre>
 *   java -cp target/newsfacts.jar corpus/make/MakeDev2PdfCopies.java [font.ttc|font.ttf [fontName]]
 * </pre>
 * Each copy is named after its article ({@code 07_….pdf} is a copy of {@code articles/07_….txt}), so
 * {@code newsfacts evaluate --all-copies} scores it against the article's gold. The articles' non-blank lines
 * are the paragraphs (their blank lines and edge spaces are extraction noise of the source). Output is
 * byte-for-byte reproducible for the same font and library versions.
 */
public class MakeDev2PdfCopies {

    static final Path DEV2 = Path.of("corpus", "dev2");
    static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
    /** Three articles of each script and language: many figures, quotes, names and clusters between them. */
    static final List<String> ARTICLES = List.of(
            "01_guancha_china_21_clusters_2022",
            "07_chinanews_hk_spokesman_2023",
            "31_hk01_hk_15th_paul_chan_2025",
            "08_xinhua_hk_17th_2023",
            "17_xinhua_gscn_china_26_2024",
            "35_nanfang_why_top_2025",
            "04_thedailyupdates_east_asia_hubs_2022",
            "23_thestar_malaysia_33rd_kl_2024",
            "24_fmt_malaysia_33rd_kl_96th_2024");
    /** A generator constant, not an article's date: the copies' file dates must never be read as publication dates. */
    static final OffsetDateTime FILE_DATE = OffsetDateTime.parse("2025-01-01T00:00:00+08:00");

    static final PDRectangle PAGE = new PDRectangle(420f, 400f);
    static final float MARGIN = 32f;
    static final float GUTTER = 14f;
    static final float COLUMN_WIDTH = (PAGE.getWidth() - 2 * MARGIN - GUTTER) / 2;
    static final float HEADER_SIZE = 7.5f;
    /** Room the running header and the footer take from the text area. */
    static final float HEADER_BAND = 18f;
    static final float FOOTER_BAND = 16f;

    /** How a language's body text is set. */
    record Style(float size, float leading, float firstIndent, float spaceBefore, boolean justify, float headline) {}

    static final Style CHINESE = new Style(10.5f, 15f, 21f, 0f, true, 15f);
    static final Style ENGLISH = new Style(9.5f, 12.5f, 0f, 5f, false, 14f);

    record Source(String outlet, String published, String lang, String edition) {}

    public static void main(String[] args) throws IOException {
        Path font = Path.of(args.length > 0 ? args[0] : DEFAULT_FONT);
        String fontName = args.length > 1 ? args[1] : null;
        Map<String, Source> sources = sources();
        Path out = DEV2.resolve("pdf");
        Files.createDirectories(out);
        for (String article : ARTICLES) {
            Source source = sources.get(article + ".txt");
            if (source == null) {
                throw new IllegalStateException("sources.tsv has no row for " + article + ".txt");
            }
            byte[] pdf = render(lines(article), source, font, fontName);
            Path target = out.resolve(article + ".pdf");
            Files.write(target, pdf);
            System.out.printf("wrote %-60s %8d bytes%n", target, pdf.length);
        }
    }

    static List<String> lines(String article) throws IOException {
        Path file = DEV2.resolve("articles").resolve(article + ".txt");
        if (!Files.exists(file)) {
            throw new IllegalStateException("missing article " + file + " (run from the repository root)");
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    static Map<String, Source> sources() throws IOException {
        Map<String, Source> sources = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(DEV2.resolve("sources.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t", -1);
            String outlet = cells[2].replaceFirst("\\s*\\(.*$", "");
            sources.put(cells[0], new Source(outlet, cells[3], cells[4], cells[5]));
        }
        return sources;
    }

    static byte[] render(List<String> lines, Source source, Path fontPath, String fontName) throws IOException {
        boolean english = source.lang().equals("en");
        Style style = english ? ENGLISH : CHINESE;
        TrueTypeFont ttf = loadTrueType(fontPath, fontName);
        requireGlyphs(ttf, String.join("", lines) + header(source) + "—0123456789Page");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            Flow flow = new Flow(doc, font, source, english);
            flow.headline(lines.get(0), style.headline());
            for (String paragraph : lines.subList(1, lines.size())) {
                flow.paragraph(paragraph, style);
            }
            flow.close();
            if (flow.pageNo < 2) {
                throw new IllegalStateException(lines.get(0) + ": fits on one page; running headers need two");
            }
            fixMetadata(doc, lines.get(0), String.join("\n", lines));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } finally {
            ttf.close();
        }
    }

    /** The running header: the outlet and what the page is about, as a paper prints it over every page. */
    static String header(Source source) {
        return source.lang().equals("en")
                ? source.outlet().toUpperCase(java.util.Locale.ROOT) + "  ·  Global Innovation Index " + source.edition()
                : source.outlet() + "　" + source.edition() + (source.lang().equals("zh-Hans") ? "年全球创新指数" : "年全球創新指數");
    }

    /** Sets paragraphs into two columns, page after page, with the page furniture. */
    static final class Flow {
        final PDDocument doc;
        final PDType0Font font;
        final Source source;
        final boolean english;
        PDPageContentStream cs;
        int pageNo;
        int column;
        float columnTop;
        float y;

        Flow(PDDocument doc, PDType0Font font, Source source, boolean english) throws IOException {
            this.doc = doc;
            this.font = font;
            this.source = source;
            this.english = english;
            newPage();
        }

        void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            pageNo++;
            column = 0;
            float top = PAGE.getHeight() - MARGIN;
            // English pages carry the page number in the header, Chinese ones in the footer.
            String header = english ? header(source) + "  |  " + pageNo : header(source);
            text(header, MARGIN, top, HEADER_SIZE);
            rule(MARGIN, top - 4, PAGE.getWidth() - 2 * MARGIN, 0.5f);
            if (!english) {
                String number = "— " + pageNo + " —";
                float width = width(number, HEADER_SIZE);
                text(number, (PAGE.getWidth() - width) / 2, MARGIN - 14, HEADER_SIZE);
            }
            columnTop = top - HEADER_BAND;
            y = columnTop;
        }

        void headline(String headline, float size) throws IOException {
            float width = PAGE.getWidth() - 2 * MARGIN;
            float baseline = columnTop - size;
            for (String line : wrap(headline, size, width, width)) {
                text(line, MARGIN, baseline, size);
                baseline -= size * 1.3f;
            }
            rule(MARGIN, baseline + size * 0.6f, width, 0.75f);
            columnTop = baseline - 2;
            y = columnTop;
        }

        void paragraph(String text, Style style) throws IOException {
            List<String> lines = wrap(text, style.size(), COLUMN_WIDTH - style.firstIndent(), COLUMN_WIDTH);
            if (y < columnTop) {
                y -= style.spaceBefore();       // no gap at the top of a column
            }
            for (int i = 0; i < lines.size(); i++) {
                ensureRoom(style.leading());
                String line = lines.get(i);
                float indent = i == 0 ? style.firstIndent() : 0f;
                boolean last = i == lines.size() - 1;
                y -= style.leading();
                float x = columnX() + indent;
                float baseline = y + (style.leading() - style.size()) / 2;
                if (style.justify() && !last) {
                    justified(line, x, baseline, style.size(), COLUMN_WIDTH - indent);
                } else {
                    text(line, x, baseline, style.size());
                }
            }
        }

        /**
         * A line spread to the column width the way Chinese is justified: the extra space goes between
         * characters and words, never inside a Latin word or number (capped at half a character, as a
         * typesetter would rather leave a loose line short than tear it apart).
         */
        void justified(String line, float x, float baseline, float size, float available) throws IOException {
            List<String> tokens = tokens(line);
            if (tokens.size() < 2) {
                text(line, x, baseline, size);
                return;
            }
            float spacing = Math.min((available - width(line, size)) / (tokens.size() - 1), size * 0.5f);
            float adjust = -Math.max(0f, spacing) * 1000f / size;
            Object[] parts = new Object[tokens.size() * 2 - 1];
            for (int i = 0; i < tokens.size(); i++) {
                parts[2 * i] = tokens.get(i);
                if (i + 1 < tokens.size()) {
                    parts[2 * i + 1] = adjust;
                }
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showTextWithPositioning(parts);
            cs.endText();
        }

        void ensureRoom(float height) throws IOException {
            if (y - height >= MARGIN + FOOTER_BAND - 12) {
                return;
            }
            if (column == 0) {
                column = 1;
                y = columnTop;
            } else {
                newPage();
            }
        }

        float columnX() {
            return MARGIN + column * (COLUMN_WIDTH + GUTTER);
        }

        void rule(float x, float y, float width, float thickness) throws IOException {
            cs.setLineWidth(thickness);
            cs.moveTo(x, y);
            cs.lineTo(x + width, y);
            cs.stroke();
        }

        void text(String text, float x, float y, float size) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(text);
            cs.endText();
        }

        float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000f * size;
        }

        void close() throws IOException {
            cs.close();
        }

        /**
         * Greedy breaking by measured width. Chinese breaks between any two characters, except that closing
         * punctuation never starts a line and opening brackets never end one; a Latin word or number (with
         * its attached punctuation) is never split, so English breaks only at spaces.
         */
        List<String> wrap(String text, float size, float firstWidth, float restWidth) throws IOException {
            List<String> tokens = tokens(text);
            List<String> lines = new ArrayList<>();
            int start = 0;
            while (start < tokens.size()) {
                while (start < tokens.size() && tokens.get(start).equals(" ")) {
                    start++;                      // the space at a break is not printed
                }
                if (start == tokens.size()) {
                    break;
                }
                float limit = lines.isEmpty() ? firstWidth : restWidth;
                int end = start;
                float width = 0f;
                while (end < tokens.size()) {
                    float w = width(tokens.get(end), size);
                    if (width + w > limit && end > start) {
                        break;
                    }
                    width += w;
                    end++;
                }
                while (end < tokens.size() && end - start > 1
                        && (isNoStart(tokens.get(end)) || isNoEnd(tokens.get(end - 1)))) {
                    end--;
                }
                lines.add(String.join("", tokens.subList(start, end)).stripTrailing());
                start = end;
            }
            return lines;
        }
    }

    static final String NO_LINE_START = "，。、；：？！」』）》〉】…％,.;:?!)]%";
    static final String NO_LINE_END = "「『（《〈【([“‘";

    /** Single Chinese characters, single spaces, and runs of anything else (a Latin word with its punctuation). */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int j = i + Character.charCount(cp);
            if (!isChinese(cp) && cp != ' ') {
                while (j < text.length() && !isChinese(text.codePointAt(j)) && text.charAt(j) != ' ') {
                    j += Character.charCount(text.codePointAt(j));
                }
            }
            tokens.add(text.substring(i, j));
            i = j;
        }
        return tokens;
    }

    static boolean isChinese(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF || cp == '…' || cp == '—';
    }

    static boolean isNoStart(String token) {
        return NO_LINE_START.indexOf(token.charAt(0)) >= 0;
    }

    static boolean isNoEnd(String token) {
        return NO_LINE_END.indexOf(token.charAt(token.length() - 1)) >= 0;
    }

    /** One font from a .ttc collection (by PostScript name, else the first) or a plain .ttf. */
    static TrueTypeFont loadTrueType(Path path, String name) throws IOException {
        if (!Files.exists(path)) {
            throw new IllegalStateException("font not found: " + path + " (apt-get install fonts-wqy-zenhei)");
        }
        if (!path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            return new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        }
        // The collection stays open until the PDF is saved: subsetting reads the glyphs at save time.
        TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
        if (name != null) {
            TrueTypeFont font = collection.getFontByName(name);
            if (font == null) {
                throw new IllegalStateException("no font named " + name + " in " + path);
            }
            return font;
        }
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        return first[0];
    }

    /** Fails on any character the font lacks: a missing glyph would silently drop text from the PDF. */
    static void requireGlyphs(TrueTypeFont ttf, String text) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        TreeSet<String> missing = new TreeSet<>();
        text.codePoints().filter(cp -> cp > ' ').forEach(cp -> {
            if (cmap.getGlyphId(cp) == 0) {
                missing.add(Character.toString(cp) + String.format(" U+%04X", cp));
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException("font " + ttf.getName() + " has no glyph for " + missing);
        }
    }

    /** Fixed dates and a content-derived file ID: PDFBox would otherwise stamp the current time into /ID. */
    static void fixMetadata(PDDocument doc, String title, String text) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("newsfacts corpus/make/MakeDev2PdfCopies");
        Calendar date = GregorianCalendar.from(FILE_DATE.toZonedDateTime());
        info.setCreationDate(date);
        info.setModificationDate(date);
        try {
            byte[] id = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
