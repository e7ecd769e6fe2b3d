package org.newsfacts.pipeline;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.text.AnalyzedText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figure stage matches on the matching view (ASCII digits, Simplified script) but, like every stage, leaves
 * its figures in the article's own offsets and words.
 */
class FigureStageTest {
    @Test
    void aFigureWrittenInFullWidthDigitsLeavesTheStageAsTheArticleWroteIt() {
        String text = "港交所公布，首季收入及其他收益為６８.６億元，按年上升３２%。\n";
        AnalyzedText analyzed = Fixtures.analyzer().analyze(text);
        Annotation article = new Annotation("hkex.txt", null, analyzed, DocumentMetadata.NONE);

        new FigureStage(org.newsfacts.extract.figures.FigureExtractor.load(Fixtures.MODELS)).annotate(article);

        assertThat(article.figures()).isNotEmpty().allSatisfy(f ->
                assertThat(text.substring(f.start(), f.end())).isEqualTo(f.surface()));
        assertThat(article.figures()).anySatisfy(f -> assertThat(f.surface()).isEqualTo("６８.６億元"));
    }
}
