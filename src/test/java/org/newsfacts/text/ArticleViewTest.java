package org.newsfacts.text;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one projection of an article's paragraphs and sentences into its matching view, built with the analysis
 * and read by every stage.
 */
class ArticleViewTest {
    private static final String ARTICLE = "創新科技及工業局局長孫東表示，香港－深圳－廣州科技集群連續五年位列全球第二。\n"
            + "The Shenzhen-Hong Kong-Guangzhou cluster ranked second for the fifth year running.\n";

    @Test
    void eachParagraphIsASpanOfTheViewTypedWithItsLanguageAndMapsBackToTheParagraph() {
        AnalyzedText analyzed = Fixtures.analyzer().analyze(ARTICLE);
        ArticleView view = analyzed.view();

        assertThat(view.paragraphs()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Span inView = view.paragraphs().get(i);
            Paragraph paragraph = analyzed.paragraphs().get(i);
            assertThat(view.langOf(inView)).isEqualTo(paragraph.lang());
            assertThat(view.toOriginal(inView.start(), inView.end()))
                    .isEqualTo(new Span(paragraph.start(), paragraph.end()));
        }
        assertThat(view.langOf(view.paragraphs().get(1))).isEqualTo(Lang.EN);
    }

    @Test
    void aSentenceIsFoundByAnyViewPositionInsideIt() {
        ArticleView view = Fixtures.analyzer().analyze(ARTICLE).view();
        int dash = view.view().indexOf("香港-深圳");

        Span sentence = view.sentenceAt(dash);

        assertThat(sentence.contains(dash)).isTrue();
        assertThat(view.originalOf(sentence.start(), sentence.end())).startsWith("創新科技及工業局局長孫東表示");
    }

    @Test
    void aSpanOfTheRepairedTextMapsIntoTheViewAndBackUnchanged() {
        AnalyzedText analyzed = Fixtures.analyzer().analyze(ARTICLE);
        MatchingView matching = analyzed.matchingView();
        int start = ARTICLE.indexOf("香港－深圳");
        Span original = new Span(start, start + "香港－深圳－廣州".length());

        Span inView = matching.toView(original.start(), original.end());

        assertThat(inView.coveredText(matching.text())).isEqualTo("香港-深圳-广州");
        assertThat(matching.toOriginal(inView)).isEqualTo(original);
    }
}
