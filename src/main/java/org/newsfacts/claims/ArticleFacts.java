package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.text.AnalyzedText;

import java.time.LocalDate;
import java.util.List;

/**
 * What the binder needs of one article: its analysed text, the figures found in its matching view (view
 * offsets, as the figure extractor reports them), its mentions and quotes (repaired-text offsets), and
 * where and when it was published.
 */
public record ArticleFacts(String doc, String sha256, AnalyzedText text, List<Figure> figures,
                           List<Mention> mentions, List<Attribution> quotes, String outlet, LocalDate published) {
    public ArticleFacts {
        figures = List.copyOf(figures);
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
    }
}
