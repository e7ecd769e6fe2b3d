package org.newsfacts.ingest;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reduces a saved web page to its article: Readability (readability4j, a port of Mozilla's reader view)
 * scores the page's blocks and keeps the main one, dropping site header, navigation, share bars, footers and
 * related-news lists. The page's charset is found by Tika's encoding detectors (meta tag, BOM, statistics).
 */
final class HtmlArticleReader {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figcaption", "figure", "pre",
            "table", "tr", "br", "hr", "dd", "dt", "address");

    /** Deepest element nesting read; news pages seen nest under 60 deep. */
    static final int MAX_DEPTH = 400;

    private final EncodingDetector encodings;

    HtmlArticleReader(EncodingDetector encodings) {
        this.encodings = encodings;
    }

    ExtractedDocument read(SourceFile file, byte[] content, Metadata metadata, ReadLimits limits) throws ReadFailure {
        int maxChars = limits.maxChars();
        // Bounded before jsoup and Readability see the page: their work grows faster than the page does.
        if (content.length / 4 > limits.maxPageChars()) {
            throw new ReadFailure(pageTooLarge(content.length, "bytes", limits));
        }
        Charset charset = charset(content, metadata);
        String markup = new String(content, charset);
        if (markup.length() > limits.maxPageChars()) {
            throw new ReadFailure(pageTooLarge(markup.length(), "characters", limits));
        }
        Document page = Jsoup.parse(markup);
        int depth = depth(page);
        if (depth > MAX_DEPTH) {
            // Readability rescans every ancestor of every block, so its time grows with the square of the depth;
            // real pages nest a few dozen elements deep.
            throw new ReadFailure("web page nests elements " + depth + " deep, over the limit of " + MAX_DEPTH
                    + "; not read");
        }
        Article article;
        try {
            // Readability resolves the page's relative links against a base URI and insists on a scheme.
            article = new Readability4JExtended(file.path().toAbsolutePath().toUri().toString(), page.clone()).parse();
        } catch (RuntimeException e) {
            throw new ReadFailure("cannot find the article in the web page: " + TikaArticleReader.rootMessage(e), e);
        }
        Element body = article.getArticleContent();
        if (body == null) {
            throw new ReadFailure("web page has no recognisable article content");
        }
        String headline = headline(page, article);
        String text = blockText(body);
        if (headline != null && !text.startsWith(headline)) {
            text = headline + "\n\n" + text;
        }
        if (text.length() > maxChars) {
            throw new ReadFailure("text is longer than the limit of " + maxChars + " characters");
        }
        if (text.isBlank()) {
            throw new ReadFailure("no text could be extracted from the web page");
        }
        DocumentMetadata meta = new DocumentMetadata(headline, siteName(page), published(page));
        return new ExtractedDocument(text, "text/html", charset.name(), meta);
    }

    private static String pageTooLarge(long size, String what, ReadLimits limits) {
        return String.format(java.util.Locale.ROOT, "web page has %,d %s of markup, over the limit of %,d characters; not read",
                size, what, limits.maxPageChars());
    }

    /** The deepest element's depth, walked without recursion. */
    private static int depth(Document page) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), page);
        return max[0];
    }

    private Charset charset(byte[] content, Metadata metadata) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            Charset detected = encodings.detect(in, metadata);
            return detected != null ? detected : StandardCharsets.UTF_8;
        } catch (IOException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The page's own headline: its h1 if it has one, else what Readability took as the title. */
    private static String headline(Document page, Article article) {
        Element h1 = page.selectFirst("article h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return TikaArticleReader.blankToNull(article.getTitle());
    }

    private static String siteName(Document page) {
        Element site = page.selectFirst("meta[property=og:site_name], meta[name=application-name]");
        return site == null ? null : TikaArticleReader.blankToNull(site.attr("content"));
    }

    private static java.time.LocalDate published(Document page) {
        Element meta = page.selectFirst("meta[property=article:published_time], meta[name=pubdate], "
                + "meta[name=publishdate], meta[itemprop=datePublished], meta[name=date]");
        if (meta != null) {
            return TikaArticleReader.parseDate(meta.attr("content"));
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null ? null : TikaArticleReader.parseDate(time.attr("datetime"));
    }

    /** The element's text with a blank line between blocks, so paragraphs survive as paragraphs. */
    static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        }, root);
        return out.toString().replaceAll("[ \\t]*\\n[ \\t\\n]*\\n[ \\t]*", "\n\n").strip();
    }
}
