package org.newsfacts.extract.mentions;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;
import org.newsfacts.extract.quotes.Quote;
import org.newsfacts.text.AnalyzedText;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The extractors as the pipeline uses them: any input, any number of threads. */
class MentionExtractorTest {
    private static final List<String> SEEDS = List.of("000_f31145e2631746c2.txt", "001_393174bd8e1c55be.txt",
            "002_7c878330511f077d.txt", "003_fc18a87fd1563ce0.txt", "004_590e8b99fe6055a9.txt");

    @Test
    void emptyAndLetterlessTextsHaveNothing() {
        for (String raw : List.of("", "\n\n", "2025-09-18 14:01:17\n0\n", "▲▼ 1：1")) {
            AnalyzedText text = ExtractorFixtures.analyze(raw);
            List<Mention> mentions = ExtractorFixtures.mentionExtractor().extract(text);
            assertThat(mentions).isEmpty();
            assertThat(ExtractorFixtures.quoteExtractor().extract(text, mentions)).isEmpty();
        }
    }

    @Test
    void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
        List<AnalyzedText> texts = new ArrayList<>();
        SEEDS.forEach(doc -> texts.add(ExtractorFixtures.analyze(Fixtures.corpusText(doc))));
        List<List<Mention>> alone = texts.stream().map(ExtractorFixtures.mentionExtractor()::extract).toList();
        List<List<Quote>> quotesAlone = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            quotesAlone.add(ExtractorFixtures.quoteExtractor().extract(texts.get(i), alone.get(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < texts.size(); i++) {
                    int k = i;
                    runs.add(pool.submit(() -> {
                        List<Mention> m = ExtractorFixtures.mentionExtractor().extract(texts.get(k));
                        return m.equals(alone.get(k))
                                && ExtractorFixtures.quoteExtractor().extract(texts.get(k), m).equals(quotesAlone.get(k));
                    }));
                }
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
