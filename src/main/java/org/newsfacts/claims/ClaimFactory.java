package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

/**
 * Makes the claim record once a figure's subject, metric and time are decided: maps the figure and its sentence
 * back to the original text, finds who said it (a quote covering the figure) and gives the claim its stable id.
 * Holds no rule of binding.
 */
final class ClaimFactory {
    private ClaimFactory() {
    }

    /**
     * The claim that {@code figure} states {@code metric} of {@code subject} at {@code time}; the confidence is
     * clamped to [0, 1] and kept to two decimals, so that sums of penalties read as the numbers the binding rules
     * name. Its period is written from the time for the edition the article reports (a run dates it again against
     * its newest edition, {@link EditionPeriods}).
     */
    static Claim claim(BindContext cx, Figure figure, String subject, String metric, ClaimTime time, String scope,
                       Binding binding, double confidence) {
        ArticleFacts article = cx.article;
        Span span = cx.matching.toOriginal(figure.start(), figure.end());
        String text = article.text().text();
        String saidBy = null;
        for (Attribution quote : article.quotes()) {
            if (quote.span().contains(span)) {
                saidBy = quote.speaker();
                break;
            }
        }
        Span sentence = cx.sentenceOf(figure.start());
        Span sentenceText = cx.matching.toOriginal(sentence.start(), Math.max(sentence.start(), sentence.end()));
        double rounded = Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
        return new Claim(ClaimIds.of(article.sha256() == null ? article.doc() : article.sha256(), span.start(),
                span.end(), metric, subject), article.doc(), subject, metric, figure.value(), figure.unit(),
                figure.qualifierCode(), time.period(cx.edition), scope, saidBy, span.start(), span.end(), span.coveredText(text),
                sentenceText.coveredText(text), article.outlet(),
                article.published() == null ? null : article.published().toString(), binding.id(), rounded,
                figure.step(), time);
    }
}
