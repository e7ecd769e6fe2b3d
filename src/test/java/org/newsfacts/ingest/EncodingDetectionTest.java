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
        assertThat(result.text().text()).contains(sentence);
        assertThat(Fixtures.squeeze(result.text().text())).isEqualTo(Fixtures.squeeze(
                Fixtures.analyzer().analyze(text).text()));
    }
}
