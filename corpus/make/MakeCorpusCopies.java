import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Entities;

/**
 * Makes the format copies of the seed articles in {@code corpus/}: the forms real readers get
 * (a saved web page, a newspaper PDF page, a Word press release, a legacy-encoded text file).
 *
 * <p>Run from the repository root (Java 11+ single-file launch):
 * <pre>
 *   java -cp target/newsfacts.jar corpus/make/MakeCorpusCopies.java [font.ttc|font.ttf [fontName]]
 * </pre>
 * The seeds are read from {@code corpus/} itself so that the repository alone suffices. The font
 * must be TrueType (PDFBox cannot embed CFF/OTF outlines); the default is Debian's
 * fonts-wqy-zenhei. Output is byte-for-byte reproducible for the same library versions.
 */
public class MakeCorpusCopies {

    static final Path CORPUS = Path.of("corpus");
    static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    static final String HTML_ARTICLE = "002_7c878330511f077d";
    static final String PDF_ARTICLE = "003_fc18a87fd1563ce0";
    static final String DOCX_ARTICLE = "001_393174bd8e1c55be";
    /** 004 is the only seed whose text Big5 encodes losslessly (see README); its Chinese half is Traditional. */
    static final String LEGACY_ARTICLE = "004_590e8b99fe6055a9";
    static final Charset LEGACY_CHARSET = Charset.forName("Big5");

    /**
     * File timestamps. They are fixed so that re-running gives identical bytes. The press release
     * gets the morning of its own release day (matches the article); the PDF article states no date,
     * so its file dates are an arbitrary constant that must not be read as a publication date.
     */
    static final OffsetDateTime DOCX_DATE = OffsetDateTime.parse("2025-09-01T09:00:00+08:00");
    static final OffsetDateTime PDF_DATE = OffsetDateTime.parse("2025-01-01T00:00:00+08:00");
    static final LocalDateTime ZIP_ENTRY_TIME = LocalDateTime.of(2025, 9, 1, 9, 0);

    public static void main(String[] args) throws IOException {
        Path font = Path.of(args.length > 0 ? args[0] : DEFAULT_FONT);
        String fontName = args.length > 1 ? args[1] : null;

        write(HTML_ARTICLE + ".html", HtmlPage.render(seedLines(HTML_ARTICLE)).getBytes(StandardCharsets.UTF_8));
        write(PDF_ARTICLE + ".pdf", NewspaperPdf.render(seedLines(PDF_ARTICLE), font, fontName));
        write(DOCX_ARTICLE + ".docx", PressReleaseDocx.render(seedLines(DOCX_ARTICLE)));
        write(LEGACY_ARTICLE + ".big5.txt", encodeStrictly(seedText(LEGACY_ARTICLE), LEGACY_CHARSET));
    }

    // ---------------------------------------------------------------- shared helpers

    static String seedText(String article) throws IOException {
        Path seed = CORPUS.resolve(article + ".txt");
        if (!Files.exists(seed)) {
            throw new IllegalStateException("missing seed " + seed + " (run from the repository root)");
        }
        return Files.readString(seed, StandardCharsets.UTF_8);
    }

    /** The seed's non-blank lines, trimmed: the seeds' blank lines and edge spaces are extraction noise. */
    static List<String> seedLines(String article) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : seedText(article).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    static void write(String name, byte[] bytes) throws IOException {
        Path out = CORPUS.resolve(name);
        Files.write(out, bytes);
        System.out.printf("wrote %-40s %8d bytes%n", out, bytes.length);
    }

    static int indexOf(List<String> lines, int from, Predicate<String> test) {
        for (int i = from; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("seed layout changed: no line matching the expected marker after line " + from);
    }

    /** Encodes with REPORT so that a character the charset lacks fails the run instead of turning into '?'. */
    static byte[] encodeStrictly(String text, Charset charset) throws CharacterCodingException {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        TreeSet<String> missing = new TreeSet<>();
        text.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            if (!encoder.canEncode(ch)) {
                missing.add(ch + String.format(" U+%04X", cp));
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException(charset + " cannot encode " + missing);
        }
        ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    // ---------------------------------------------------------------- HTML: article 002

    /**
     * A saved news page as a browser stores it: site chrome around one {@code <article>}. The chrome
     * is what a boilerplate remover must drop; the related list sits in an {@code <aside>} outside
     * the article because real pages put teasers of other stories there.
     */
    static final class HtmlPage {

        static String render(List<String> lines) {
            String headline = lines.get(0);
            String author = lines.get(1);
            String shownTime = lines.get(2);          // "2025-09-18 14:01:17", Hong Kong time
            String readCount = lines.get(3);
            int end = indexOf(lines, 4, l -> l.endsWith("(完)"));
            List<String> body = lines.subList(4, end + 1);
            List<String> related = lines.subList(indexOf(lines, end, "热门资讯"::equals) + 1, lines.size());
            if (related.size() != 10) {
                throw new IllegalStateException("expected 10 related items, found " + related.size());
            }
            String isoTime = shownTime.replace(' ', 'T') + "+08:00";

            StringBuilder html = new StringBuilder(16_000);
            head(html, headline, isoTime, body.get(0));
            siteHeader(html);
            html.append("<div class=\"container\">\n<main class=\"main-col\">\n");
            html.append("<nav class=\"breadcrumb\"><a href=\"/\">首页</a> &gt; <a href=\"/gba/\">大湾区</a> &gt; <span>正文</span></nav>\n");
            article(html, headline, author, shownTime, isoTime, readCount, body);
            shareBar(html);
            html.append("</main>\n");
            relatedList(html, related);
            html.append("</div>\n");
            footer(html);
            html.append("</body>\n</html>\n");
            return html.toString();
        }

        static String esc(String text) {
            return Entities.escape(text);
        }

        static void head(StringBuilder html, String headline, String isoTime, String lead) {
            String description = lead.length() > 90 ? lead.substring(0, 90) + "……" : lead;
            html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(headline)).append(" - 香港新闻网</title>\n")
                .append("<meta name=\"description\" content=\"").append(esc(description)).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"香港新闻网\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"og:title\" content=\"").append(esc(headline)).append("\">\n")
                .append("<meta property=\"og:description\" content=\"").append(esc(description)).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(isoTime).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"/static/css/main.css\">\n")
                .append("</head>\n<body class=\"article-page\">\n");
        }

        static void siteHeader(StringBuilder html) {
            html.append("""
                <header class="site-header">
                  <div class="top-bar"><span class="date-today">香港新闻网 · 中国新闻社香港分社主办</span>
                    <a href="/login">登录</a> | <a href="/register">注册</a></div>
                  <div class="logo"><a href="/"><span class="logo-text">香港新闻网</span><span class="logo-sub">HKCNA</span></a></div>
                  <nav class="main-nav">
                    <ul>
                      <li><a href="/">首页</a></li>
                      <li><a href="/hk/">港闻</a></li>
                      <li><a href="/gba/">大湾区</a></li>
                      <li><a href="/china/">内地</a></li>
                      <li><a href="/taiwan/">两岸</a></li>
                      <li><a href="/world/">国际</a></li>
                      <li><a href="/finance/">财经</a></li>
                      <li><a href="/tech/">科技</a></li>
                      <li><a href="/culture/">文化</a></li>
                      <li><a href="/sports/">体育</a></li>
                      <li><a href="/opinion/">评论</a></li>
                      <li><a href="/video/">视频</a></li>
                    </ul>
                  </nav>
                  <form class="search" action="/search"><input type="text" name="q" placeholder="搜索"><button>搜索</button></form>
                </header>
                """);
        }

        static void article(StringBuilder html, String headline, String author, String shownTime,
                            String isoTime, String readCount, List<String> body) {
            html.append("<article class=\"article\">\n")
                .append("<h1 class=\"article-title\">").append(esc(headline)).append("</h1>\n")
                .append("<div class=\"article-meta\"><span class=\"author\">作者：").append(esc(author)).append("</span>")
                .append(" <time datetime=\"").append(isoTime).append("\">").append(esc(shownTime)).append("</time>")
                .append(" <span class=\"read-count\">阅读：").append(esc(readCount)).append("</span></div>\n")
                .append("<div class=\"article-content\">\n");
            for (String paragraph : body) {
                if (paragraph.contains("(图源")) {
                    // The seed keeps only the chart's caption; the page shows the chart above it.
                    String alt = paragraph.replaceFirst("[(（]图源.*$", "");
                    html.append("<figure class=\"article-image\"><img src=\"/uploads/2025/09/gii2025-top10.jpg\" alt=\"")
                        .append(esc(alt)).append("\">\n<figcaption>").append(esc(paragraph)).append("</figcaption></figure>\n");
                } else if (isSubheading(paragraph)) {
                    html.append("<p class=\"subtitle\"><strong>").append(esc(paragraph)).append("</strong></p>\n");
                } else {
                    html.append("<p>").append(esc(paragraph)).append("</p>\n");
                }
            }
            html.append("</div>\n</article>\n");
        }

        /** Short lines without sentence-final punctuation are the article's section headings. */
        static boolean isSubheading(String paragraph) {
            return paragraph.length() <= 30 && !paragraph.matches(".*[。！？)）]$");
        }

        static void shareBar(StringBuilder html) {
            html.append("""
                <div class="share-bar">分享到：
                  <a class="share-wechat" href="#">微信</a>
                  <a class="share-weibo" href="#">微博</a>
                  <a class="share-qzone" href="#">QQ空间</a>
                  <a class="share-facebook" href="#">Facebook</a>
                  <a class="share-x" href="#">X</a>
                  <a class="share-copy" href="#">复制链接</a>
                </div>
                """);
        }

        /** Each seed item reads "title[...] teaser"; the title is cut with "..." when it is too long. */
        static void relatedList(StringBuilder html, List<String> items) {
            html.append("<aside class=\"sidebar\">\n<div class=\"tabs\"><h3 class=\"tab\">相关内容</h3>")
                .append("<h3 class=\"tab active\">热门资讯</h3></div>\n<ul class=\"hot-news\">\n");
            int n = 1;
            for (String item : items) {
                var m = java.util.regex.Pattern.compile("^(.*?)\\s+(香港(?:新闻网|中通社)\\d.*)$").matcher(item);
                if (!m.matches()) {
                    throw new IllegalStateException("cannot split related item: " + item);
                }
                html.append(String.format("<li><a href=\"/content/2025/hot-%02d.html\">", n++))
                    .append(esc(m.group(1))).append("</a><p class=\"teaser\">").append(esc(m.group(2))).append("</p></li>\n");
            }
            html.append("</ul>\n</aside>\n");
        }

        static void footer(StringBuilder html) {
            html.append("""
                <footer class="site-footer">
                  <nav class="footer-links"><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ads/">广告服务</a> | <a href="/copyright/">版权声明</a> | <a href="/privacy/">隐私政策</a> | <a href="/sitemap/">网站地图</a></nav>
                  <p class="copyright">Copyright &copy; 香港新闻网 版权所有 未经授权 不得转载</p>
                </footer>
                """);
        }
    }

    // ---------------------------------------------------------------- PDF: article 003

    /**
     * Article 003 as a two-column newspaper page: kicker and headline across both columns, then the
     * paragraphs flowing down column 1, column 2, and on to further pages. Lines are broken by
     * measured glyph width wherever the column ends, mid-sentence, as a typesetter would; repairing
     * that is the pipeline's job. The content stream is written in reading order, which is what
     * text extractors without position sorting (Tika's default) return.
     */
    static final class NewspaperPdf {

        static final PDRectangle PAGE = PDRectangle.A4;
        static final float MARGIN = 42f;
        static final float GUTTER = 18f;
        static final float COLUMN_WIDTH = (PAGE.getWidth() - 2 * MARGIN - GUTTER) / 2;
        static final Color INK = Color.BLACK;
        static final Color MASTHEAD_RED = new Color(0xA4, 0x10, 0x1A);

        /** How a kind of paragraph is set: size, line pitch, first-line and following-line indents. */
        record Style(float size, float leading, float firstIndent, float restIndent, float spaceBefore, boolean justify) {}

        static final Style BODY = new Style(10.5f, 16f, 21f, 0f, 3f, true);
        static final Style SUBHEAD = new Style(12.5f, 17f, 0f, 0f, 10f, false);
        static final Style BULLET = new Style(9.5f, 14f, 0f, 0f, 2f, true);   // rest indent measured
        static final Style CAPTION = new Style(9f, 13f, 0f, 0f, 6f, true);
        static final Style BYLINE = new Style(9.5f, 15f, 0f, 0f, 6f, false);

        static byte[] render(List<String> lines, Path fontPath, String fontName) throws IOException {
            // The first four seed lines are the page furniture: section kicker, sub-kicker, headline, deck.
            String kicker = lines.get(0), section = lines.get(1), headline = lines.get(2), deck = lines.get(3);
            List<String> paragraphs = lines.subList(4, lines.size());

            TrueTypeFont ttf = loadTrueType(fontPath, fontName);
            requireGlyphs(ttf, String.join("", lines));
            try (PDDocument doc = new PDDocument()) {
                // Subset embedding keeps the file small; the subset tag is derived from the glyph set,
                // so it is stable between runs.
                PDType0Font font = PDType0Font.load(doc, ttf, true);
                Flow flow = new Flow(doc, font);
                flow.frontPageHeader(kicker, section, headline, deck);
                for (String paragraph : paragraphs) {
                    flow.paragraph(paragraph, styleOf(paragraph));
                }
                flow.close();
                fixMetadata(doc, headline, String.join("\n", lines));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } finally {
                ttf.close();
            }
        }

        /** Classifies a seed paragraph by its shape; the seed keeps no markup, only the text. */
        static Style styleOf(String paragraph) {
            if (paragraph.startsWith("- ")) {
                return BULLET;
            }
            if (paragraph.startsWith("▲") || paragraph.startsWith("▼")) {
                return CAPTION;
            }
            if (paragraph.startsWith("大公報記者") || paragraph.equals("大公報AI製圖")) {
                return BYLINE;
            }
            if (paragraph.length() <= 24 && !paragraph.matches(".*[。！？]$")) {
                return SUBHEAD;
            }
            return BODY;
        }

        /** Loads one font from a .ttc collection (by PostScript name, else the first) or a plain .ttf. */
        static TrueTypeFont loadTrueType(Path path, String name) throws IOException {
            if (!Files.exists(path)) {
                throw new IllegalStateException("font not found: " + path + " (apt-get install fonts-wqy-zenhei)");
            }
            if (!path.toString().toLowerCase().endsWith(".ttc")) {
                return new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            }
            // The collection must stay open until the PDF is saved (subsetting reads the glyphs at
            // save time); render() closes the font, and with it the collection's file, afterwards.
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
        static void fixMetadata(PDDocument doc, String title, String text) throws IOException {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("newsfacts corpus/make/MakeCorpusCopies");
            Calendar date = GregorianCalendar.from(PDF_DATE.toZonedDateTime());
            info.setCreationDate(date);
            info.setModificationDate(date);
            byte[] id = md5(text);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        }

        /** Tracks the current page, column and baseline while paragraphs are set into the columns. */
        static final class Flow {
            final PDDocument doc;
            final PDType0Font font;
            PDPageContentStream cs;
            int column;
            float columnTop;
            float y;

            Flow(PDDocument doc, PDType0Font font) throws IOException {
                this.doc = doc;
                this.font = font;
                newPage(PAGE.getHeight() - MARGIN);
            }

            void newPage(float top) throws IOException {
                if (cs != null) {
                    cs.close();
                }
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                cs = new PDPageContentStream(doc, page);
                column = 0;
                columnTop = top;
                y = top;
            }

            /** Kicker bar, full-width headline and deck, then a rule; the columns start below it. */
            void frontPageHeader(String kicker, String section, String headline, String deck) throws IOException {
                float width = PAGE.getWidth() - 2 * MARGIN;
                float top = PAGE.getHeight() - MARGIN;
                float barHeight = 22f;
                cs.setNonStrokingColor(MASTHEAD_RED);
                cs.addRect(MARGIN, top - barHeight, 98f, barHeight);
                cs.fill();
                text(kicker, MARGIN + 8, top - 16, 14f, 0f, Color.WHITE);
                text(section, MARGIN + 110, top - 16, 14f, 0f, MASTHEAD_RED);
                rule(MARGIN, top - barHeight - 4, width, 1.5f);

                float baseline = top - barHeight - 42;
                for (Line line : wrap(headline, 28f, width, width)) {
                    text(line.text, MARGIN, baseline, 28f, 0f, INK);
                    baseline -= 36f;
                }
                baseline += 6f;
                for (Line line : wrap(deck, 16f, width, width)) {
                    text(line.text, MARGIN, baseline, 16f, 0f, MASTHEAD_RED);
                    baseline -= 22f;
                }
                rule(MARGIN, baseline + 8, width, 0.75f);
                columnTop = baseline - 8;
                y = columnTop;
            }

            void paragraph(String text, Style style) throws IOException {
                // Bullet items hang: continuation lines start under the text, not under the "- ".
                float restIndent = style == BULLET ? LineBreaker.width(font, "- ", style.size) : style.restIndent;
                List<Line> lines = wrap(text, style.size, COLUMN_WIDTH - style.firstIndent, COLUMN_WIDTH - restIndent);
                if (y < columnTop) {
                    y -= style.spaceBefore;        // no gap at the top of a column
                }
                for (int i = 0; i < lines.size(); i++) {
                    ensureRoom(style.leading);
                    float x0 = columnX();          // the line may have moved to the next column
                    Line line = lines.get(i);
                    float indent = i == 0 ? style.firstIndent : restIndent;
                    float available = COLUMN_WIDTH - indent;
                    boolean last = i == lines.size() - 1;
                    float spacing = style.justify && !last ? justifySpacing(line, available, style.size) : 0f;
                    float x = x0 + indent;
                    if (style == BYLINE) {
                        x = x0 + COLUMN_WIDTH - line.width;   // bylines and credits sit flush right
                    }
                    y -= style.leading;
                    text(line.text, x, y + (style.leading - style.size) / 2, style.size, spacing, INK);
                }
            }

            /** Extra space per glyph that makes a line fill its column; capped so odd lines stay readable. */
            float justifySpacing(Line line, float available, float size) {
                int glyphs = line.text.codePointCount(0, line.text.length());
                if (glyphs < 2) {
                    return 0f;
                }
                float spacing = (available - line.width) / (glyphs - 1);
                return Math.max(0f, Math.min(spacing, size * 0.5f));
            }

            void ensureRoom(float height) throws IOException {
                if (y - height >= MARGIN) {
                    return;
                }
                if (column == 0) {
                    column = 1;
                    y = columnTop;
                } else {
                    newPage(PAGE.getHeight() - MARGIN);
                }
                drawColumnRule();
            }

            float columnX() {
                return MARGIN + column * (COLUMN_WIDTH + GUTTER);
            }

            /** A thin vertical rule in the gutter, drawn when the second column starts being used. */
            void drawColumnRule() throws IOException {
                if (column != 1) {
                    return;
                }
                float x = MARGIN + COLUMN_WIDTH + GUTTER / 2;
                cs.setStrokingColor(Color.GRAY);
                cs.setLineWidth(0.4f);
                cs.moveTo(x, columnTop);
                cs.lineTo(x, MARGIN);
                cs.stroke();
            }

            void rule(float x, float y, float width, float thickness) throws IOException {
                cs.setStrokingColor(INK);
                cs.setLineWidth(thickness);
                cs.moveTo(x, y);
                cs.lineTo(x + width, y);
                cs.stroke();
            }

            void text(String text, float x, float y, float size, float charSpacing, Color color) throws IOException {
                cs.beginText();
                cs.setNonStrokingColor(color);
                cs.setFont(font, size);
                // Tc is part of the graphics state and outlives ET, so set it on every line.
                cs.setCharacterSpacing(charSpacing);
                cs.newLineAtOffset(x, y);
                cs.showText(text);
                cs.endText();
            }

            void close() throws IOException {
                cs.close();
            }

            List<Line> wrap(String text, float size, float firstWidth, float restWidth) throws IOException {
                return LineBreaker.wrap(font, text, size, firstWidth, restWidth);
            }
        }

        record Line(String text, float width) {}
    }

    /**
     * Greedy line breaking by measured width with the basic CJK rules (kinsoku): closing
     * punctuation never starts a line and opening brackets never end one. Latin words and numbers
     * are kept whole, as Chinese newspapers do.
     */
    static final class LineBreaker {
        static final String NO_LINE_START = "，。、；：？！」』）》〉】…％,.;:?!)]% ";
        static final String NO_LINE_END = "「『（《〈【([";

        static List<NewspaperPdf.Line> wrap(PDType0Font font, String text, float size,
                                           float firstWidth, float restWidth) throws IOException {
            List<String> tokens = tokens(text);
            List<NewspaperPdf.Line> lines = new ArrayList<>();
            int start = 0;
            while (start < tokens.size()) {
                float limit = lines.isEmpty() ? firstWidth : restWidth;
                int end = start;
                float width = 0f;
                while (end < tokens.size()) {
                    float w = width(font, tokens.get(end), size);
                    // A space may overhang the column: it ends the line instead of starting the next.
                    if (width + w > limit && end > start && !tokens.get(end).equals(" ")) {
                        break;
                    }
                    width += w;
                    end++;
                }
                // Pull tokens back until neither side of the break breaks a kinsoku rule.
                while (end < tokens.size() && end - start > 1
                        && (isNoStart(tokens.get(end)) || isNoEnd(tokens.get(end - 1)))) {
                    end--;
                }
                String line = String.join("", tokens.subList(start, end));
                lines.add(new NewspaperPdf.Line(line, width(font, line, size)));
                start = end;
            }
            return lines;
        }

        /** Splits into single CJK characters and whole runs of ASCII letters/digits. */
        static List<String> tokens(String text) {
            List<String> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                int j = i + Character.charCount(text.codePointAt(i));
                if (isAsciiWordChar(text.charAt(i))) {
                    while (j < text.length() && (isAsciiWordChar(text.charAt(j)) || "-.%".indexOf(text.charAt(j)) >= 0)) {
                        j++;
                    }
                }
                tokens.add(text.substring(i, j));
                i = j;
            }
            return tokens;
        }

        static boolean isAsciiWordChar(char c) {
            return c < 128 && Character.isLetterOrDigit(c);
        }

        static boolean isNoStart(String token) {
            return NO_LINE_START.indexOf(token.charAt(0)) >= 0;
        }

        static boolean isNoEnd(String token) {
            return NO_LINE_END.indexOf(token.charAt(token.length() - 1)) >= 0;
        }

        static float width(PDType0Font font, String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000f * size;
        }
    }

    // ---------------------------------------------------------------- DOCX: article 001

    /**
     * Article 001 as the Word file the press office sends out. The seed is a PDF extraction with a
     * hard break (and a blank line) after every printed line; here those lines are rejoined into real
     * paragraphs: a paragraph ends at a line ending in sentence-final punctuation (。 。」 ！ ？),
     * while the title lines and the contact block keep one line per paragraph.
     */
    static final class PressReleaseDocx {
        static final String EAST_ASIAN_FONT = "新細明體";
        static final int BODY_HALF_POINTS = 22;

        static byte[] render(List<String> lines) throws IOException {
            int download = indexOf(lines, 4, l -> l.startsWith("請按此處下載"));
            int contacts = indexOf(lines, download, l -> l.startsWith("傳媒查詢"));
            int about = indexOf(lines, contacts, "關於數碼港"::equals);
            List<String> links = lines.stream().filter(l -> l.startsWith("https://drive.")).toList();

            try (XWPFDocument doc = new XWPFDocument()) {
                doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(lines.get(0));
                addParagraph(doc, lines.get(1), ParagraphAlignment.RIGHT, true, false, BODY_HALF_POINTS);
                addParagraph(doc, lines.get(2), ParagraphAlignment.CENTER, true, false, 32);
                addParagraph(doc, lines.get(3), ParagraphAlignment.CENTER, true, false, 26);
                for (String p : joinBrokenLines(lines.subList(4, download))) {
                    addParagraph(doc, p, ParagraphAlignment.BOTH, false, false, BODY_HALF_POINTS);
                }
                addDownloadLinks(doc, lines.get(download), links);
                // Photo captions follow the download line in the release.
                List<String> captions = lines.subList(download + 1, contacts).stream()
                        .filter(l -> !l.startsWith("https://")).toList();
                for (String p : joinBrokenLines(captions)) {
                    addParagraph(doc, p, ParagraphAlignment.LEFT, false, true, 20);
                }
                for (String contact : lines.subList(contacts, about)) {
                    addParagraph(doc, contact, ParagraphAlignment.LEFT, isContactHeading(contact), false, 20)
                            .setSpacingAfter(0);
                }
                addParagraph(doc, lines.get(about), ParagraphAlignment.LEFT, true, false, BODY_HALF_POINTS).setSpacingBefore(240);
                for (String p : joinBrokenLines(lines.subList(about + 1, lines.size()))) {
                    addParagraph(doc, p, ParagraphAlignment.BOTH, false, false, 20);
                }
                setCoreProperties(doc, lines.get(2));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.write(out);
                return withFixedZipTimes(out.toByteArray());
            }
        }

        /** Organisation names in the contact block ("數碼港", "世聯顧問") are set bold, like the original. */
        static boolean isContactHeading(String line) {
            return !line.contains("︰") && !line.contains(":");
        }

        /**
         * Rejoins printed lines into paragraphs. A space goes back where a line break fell between
         * Chinese and a Latin letter or digit, because this release writes "超過 280 個".
         */
        static List<String> joinBrokenLines(List<String> lines) {
            List<String> paragraphs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : lines) {
                if (current.length() > 0 && needsSpace(current.charAt(current.length() - 1), line.charAt(0))) {
                    current.append(' ');
                }
                current.append(line);
                if (line.matches(".*[。！？]」?$")) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
            }
            if (current.length() > 0) {
                paragraphs.add(current.toString());
            }
            return paragraphs;
        }

        static boolean needsSpace(char before, char after) {
            return isAsciiAlnum(before) != isAsciiAlnum(after)
                    && Character.isIdeographic(isAsciiAlnum(before) ? after : before);
        }

        static boolean isAsciiAlnum(char c) {
            return c < 128 && Character.isLetterOrDigit(c);
        }

        static XWPFParagraph addParagraph(XWPFDocument doc, String text, ParagraphAlignment align,
                                          boolean bold, boolean italic, int halfPoints) {
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.setAlignment(align);
            paragraph.setSpacingAfter(160);
            XWPFRun run = paragraph.createRun();
            styleRun(run, bold, italic, halfPoints);
            run.setText(text);
            return paragraph;
        }

        static void styleRun(XWPFRun run, boolean bold, boolean italic, int halfPoints) {
            run.setBold(bold);
            run.setItalic(italic);
            run.setFontSize(halfPoints / 2.0);
            run.setFontFamily(EAST_ASIAN_FONT, XWPFRun.FontCharRange.eastAsia);
        }

        /**
         * In the release, each "此處" ("here") is a hyperlink; the PDF extraction lost the links and
         * printed their targets below the text. Here the targets go back under the words.
         */
        static void addDownloadLinks(XWPFDocument doc, String line, List<String> urls) {
            String[] pieces = line.split("此處", -1);
            if (pieces.length - 1 != urls.size()) {
                throw new IllegalStateException("expected one link per 此處 in: " + line);
            }
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.setSpacingAfter(160);
            for (int i = 0; i < pieces.length; i++) {
                XWPFRun run = paragraph.createRun();
                styleRun(run, false, false, BODY_HALF_POINTS);
                run.setText(pieces[i]);
                if (i < urls.size()) {
                    XWPFHyperlinkRun link = paragraph.createHyperlinkRun(urls.get(i));
                    styleRun(link, false, false, BODY_HALF_POINTS);
                    link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                    link.setColor("0563C1");
                    link.setText("此處");
                }
            }
        }

        static void setCoreProperties(XWPFDocument doc, String title) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setTitle(title);
            core.setCreator("數碼港");
            Date date = Date.from(DOCX_DATE.toInstant());
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
        }

        /**
         * POI stamps every zip entry with the current time; rewriting the archive with one fixed
         * local time makes the file reproducible. The parts and their order are unchanged.
         */
        static byte[] withFixedZipTimes(byte[] docx) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(ZIP_ENTRY_TIME);
                    zip.putNextEntry(copy);
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        }
    }

    static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
