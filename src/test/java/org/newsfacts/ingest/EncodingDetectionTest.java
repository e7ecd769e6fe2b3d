package org.newsfacts.ingest;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.Fixtures;
import org.newsfacts.pipeline.ArticleResult;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain-text articles come in whatever encoding the newsroom's system used; none may garble the text. */
class EncodingDetectionTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "002_7c878330511f077d.txt, GB18030, PCT国际专利申请量全球占比12%",
            "002_7c878330511f077d.txt, GBK, PCT国际专利申请量全球占比12%",
            "002_7c878330511f077d.txt, UTF-16, PCT国际专利申请量全球占比12%",
            "004_590e8b99fe6055a9.txt, Big5, 十強中，中國佔3席",
            "004_590e8b99fe6055a9.txt, UTF-16, 十強中，中國佔3席",
    })
    void decodesTheArticleWhateverItsEncoding(String seed, String charset, String sentence, @TempDir Path dir)
            throws Exception {
        String text = Fixtures.corpusText(seed);
        Path file = dir.resolve(seed);
        Files.write(file, text.getBytes(Charset.forName(charset)));
        ArticleResult result = Fixtures.processor().process(new SourceFile(file, seed, Files.size(file)));
        assertThat(result.error()).isNull();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.text().text()).contains(sentence);
        assertThat(Fixtures.squeeze(result.text().text())).isEqualTo(Fixtures.squeeze(
                Fixtures.analyzer().analyze(text).text()));
    }

    @org.junit.jupiter.api.Test
    void aUtf8ArticleWithManyInvalidBytesIsReadButItsRecordSaysTheTextIsGarbled(@TempDir Path dir) throws Exception {
        byte[] bytes = Fixtures.corpusText("000_f31145e2631746c2.txt").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 100; i < bytes.length; i += 97) {
            bytes[i] = (byte) 0xFF; // never a byte of UTF-8
        }
        Path file = Files.write(dir.resolve("corrupt.txt"), bytes);

        ArticleResult result = Fixtures.processor().process(new SourceFile(file, "corrupt.txt", bytes.length));

        assertThat(result.error()).isNull();
        assertThat(result.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w).startsWith("encoding: "));
        assertThat(result.document().warnings()).isEqualTo(result.warnings());
    }

    @org.junit.jupiter.api.Test
    void anEnglishArticleInWindows1252IsNotMistakenForCorruptUtf8(@TempDir Path dir) throws Exception {
        String text = Files.readString(Fixtures.DEV2_ARTICLES.resolve("04_thedailyupdates_east_asia_hubs_2022.txt"))
                .replace('\u201C', '"').replace('\u201D', '"');
        Path file = Files.write(dir.resolve("daily.txt"), text.getBytes(Charset.forName("windows-1252")));

        ArticleResult result = Fixtures.processor().process(new SourceFile(file, "daily.txt", Files.size(file)));

        assertThat(result.error()).isNull();
        assertThat(result.text().text()).contains("San José", "Türkiye");
        assertThat(result.warnings()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void curlyQuotesOfWindows1252ThatTheReaderLosesAreReported(@TempDir Path dir) throws Exception {
        // Tika reads this file as ISO-8859-1, where 0x92 (’ in windows-1252) is no character: six apostrophes lost.
        String text = Files.readString(Fixtures.DEV2_ARTICLES.resolve("22_thestar_kl_93rd_2024.txt"))
                .replace("'", "\u2019");
        Path file = Files.write(dir.resolve("star.txt"), text.getBytes(Charset.forName("windows-1252")));

        ArticleResult result = Fixtures.processor().process(new SourceFile(file, "star.txt", Files.size(file)));

        assertThat(result.error()).isNull();
        assertThat(result.warnings()).singleElement().asString()
                .startsWith("encoding: 6 byte sequence(s) could not be read as ISO-8859-1");
    }
}
