package org.newsfacts.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Splitting text at highlight offsets: nesting, what is dropped, and escaping by the library. */
class HighlightedTextTest {
    //                                       0         1         2
    //                                       0123456789012345678901234567
    private static final String TEXT = "陳茂波表示：「集群佔全球9%，<b>領先</b>」。";

    private static Highlight quote(int start, int end) {
        return new Highlight(start, end, Highlight.Layer.QUOTE, "quote direct", "Quote: 陳茂波", null);
    }

    private static Highlight person(int start, int end) {
        return new Highlight(start, end, Highlight.Layer.MENTION, "mention person", "person: 陳茂波", null);
    }

    private static Highlight figure(int start, int end) {
        return new Highlight(start, end, Highlight.Layer.FIGURE, "fig", "Figure: 9 %", "f-" + start);
    }

    private static Element render(List<Highlight> highlights) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        Element holder = page.body().appendElement("div");
        HighlightedText.append(holder, TEXT, 0, TEXT.length(), HighlightedText.nesting(highlights, TEXT.length()));
        // Parse the output back, as a browser reads it.
        return Jsoup.parse(page.outerHtml()).body().child(0);
    }

    @Test
    void figureInsideAQuoteIsDrawnInsideIt() {
        int nine = TEXT.indexOf("9%");
        Element out = render(List.of(figure(nine, nine + 2), quote(6, TEXT.length() - 1), person(0, 3)));
        Element quote = out.selectFirst("span.quote");
        assertThat(quote.wholeText()).isEqualTo(TEXT.substring(6, TEXT.length() - 1));
        assertThat(quote.selectFirst("mark.fig").text()).isEqualTo("9%");
        assertThat(out.selectFirst("span.mention.person").text()).isEqualTo("陳茂波");
        assertThat(out.wholeText()).isEqualTo(TEXT);
    }

    @Test
    void aSpanCrossingTheEdgeOfAKeptOneIsLeftOut() {
        // The mention starts inside the quote and ends after it: it cannot nest, so it goes.
        List<Highlight> kept = HighlightedText.nesting(List.of(quote(6, 16), person(12, 20), figure(12, 14)),
                TEXT.length());
        assertThat(kept).extracting(Highlight::layer)
                .containsExactly(Highlight.Layer.QUOTE, Highlight.Layer.FIGURE);
    }

    @Test
    void equalSpansNestByLayerAndRepeatsAreDropped() {
        List<Highlight> kept = HighlightedText.nesting(List.of(figure(0, 3), person(0, 3), person(0, 3), quote(0, 3)),
                TEXT.length());
        assertThat(kept).extracting(Highlight::layer)
                .containsExactly(Highlight.Layer.QUOTE, Highlight.Layer.MENTION, Highlight.Layer.FIGURE);
        Element out = render(kept);
        assertThat(out.selectFirst("span.quote > span.mention > mark.fig").text()).isEqualTo("陳茂波");
    }

    @Test
    void spansPastTheTextsEndOrEmptyAreLeftOut() {
        // A highlight is a text.Span, so one cannot start before the text.
        assertThat(HighlightedText.nesting(List.of(figure(5, 5), figure(20, TEXT.length() + 1)), TEXT.length()))
                .isEmpty();
    }

    @Test
    void theResultDoesNotDependOnTheOrderSpansCameIn() {
        int nine = TEXT.indexOf("9%");
        List<Highlight> spans = new ArrayList<>(List.of(quote(6, 16), person(12, 20), figure(nine, nine + 2),
                person(0, 3), figure(0, 3), quote(6, TEXT.length() - 1)));
        String first = render(spans).outerHtml();
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(spans, random);
            assertThat(render(spans).outerHtml()).isEqualTo(first);
        }
    }

    @Test
    void markupInTheTextStaysText() {
        int b = TEXT.indexOf("<b>");
        Element out = render(List.of(figure(b, b + 3)));
        assertThat(out.select("b")).isEmpty();
        assertThat(out.selectFirst("mark").text()).isEqualTo("<b>");
        assertThat(out.wholeText()).isEqualTo(TEXT);
    }
}
