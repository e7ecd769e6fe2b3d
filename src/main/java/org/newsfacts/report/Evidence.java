package org.newsfacts.report;

import org.jsoup.nodes.Element;
import org.newsfacts.claims.Claim;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.Lang;
import org.newsfacts.text.Sentence;

import java.util.List;

/**
 * The sentence a claim's figure sits in, cut from its article's text so the figure is marked at its own
 * offsets (a sentence may hold the same figure twice: 佔10.3%…佔9%… — searching for "9%" could mark the
 * wrong one). Very long "sentences" (a table flattened into one line) are cut to a window around the figure.
 *
 * @param text         the text the offsets point into
 * @param from         start of the shown stretch
 * @param to           its end, exclusive
 * @param figureStart  the figure's start, or -1 when it cannot be placed
 * @param lang         language code for the {@code lang} attribute, or null
 * @param cutBefore    the sentence goes on before {@code from}
 * @param cutAfter     the sentence goes on after {@code to}
 */
record Evidence(String text, int from, int to, int figureStart, int figureEnd, String lang, boolean cutBefore,
                boolean cutAfter) {
    /** Longest stretch shown whole; a longer one is cut to {@link #CONTEXT} chars either side of the figure. */
    private static final int LONGEST = 360;
    private static final int CONTEXT = 150;

    static Evidence of(Claim claim, ArticleResult article) {
        AnalyzedText analyzed = article == null ? null : article.text();
        if (analyzed == null || claim.end() > analyzed.text().length()) {
            return detached(claim);
        }
        String text = analyzed.text();
        int from = claim.start();
        int to = claim.end();
        Sentence sentence = sentenceAt(analyzed.sentences(), claim.start(), claim.end());
        // The claim's own sentence is what the claims file shows; find it where it holds the figure.
        int at = claim.sentence() == null || claim.sentence().isEmpty() ? -1
                : text.lastIndexOf(claim.sentence(), claim.start());
        if (at >= 0 && at + claim.sentence().length() >= claim.end()) {
            from = at;
            to = at + claim.sentence().length();
        } else if (sentence != null) {
            from = sentence.start();
            to = sentence.end();
        }
        int sentenceFrom = from;
        int sentenceTo = to;
        if (to - from > LONGEST) {
            from = Math.max(from, claim.start() - CONTEXT);
            to = Math.min(to, claim.end() + CONTEXT);
            // Never split a surrogate pair (a rare CJK character outside the basic plane).
            from = from > sentenceFrom && Character.isLowSurrogate(text.charAt(from)) ? from - 1 : from;
            to = to < sentenceTo && Character.isLowSurrogate(text.charAt(to)) ? to + 1 : to;
        }
        Lang lang = sentence != null && sentence.lang() != Lang.UNKNOWN && sentence.lang() != Lang.MIXED
                ? sentence.lang() : analyzed.lang();
        return new Evidence(text, from, to, claim.start(), claim.end(), LangAttribute.of(lang), from > sentenceFrom,
                to < sentenceTo);
    }

    /** A claim whose article is not on the page: its stored sentence, with the first copy of the figure marked. */
    private static Evidence detached(Claim claim) {
        String text = claim.sentence() == null ? claim.surface() == null ? "" : claim.surface() : claim.sentence();
        int at = claim.surface() == null || claim.surface().isEmpty() ? -1 : text.indexOf(claim.surface());
        return new Evidence(text, 0, text.length(), at, at < 0 ? -1 : at + claim.surface().length(), null, false,
                false);
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int start, int end) {
        for (Sentence s : sentences) {
            if (s.start() <= start && end <= s.end()) {
                return s;
            }
        }
        return null;
    }

    /** Appends the stretch as a block quote, "…" where it was cut, the figure a {@code <mark>}. */
    Element appendTo(Element parent) {
        Element quote = parent.appendElement("blockquote").addClass("sentence");
        if (lang != null) {
            quote.attr("lang", lang);
        }
        if (cutBefore) {
            quote.appendText("… ");
        }
        List<Highlight> figure = figureStart < 0 ? List.of()
                : List.of(new Highlight(figureStart, figureEnd, Highlight.Layer.FIGURE, "fig", null, null));
        HighlightedText.append(quote, text, from, to, figure);
        if (cutAfter) {
            quote.appendText(" …");
        }
        return quote;
    }
}
