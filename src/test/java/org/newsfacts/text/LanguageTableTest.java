package org.newsfacts.text;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled language table must predict exactly as OpenNLP's detector with the langdetect-183 model, on
 * every paragraph of every text the project reads (corpus, dev2 articles, lexicons under models/).
 */
class LanguageTableTest {
    private static LanguageDetectorME opennlp;
    private static final LanguageTable TABLE = LanguageTable.load();
    private static final java.util.Set<String> paragraphs = new java.util.LinkedHashSet<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = LanguageTableTest.class.getResourceAsStream("/langdetect-183.bin")) {
            opennlp = new LanguageDetectorME(new LanguageDetectorModel(in));
        }
        for (Path root : List.of(Path.of("corpus"), Path.of("corpus/dev2/articles"), Path.of("models"))) {
            try (Stream<Path> files = Files.walk(root, root.endsWith("corpus") ? 1 : 5)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (!name.endsWith(".big5.txt") && (name.endsWith(".txt") || name.endsWith(".tsv") || name.endsWith(".md"))) {
                        String text = Files.readString(f, StandardCharsets.UTF_8);
                        paragraphs.add(text);
                        for (String line : text.split("\n")) {
                            if (!line.isBlank()) {
                                paragraphs.add(line);
                            }
                        }
                    }
                }
            }
        }
        assertThat(paragraphs).hasSizeGreaterThan(1000);
    }

    @Test
    void predictsTheLanguageOpenNlpPredictsOnEveryParagraph() {
        for (String p : paragraphs) {
            Language expected = opennlp.predictLanguage(p);
            assertThat(TABLE.predictLanguage(p)).as(p).isEqualTo(expected.getLang());
        }
    }

    @Test
    void givesEveryLanguageTheProbabilityOpenNlpGivesToTheLastBit() {
        for (String p : paragraphs.stream().limit(200).toList()) {
            Language[] expected = opennlp.predictLanguages(p);
            double[] actual = TABLE.probabilities(p);
            List<String> languages = Arrays.asList(TABLE.languages());
            for (Language l : expected) {
                assertThat(actual[languages.indexOf(l.getLang())]).as(p).isEqualTo(l.getConfidence());
            }
        }
    }

    @Test
    void readsAnEnglishNewsSentenceAsEnglish() {
        assertThat(TABLE.predictLanguage("The Global Innovation Index ranks 139 economies on their capacity for "
                + "and success in innovation.")).isEqualTo("eng");
    }
}
