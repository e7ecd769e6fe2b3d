package org.newsfacts.evaluate;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole real gold against the five seed articles: every figure and claim context and every quote
 * stretch can be placed in the repaired text, also after the text is turned into the other script.
 */
class RealGoldTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "text {0}")
    @ValueSource(strings = {"as written", "in Simplified", "in Traditional"})
    void everyGoldItemIsLocatedInTheRepairedSeeds(String script) throws BadInputException {
        UnaryOperator<String> convert = switch (script) {
            case "in Simplified" -> ZhConverterUtil::toSimple;
            case "in Traditional" -> ZhConverterUtil::toTraditional;
            default -> UnaryOperator.identity();
        };
        GoldSet gold = GoldSet.load(Seeds.GOLD);
        Fixture fixture = new Fixture(root);
        for (GoldDocument article : gold.documents()) {
            fixture.document(article.doc(), convert.apply(Seeds.repaired(article.doc())));
        }
        fixture.produced(OutputRun.FIGURES).produced(OutputRun.CLAIMS).write();
        Report report = new Evaluator().evaluate(fixture.output(), Seeds.GOLD, false, List.of());

        for (String category : List.of(FigureScorer.CATEGORY, ClaimScorer.CATEGORY)) {
            List<Miss> unplaced = Fixture.category(report, category).misses().stream()
                    .filter(miss -> !miss.reason().equals("not extracted") && !miss.reason().startsWith("no claim"))
                    .toList();
            assertEquals(List.of(), unplaced, category + " gold that could not be placed");
        }
        for (GoldDocument article : gold.documents()) {
            NormalizedText text = NormalizedText.of(convert.apply(Seeds.repaired(article.doc())));
            String unplaced = article.quotes().stream().map(GoldDocument.Quote::contains)
                    .filter(stretch -> text.occurrences(MatchText.normalize(stretch)).isEmpty())
                    .collect(Collectors.joining(", "));
            assertEquals("", unplaced, article.doc() + " quote stretches not in text");
        }
    }
}
