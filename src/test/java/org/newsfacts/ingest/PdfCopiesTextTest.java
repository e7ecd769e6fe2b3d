package org.newsfacts.ingest;

import org.junit.jupiter.api.Test;
import org.newsfacts.Fixtures;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two-column PDF copies of dev2 articles read back as the articles themselves: every wrapped line
 * rejoined, every paragraph kept, and no running header or page number left, on every page of every copy.
 */
class PdfCopiesTextTest {
    static final Path DEV2_PDF = Fixtures.CORPUS.resolve("dev2").resolve("pdf");

    @Test
    void everyDev2PdfCopyReadsAsItsArticlesParagraphs() throws Exception {
        List<String> differing = new ArrayList<>();
        List<Path> copies;
        try (Stream<Path> files = Files.list(Fixtures.required(DEV2_PDF))) {
            copies = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(copies).as("PDF copies in " + DEV2_PDF).isNotEmpty();
        for (Path pdf : copies) {
            String stem = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            String article = Files.readString(Fixtures.required(Fixtures.DEV2_ARTICLES.resolve(stem + ".txt")),
                    StandardCharsets.UTF_8);
            // The generator sets each non-blank line of the article as a paragraph.
            String paragraphs = Arrays.stream(article.split("\n")).filter(l -> !l.isBlank()).map(String::strip)
                    .collect(Collectors.joining("\n\n"));
            String read = new PdfArticleReader().read(Files.readAllBytes(pdf), 1_000_000).text();
            if (!read.equals(paragraphs)) {
                differing.add(stem);
            }
        }
        assertThat(differing).as("copies whose text differs from their article").isEmpty();
    }

    @Test
    void aPdfWhoseTextRunsPastTheCharacterLimitIsRefusedSayingSo() throws Exception {
        byte[] pdf = Files.readAllBytes(Fixtures.required(DEV2_PDF.resolve("07_chinanews_hk_spokesman_2023.pdf")));
        assertThatThrownBy(() -> new PdfArticleReader().read(pdf, 200))
                .isInstanceOf(ReadFailure.class).hasMessage("text is longer than the limit of 200 characters");
    }
}
