package org.newsfacts.ingest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsfacts.Fixtures;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain text is read in the run's own process, everything else in parser processes, with the same result. */
class PlainTextFirstReaderTest {
    private static ForkedArticleReader forked;
    private static PlainTextFirstReader reader;

    @BeforeAll
    static void start() {
        forked = new ForkedArticleReader(ReadLimits.DEFAULT, 1);
        reader = new PlainTextFirstReader(forked, ReadLimits.DEFAULT);
    }

    @AfterAll
    static void stop() {
        forked.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"004_590e8b99fe6055a9.big5.txt", "002_7c878330511f077d.txt", "001_393174bd8e1c55be.docx"})
    void readsAFileAsTheParserProcessDoes(String name) throws Exception {
        Path path = Fixtures.CORPUS.resolve(name);
        byte[] content = Files.readAllBytes(path);
        SourceFile file = new SourceFile(path, name, content.length);

        assertThat(reader.read(file, content)).isEqualTo(forked.read(file, content));
    }

    @Test
    void aReaderMadeAfterTikaWasLoadedAheadReadsAsAnyOther() throws Exception {
        // extract and check start Tika's load before they make their reader; the reader takes that load.
        ReadLimits limits = new ReadLimits(ReadLimits.DEFAULT.maxFileBytes(), ReadLimits.DEFAULT.maxChars(),
                java.time.Duration.ofSeconds(17));
        PlainTextFirstReader.loadTikaAhead(limits);
        Path path = Fixtures.CORPUS.resolve("004_590e8b99fe6055a9.big5.txt");
        byte[] content = Files.readAllBytes(path);
        SourceFile file = new SourceFile(path, path.getFileName().toString(), content.length);

        assertThat(new PlainTextFirstReader(forked, limits).read(file, content)).isEqualTo(reader.read(file, content));
    }

    @Test
    void theInProcessTikaReadsEveryFileOfTheCorporaAsTikasDefaultConfiguration() throws Exception {
        // The run's own process loads Tika's text parser alone; detection and decoding must stay the default's.
        TikaArticleReader whole = new TikaArticleReader(ReadLimits.DEFAULT);
        TikaArticleReader textOnly = TikaArticleReader.plainTextOnly(ReadLimits.DEFAULT);
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (Path dir : new Path[] {Fixtures.CORPUS, Fixtures.DEV2_ARTICLES}) {
            try (var listing = Files.list(dir)) {
                listing.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        int plain = 0;
        for (Path path : files) {
            byte[] content = Files.readAllBytes(path);
            if (!PlainTextFirstReader.mayBePlainText(content)) {
                continue;
            }
            SourceFile file = new SourceFile(path, path.getFileName().toString(), content.length);
            ExtractedDocument expected = whole.readIfPlainText(file, content);
            assertThat(textOnly.readIfPlainText(file, content)).as(path.toString()).isEqualTo(expected);
            plain += expected != null ? 1 : 0;
        }
        assertThat(plain).isGreaterThan(40);
    }

    @Test
    void theInProcessTikaLeavesAWebPageNamedTxtToTheParserProcesses() throws Exception {
        byte[] page = "<html><head><title>創新集群</title></head><body><p>深港穗集群升上第一。</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        SourceFile file = new SourceFile(Path.of("page.txt"), "page.txt", page.length);

        assertThat(TikaArticleReader.plainTextOnly(ReadLimits.DEFAULT).readIfPlainText(file, page)).isNull();
    }

    @Test
    void theInProcessTikaDecodesGb18030AsTikasDefaultConfiguration() throws Exception {
        byte[] text = ("全球創新指數2025年報告顯示，深圳－香港－廣州科技集群連續第二年位列全球第一。"
                + "香港的知識產權收益僅相當於本港貨物及服務貿易總額0.1%，在全球133個選定調查地方中排第56。\n")
                .repeat(4).getBytes(java.nio.charset.Charset.forName("GB18030"));
        SourceFile file = new SourceFile(Path.of("gb.txt"), "gb.txt", text.length);

        ExtractedDocument expected = new TikaArticleReader(ReadLimits.DEFAULT).readIfPlainText(file, text);
        assertThat(TikaArticleReader.plainTextOnly(ReadLimits.DEFAULT).readIfPlainText(file, text)).isEqualTo(expected);
        assertThat(expected.text()).contains("深圳－香港－廣州科技集群");
    }

    @Test
    void takesNewsTextInAnyEightBitEncodingAsPossiblyPlain() {
        String sentence = "全球創新指數2025年報告顯示，深圳－香港－廣州科技集群連續第二年位列全球第一。";

        assertThat(PlainTextFirstReader.mayBePlainText(sentence.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PlainTextFirstReader.mayBePlainText(sentence.getBytes(java.nio.charset.Charset.forName("Big5")))).isTrue();
    }

    @Test
    void leavesWordPdfAndUtf16FilesToTheParserProcesses() throws Exception {
        String sentence = "China has 24 innovation clusters ranked among the top 100.";

        assertThat(PlainTextFirstReader.mayBePlainText(Files.readAllBytes(Fixtures.CORPUS.resolve("001_393174bd8e1c55be.docx")))).isFalse();
        assertThat(PlainTextFirstReader.mayBePlainText(Files.readAllBytes(Fixtures.CORPUS.resolve("003_fc18a87fd1563ce0.pdf")))).isFalse();
        assertThat(PlainTextFirstReader.mayBePlainText(sentence.getBytes(StandardCharsets.UTF_16LE))).isFalse();
        assertThat(PlainTextFirstReader.mayBePlainText(new byte[0])).isFalse();
    }
}
