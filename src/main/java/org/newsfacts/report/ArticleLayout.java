package org.newsfacts.report;

import org.newsfacts.claims.Claim;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.records.FigureRecord;
import org.newsfacts.records.MentionRecord;
import org.newsfacts.records.QuoteRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One article's page: its number and anchor, and its highlights already reduced to a nesting set. The main
 * page links to its figures by their spans ({@link #figureId}); a claimed figure whose mark could not be drawn
 * gets an empty anchor instead.
 *
 * @param conflictsBySpan the numbers of the conflicts each figure span ("start-end") takes part in
 */
record ArticleLayout(int number, ArticleResult article, List<Highlight> highlights, Set<String> drawnFigures,
                     Map<String, List<Integer>> conflictsBySpan) {

    static ArticleLayout of(int number, ArticleResult article, Map<String, List<Integer>> conflictsBySpan,
                            FactWords words) {
        // A null period on an article's page is the edition that article reports.
        FactWords own = words.forEdition(article.edition());
        Map<String, List<Claim>> claimsBySpan = new HashMap<>();
        for (Claim claim : article.claims()) {
            claimsBySpan.computeIfAbsent(span(claim.start(), claim.end()), k -> new ArrayList<>()).add(claim);
        }
        List<Highlight> candidates = new ArrayList<>();
        for (QuoteRecord quote : article.quotes()) {
            candidates.add(quote(quote));
        }
        for (MentionRecord mention : article.mentions()) {
            candidates.add(mention(mention));
        }
        for (FigureRecord figure : article.figures()) {
            String span = span(figure.start(), figure.end());
            candidates.add(figure(number, figure, claimsBySpan.getOrDefault(span, List.of()),
                    conflictsBySpan.getOrDefault(span, List.of()), own));
        }
        int length = article.text() == null ? 0 : article.text().text().length();
        List<Highlight> nested = HighlightedText.nesting(candidates, length);
        Set<String> drawn = new HashSet<>();
        for (Highlight h : nested) {
            if (h.layer() == Highlight.Layer.FIGURE) {
                drawn.add(span(h.start(), h.end()));
            }
        }
        return new ArticleLayout(number, article, nested, Set.copyOf(drawn), Map.copyOf(conflictsBySpan));
    }

    String id() {
        return articleId(number);
    }

    static String articleId(int number) {
        return "article-" + number;
    }

    /** A figure's anchor on its article's page ("fig-544-546"); each article is a page of its own. */
    static String figureId(int start, int end) {
        return "fig-" + start + "-" + end;
    }

    static String span(int start, int end) {
        return start + "-" + end;
    }

    /**
     * Claimed figures whose mark was not drawn (it overlaps another); the page gives each an empty anchor, so a
     * link from the main page never points at nothing.
     */
    List<String> undrawnClaimAnchors() {
        Set<String> anchors = new TreeSet<>();
        for (Claim claim : article.claims()) {
            if (!drawnFigures.contains(span(claim.start(), claim.end()))) {
                anchors.add(figureId(claim.start(), claim.end()));
            }
        }
        return List.copyOf(anchors);
    }

    /** The conflicts this article takes part in, in page order. */
    List<Integer> conflicts() {
        Set<Integer> numbers = new TreeSet<>();
        conflictsBySpan.values().forEach(numbers::addAll);
        return List.copyOf(numbers);
    }

    private static Highlight quote(QuoteRecord quote) {
        boolean direct = "direct".equals(quote.kind());
        String who = quote.speakerTitle() == null ? quote.speaker()
                : quote.speaker() + " (" + quote.speakerTitle() + ")";
        return new Highlight(quote.start(), quote.end(), Highlight.Layer.QUOTE,
                direct ? "quote direct" : "quote indirect",
                (direct ? "Quote: " : "Reported speech: ") + who, null);
    }

    private static Highlight mention(MentionRecord mention) {
        String type = mention.type() == null ? "other" : mention.type();
        String title = type + ": " + mention.id() + (mention.title() == null ? "" : " (" + mention.title() + ")");
        return new Highlight(mention.start(), mention.end(), Highlight.Layer.MENTION, "mention " + cssWord(type),
                title, null);
    }

    private static Highlight figure(int number, FigureRecord figure, List<Claim> claims, List<Integer> conflicts,
                                    FactWords words) {
        StringBuilder css = new StringBuilder("fig");
        if (!claims.isEmpty()) {
            css.append(" claimed");
        }
        if (!conflicts.isEmpty()) {
            css.append(" conflicted");
        }
        StringBuilder title = new StringBuilder("Figure: ").append(ValueLabel.number(figure.value()))
                .append(' ').append(figure.unit());
        if (figure.qualifier() != null) {
            title.append(" (").append(figure.qualifier()).append(')');
        }
        Set<String> facts = new LinkedHashSet<>();
        for (Claim claim : claims) {
            facts.add("\nClaim: " + claim.subject() + " · " + words.metric(claim.metric())
                    + " · " + words.period(claim)
                    + (claim.saidBy() == null ? "" : " · said by " + claim.saidBy()));
        }
        facts.forEach(title::append);
        for (int conflict : conflicts) {
            title.append("\nIn conflict ").append(conflict);
        }
        return new Highlight(figure.start(), figure.end(), Highlight.Layer.FIGURE, css.toString(), title.toString(),
                figureId(figure.start(), figure.end()));
    }

    /** A mention type as a class name: only letters, so nothing odd from a model file reaches the markup. */
    private static String cssWord(String type) {
        String word = type.replaceAll("[^A-Za-z]", "");
        return word.isEmpty() ? "other" : word;
    }
}
