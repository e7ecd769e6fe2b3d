package org.newsfacts.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pipeline checks, once when it is built, that every stage's requirements are provided by an earlier stage
 * (CoreNLP's requirement check), so a misordered or unsatisfiable pipeline never reaches an article.
 */
class PipelineOrderTest {
    private static List<Stage> builtIn;

    @BeforeAll
    static void loadTheBuiltInStages() {
        builtIn = Extractors.load(Fixtures.MODELS).stages();
    }

    @Test
    void theBuiltInStagesRunFiguresMentionsQuotesClaims() {
        assertThat(builtIn).extracting(Stage::name)
                .containsExactly("FigureStage", "MentionStage", "QuoteStage", "ClaimStage");
    }

    @Test
    void claimsBeforeTheStagesTheyBindAreRefusedNamingTheStageAndWhatItLacks() {
        List<Stage> claimsFirst = new ArrayList<>(builtIn);
        claimsFirst.add(0, claimsFirst.remove(3));

        assertThatThrownBy(() -> new Extractors(claimsFirst)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("stage ClaimStage requires figures, mentions, quotes, which no earlier stage"
                        + " provides");
    }

    @Test
    void quotesBeforeMentionsAreRefused() {
        List<Stage> quotesFirst = List.of(builtIn.get(0), builtIn.get(2), builtIn.get(1), builtIn.get(3));

        assertThatThrownBy(() -> new Extractors(quotesFirst)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("stage QuoteStage requires mentions, which no earlier stage provides");
    }

    @Test
    void anAddedStageIsPlacedAfterTheBuiltInMentionsAndBeforeTheirReaders() {
        List<Stage> order = Extractors.placed(builtIn, List.of(new StockCodeStage(Fixtures.MODELS)));

        assertThat(order).extracting(Stage::name)
                .containsExactly("FigureStage", "MentionStage", "StockCodeStage", "QuoteStage", "ClaimStage");
    }

    @Test
    void anAddedStageThatCanOnlyRunAfterTheReadersOfWhatItAddsStopsTheBuild(@TempDir Path dir) throws IOException {
        Path models = Fixtures.copyTree(Fixtures.MODELS, dir.resolve("models"));
        Files.writeString(models.resolve(LanguageStages.FILE), SpeakerMentionStage.class.getName() + "\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Extractors.load(models)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage SpeakerMentionStage provides mentions, which the earlier stage QuoteStage has"
                        + " already read; it cannot run before QuoteStage as it requires text, quotes");
    }
}
