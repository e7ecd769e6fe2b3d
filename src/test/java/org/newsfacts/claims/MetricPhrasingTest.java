package org.newsfacts.claims;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsfacts.Fixtures;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.pipeline.Extractors;
import org.newsfacts.text.AnalyzedText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' drafts state a figure with the phrase naming its metric on either side, in any of the three scripts
 * (issue 15, point 2). Each row of claims/metric-phrasings.tsv is one such sentence, read through the whole extractor
 * of an article dated in the 2025 edition's season.
 */
class MetricPhrasingTest {
    private static final Extractors EXTRACTORS = Extractors.load(Fixtures.MODELS);
    private static final Path PHRASINGS = Fixtures.required(Path.of("src/test/resources/claims/metric-phrasings.tsv"));

    static Stream<Arguments> phrasings() throws IOException {
        return Files.readAllLines(PHRASINGS, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(cols -> Arguments.of(cols[0], cols[1], cols[2], cols[3], cols[4]));
    }

    @ParameterizedTest(name = "{0} {1} cue {2}: {3}")
    @MethodSource("phrasings")
    void aFigureIsClaimedForItsMetricWhicheverSideItsPhraseStands(String metric, String script, String order,
                                                                   String sentence, String expected) {
        assertThat(claims(sentence)).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void everyClusterMetricOfTheRankingIsPhrasedInEveryScript() throws IOException {
        List<String[]> rows = phrasings().map(a -> new String[]{(String) a.get()[0], (String) a.get()[1]}).toList();
        for (String metric : List.of("rank", "pct_share", "pub_share", "vc_share", "pct_filings", "pub_count",
                "vc_deals", "pct_density", "clusters_in_top100", "economies_in_top100")) {
            assertThat(rows.stream().filter(r -> r[0].equals(metric)).map(r -> r[1]).distinct().count())
                    .as("scripts phrasing %s", metric).isGreaterThanOrEqualTo(2);
        }
    }

    private static List<String> claims(String text) {
        AnalyzedText analyzed = Fixtures.analyzer().analyze(text);
        ArticleResult result = EXTRACTORS.extractAnalyzed("draft.txt", "0".repeat(64), analyzed,
                new DocumentMetadata(null, null, LocalDate.of(2025, 9, 2)));
        return result.claims().stream()
                .map(c -> c.subject() + " " + c.metric() + " " + c.value().stripTrailingZeros().toPlainString())
                .toList();
    }
}
