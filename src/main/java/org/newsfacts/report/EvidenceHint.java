package org.newsfacts.report;

import org.newsfacts.claims.Claim;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.Lang;
import org.newsfacts.text.Sentence;

/**
 * What the report needs to show a claim's sentence once its article is no longer in memory: where the figure
 * sits in {@link Claim#sentence()} (a sentence may hold the same figure twice: 佔10.3%…佔9%… — searching for
 * "9%" could mark the wrong one) and the sentence's language, for the {@code lang} attribute. Worked out while
 * the article is at hand; two small values per claim are all that is kept to the end of the run.
 *
 * @param figureAt where the figure starts in the claim's sentence, or -1 when it cannot be placed
 * @param lang     the {@code lang} attribute for the sentence, or null
 */
public record EvidenceHint(int figureAt, String lang) {
    public static final EvidenceHint NONE = new EvidenceHint(-1, null);

    public static EvidenceHint of(Claim claim, ArticleResult article) {
        AnalyzedText analyzed = article == null ? null : article.text();
        if (analyzed == null || claim.sentence() == null || claim.sentence().isEmpty()
                || claim.end() > analyzed.text().length()) {
            return NONE;
        }
        int at = analyzed.text().lastIndexOf(claim.sentence(), claim.start());
        if (at < 0 || at + claim.sentence().length() < claim.end()) {
            return new EvidenceHint(-1, LangAttribute.of(analyzed.lang()));
        }
        Lang lang = analyzed.lang();
        for (Sentence s : analyzed.sentences()) {
            if (s.start() <= claim.start() && claim.end() <= s.end()) {
                if (s.lang() != Lang.UNKNOWN && s.lang() != Lang.MIXED) {
                    lang = s.lang();
                }
                break;
            }
        }
        return new EvidenceHint(claim.start() - at, LangAttribute.of(lang));
    }
}
