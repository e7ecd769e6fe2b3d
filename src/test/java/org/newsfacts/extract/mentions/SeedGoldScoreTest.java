package org.newsfacts.extract.mentions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;
import org.newsfacts.evaluate.MatchText;
import org.newsfacts.extract.quotes.Quote;
import org.newsfacts.text.AnalyzedText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the mention and quote extractors on the five seed articles against the gold of corpus/gold, the way the
 * project's evaluation counts them: clusters as (article, id) sets, people as (article, name) sets, quotes one
 * to one where the extracted text covers the gold stretch and the speaker is the gold speaker (as written, or
 * through the gold folder's own speaker-aliases.tsv), all in matching form (script, width, dashes folded). Prints precision, recall and F1 per category, and what HanLP's name
 * recogniser alone scores on people; fails below the floors reached when this was written.
 */
class SeedGoldScoreTest {
    /** Floors: what the extractors reach on the seeds (the targets were 0.97, 0.92, 0.92). */
    private static final double CLUSTERS_F1 = 1.0;
    private static final double PEOPLE_F1 = 1.0;
    /**
     * Below 1.0 by the convention decision of issue 10 (README, Evaluation): continued Chinese reported speech is
     * the speaker's (dev2 CONVENTIONS rule 8), and this gold lists none, so 000's four continued statements count
     * as false hits (recall stays 1.000).
     */
    private static final double QUOTES_F1 = 0.90;
    /** Title and byline patterns must add this much F1 on people over HanLP's recogniser alone. */
    private static final double PATTERNS_GAIN = 0.25;

    private record Article(String doc, JsonNode gold, AnalyzedText text, List<Mention> mentions, List<Quote> quotes) {
    }

    /** True and false positives and misses, with what went wrong for the report. */
    private static final class Tally {
        int truePositives;
        final List<String> falsePositives = new ArrayList<>();
        final List<String> misses = new ArrayList<>();

        double precision() {
            int predicted = truePositives + falsePositives.size();
            return predicted == 0 ? 1 : truePositives / (double) predicted;
        }

        double recall() {
            int gold = truePositives + misses.size();
            return gold == 0 ? 1 : truePositives / (double) gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line(String category) {
            return String.format("%-28s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%s%s", category, precision(), recall(),
                    f1(), truePositives, falsePositives.size(), misses.size(),
                    falsePositives.isEmpty() ? "" : "\n    false: " + falsePositives,
                    misses.isEmpty() ? "" : "\n    missed: " + misses);
        }
    }

    private static final List<Article> ARTICLES = new ArrayList<>();
    private static final Map<String, Tally> SCORES = new LinkedHashMap<>();

    @BeforeAll
    static void scoreSeeds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> golds;
        try (Stream<Path> files = Files.list(Fixtures.GOLD)) {
            golds = files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt\\.gold\\.json")).sorted().toList();
        }
        assertThat(golds).as("gold files in " + Fixtures.GOLD.toAbsolutePath()).hasSize(5);
        MentionExtractor mentions = ExtractorFixtures.mentionExtractor();
        for (Path g : golds) {
            JsonNode gold = json.readTree(g.toFile());
            String doc = gold.get("doc").asText();
            AnalyzedText text = ExtractorFixtures.analyze(Fixtures.corpusText(doc));
            List<Mention> found = mentions.extract(text);
            ARTICLES.add(new Article(doc, gold, text, found, ExtractorFixtures.quoteExtractor().extract(text, found)));
        }
        SCORES.put("clusters", scoreSets("clusters", "id", a -> ids(a.mentions(), Mention.CLUSTER)));
        SCORES.put("people", scoreSets("people", "name", a -> ids(a.mentions(), Mention.PERSON)));
        SCORES.put("people (HanLP alone)", scoreSets("people", "name",
                a -> ids(mentions.peopleByHanlpAlone(a.text()), Mention.PERSON)));
        SCORES.put("quotes", scoreQuotes());
        StringBuilder report = new StringBuilder("\nMentions and quotes on the five seed articles:\n");
        SCORES.forEach((category, tally) -> report.append("  ").append(tally.line(category)).append('\n'));
        System.out.println(report);
    }

    private static Set<String> ids(List<Mention> mentions, String type) {
        Set<String> ids = new HashSet<>();
        mentions.stream().filter(m -> m.type().equals(type)).forEach(m -> ids.add(MatchText.normalize(m.id())));
        return ids;
    }

    private static Tally scoreSets(String goldField, String key, java.util.function.Function<Article, Set<String>> predicted) {
        Tally tally = new Tally();
        for (Article a : ARTICLES) {
            Set<String> gold = new HashSet<>();
            a.gold().get(goldField).forEach(e -> gold.add(MatchText.normalize(e.get(key).asText())));
            Set<String> found = predicted.apply(a);
            for (String g : gold) {
                if (found.contains(g)) {
                    tally.truePositives++;
                } else {
                    tally.misses.add(a.doc().substring(0, 3) + ":" + g);
                }
            }
            found.stream().filter(f -> !gold.contains(f)).forEach(f -> tally.falsePositives.add(a.doc().substring(0, 3) + ":" + f));
        }
        return tally;
    }

    /** One to one, tightest covering quote first, as the evaluator pairs them. */
    private static Tally scoreQuotes() {
        Tally tally = new Tally();
        org.newsfacts.evaluate.SpeakerAliases aliases;
        try {
            aliases = org.newsfacts.evaluate.SpeakerAliases.load(Fixtures.GOLD);
        } catch (org.newsfacts.evaluate.BadInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        for (Article a : ARTICLES) {
            List<Quote> predicted = new ArrayList<>(a.quotes());
            predicted.sort((x, y) -> x.text().length() - y.text().length());
            boolean[] used = new boolean[predicted.size()];
            for (JsonNode g : a.gold().get("quotes")) {
                String stretch = MatchText.normalize(g.get("contains").asText());
                String speaker = g.get("speaker").asText();
                int match = -1;
                for (int i = 0; i < predicted.size() && match < 0; i++) {
                    Quote q = predicted.get(i);
                    if (!used[i] && MatchText.normalize(q.text()).contains(stretch)
                            && aliases.same(speaker, q.speaker())) {
                        match = i;
                    }
                }
                if (match >= 0) {
                    used[match] = true;
                    tally.truePositives++;
                } else {
                    tally.misses.add(a.doc().substring(0, 3) + ":" + g.get("speaker").asText() + "「" + g.get("contains").asText() + "」");
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i]) {
                    Quote q = predicted.get(i);
                    tally.falsePositives.add(a.doc().substring(0, 3) + ":" + q.speaker() + "「"
                            + q.text().substring(0, Math.min(24, q.text().length())) + "」");
                }
            }
        }
        return tally;
    }

    @Test
    void clustersReachTheirFloor() {
        assertThat(SCORES.get("clusters").f1()).as(SCORES.get("clusters").line("clusters")).isGreaterThanOrEqualTo(CLUSTERS_F1);
    }

    @Test
    void peopleReachTheirFloor() {
        assertThat(SCORES.get("people").f1()).as(SCORES.get("people").line("people")).isGreaterThanOrEqualTo(PEOPLE_F1);
    }

    @Test
    void quotesReachTheirFloor() {
        assertThat(SCORES.get("quotes").f1()).as(SCORES.get("quotes").line("quotes")).isGreaterThanOrEqualTo(QUOTES_F1);
    }

    @Test
    void titlePatternsAddToHanlpAlone() {
        double gain = SCORES.get("people").f1() - SCORES.get("people (HanLP alone)").f1();
        assertThat(gain).as("people F1 gain of patterns over HanLP alone").isGreaterThanOrEqualTo(PATTERNS_GAIN);
    }

    @Test
    void everyQuoteAndMentionPointsIntoItsTextWithASpanOfItsKind() {
        for (Article a : ARTICLES) {
            String text = a.text().text();
            a.mentions().forEach(m -> {
                assertThat(m.span().coveredText(text)).isEqualTo(m.surface());
                assertThat(m.span().type()).isEqualTo(m.type());
            });
            a.quotes().forEach(q -> {
                assertThat(q.span().coveredText(text)).isEqualTo(q.text());
                assertThat(q.span().type()).isEqualTo(q.kind());
            });
        }
    }
}
