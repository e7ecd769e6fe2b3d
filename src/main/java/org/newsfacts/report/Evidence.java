package org.newsfacts.report;

import org.jsoup.nodes.Element;
import org.newsfacts.claims.Claim;
import org.newsfacts.text.Span;

import java.util.List;

/**
 * The sentence a claim's figure sits in, with the figure marked at the place {@link EvidenceHint} found for
 * it while the article was at hand. Very long "sentences" (a table flattened into one line) are cut to a
 * window around the figure.
 *
 * @param text         the text the offsets point into
 * @param shown        the stretch of {@code text} shown
 * @param figure       the figure in {@code text}, or null when it cannot be placed
 * @param lang         language code for the {@code lang} attribute, or null
 * @param cutBefore    the sentence goes on before {@code from}
 * @param cutAfter     the sentence goes on after {@code to}
 */
record Evidence(String text, Span shown, Span figure, String lang, boolean cutBefore, boolean cutAfter) {
    /** Longest stretch shown whole; a longer one is cut to {@link #CONTEXT} chars either side of the figure. */
    private static final int LONGEST = 360;
    private static final int CONTEXT = 150;

    static Evidence of(Claim claim, EvidenceHint hint) {
        String text = claim.sentence();
        int length = claim.end() - claim.start();
        if (text == null || hint.figureAt() < 0 || hint.figureAt() + length > text.length()) {
            return detached(claim, hint.lang());
        }
        int figureStart = hint.figureAt();
        int figureEnd = figureStart + length;
        int from = 0;
        int to = text.length();
        if (to - from > LONGEST) {
            from = Math.max(0, figureStart - CONTEXT);
            to = Math.min(text.length(), figureEnd + CONTEXT);
            // Never split a surrogate pair (a rare CJK character outside the basic plane).
            from = from > 0 && Character.isLowSurrogate(text.charAt(from)) ? from - 1 : from;
            to = to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? to + 1 : to;
        }
        return new Evidence(text, new Span(from, to), new Span(figureStart, figureEnd), hint.lang(), from > 0,
                to < text.length());
    }

    /** A claim whose figure could not be placed in its sentence: the first copy of the figure is marked. */
    private static Evidence detached(Claim claim, String lang) {
        String text = claim.sentence() == null ? claim.surface() == null ? "" : claim.surface() : claim.sentence();
        int at = claim.surface() == null || claim.surface().isEmpty() ? -1 : text.indexOf(claim.surface());
        return new Evidence(text, new Span(0, text.length()), at < 0 ? null : new Span(at, at + claim.surface().length()),
                lang, false, false);
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
        List<Highlight> marks = figure == null ? List.of()
                : List.of(new Highlight(figure, Highlight.Layer.FIGURE, "fig", null, null));
        HighlightedText.append(quote, text, shown.start(), shown.end(), marks);
        if (cutAfter) {
            quote.appendText(" …");
        }
        return quote;
    }
}
