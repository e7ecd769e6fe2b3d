package org.newsfacts.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsfacts.Fixtures;
import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.extract.mentions.MentionExtractor;
import org.newsfacts.extract.number.Numeral;
import org.newsfacts.extract.number.NumeralScanner;
import org.newsfacts.extract.quotes.Quote;
import org.newsfacts.extract.quotes.QuoteExtractor;
import org.newsfacts.ingest.ExtractedDocument;
import org.newsfacts.ingest.ReadFailure;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.ingest.TikaArticleReader;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.DatelineReader;
import org.newsfacts.text.LineRepair;
import org.newsfacts.text.MatchingView;
import org.newsfacts.text.MatchingViewBuilder;
import org.newsfacts.text.normalize.ScriptConverter;
import org.newsfacts.text.Span;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of the stages that take untrusted text, with their invariants as assertions: no exception escapes,
 * and every offset a stage gives points inside the text it was given. {@code mvn test} replays the committed
 * seeds under {@code src/test/resources/org/newsfacts/fuzz/TextStagesFuzzTestInputs/} (real article text and
 * the hostile shapes of issue 11); {@code JAZZER_FUZZ=1 mvn test -Dtest=TextStagesFuzzTest#METHOD} fuzzes one
 * stage for its {@code maxDuration} (README, "Fuzzing"). Each input is decoded as UTF-8, so malformed bytes
 * reach the stages as U+FFFD, as they would from a badly encoded file.
 */
class TextStagesFuzzTest {
    private static final NumeralScanner NUMERALS = NumeralScanner.create();
    private static final MatchingViewBuilder VIEWS = new MatchingViewBuilder(ScriptConverter.shared());
    private static final TikaArticleReader READER = new TikaArticleReader(ReadLimits.DEFAULT);

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    @FuzzTest(maxDuration = "2m")
    void lineRepairKeepsEveryVisibleCharacter(byte[] data) {
        String raw = text(data);
        String repaired = LineRepair.repair(raw);
        assertThat(repaired).isNotNull();
        assertThat(repaired.codePoints().filter(c -> !Character.isWhitespace(c)).count())
                .isLessThanOrEqualTo(raw.codePoints().filter(c -> !Character.isWhitespace(c)).count());
    }

    @FuzzTest(maxDuration = "2m")
    void numeralsLieInsideTheTextInOrder(byte[] data) {
        String text = text(data);
        int last = 0;
        for (Numeral n : NUMERALS.scan(text)) {
            assertThat(n.start()).isBetween(last, n.end() - 1);
            assertThat(n.end()).isLessThanOrEqualTo(text.length());
            assertThat(n.value()).isNotNull();
            last = n.start();
        }
    }

    @FuzzTest(maxDuration = "2m")
    void matchingViewOffsetsMapInsideTheOriginalAndBack(byte[] data) {
        String original = text(data);
        MatchingView view = VIEWS.build(original);
        int viewLength = view.text().length();
        for (int o = 0; o <= original.length(); o++) {
            assertThat(view.fromOriginal(o)).isBetween(0, viewLength);
        }
        for (int v = 0; v < viewLength; v++) {
            Span span = view.toOriginal(v, v + 1);
            assertThat(span.start()).isBetween(0, original.length());
            assertThat(span.end()).isBetween(span.start(), original.length());
            // Round trip: the original span of a view character maps back onto a span that holds it.
            assertThat(view.fromOriginal(span.start())).isLessThanOrEqualTo(v);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void quotesAndDatelinesStayInsideTheArticle(byte[] data) {
        AnalyzedText text = Fixtures.analyzer().analyze(text(data));
        List<Mention> mentions = Stages.MENTIONS.extract(text);
        for (Quote q : Stages.QUOTES.extract(text, mentions)) {
            assertThat(q.start()).isBetween(0, q.end());
            assertThat(q.end()).isLessThanOrEqualTo(text.text().length());
        }
        Stages.DATELINES.publicationDate(text);
        Stages.DATELINES.outlet(text);
    }

    @FuzzTest(maxDuration = "2m")
    void aWebPageIsReadOrRefusedWithAReason(byte[] data) {
        try {
            ExtractedDocument doc = READER.read(new SourceFile(Path.of("page.html"), "page.html", data.length), data);
            assertThat(doc.text()).isNotBlank();
        } catch (ReadFailure e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /** The heavier stages, loaded once when a test first needs them. */
    private static final class Stages {
        static final MentionExtractor MENTIONS = MentionExtractor.load(Fixtures.MODELS);
        static final QuoteExtractor QUOTES = QuoteExtractor.load(Fixtures.MODELS);
        static final DatelineReader DATELINES = DatelineReader.load(Fixtures.MODELS, ScriptConverter.shared());
    }
}
