package org.newsfacts.pipeline;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.bench.SlowFileBenchmark;
import org.newsfacts.ingest.SourceFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken and hostile files each become an error record naming the cause, while the good articles of the
 * same run come through.
 */
class BadInputTest {
    @TempDir
    static Path folder;
    private static Map<String, ArticleResult> results;

    @BeforeAll
    static void runOverAFolderOfGoodAndBadFiles() throws Exception {
        Files.copy(Fixtures.CORPUS.resolve("002_7c878330511f077d.txt"), folder.resolve("good.txt"));
        Files.copy(Fixtures.CORPUS.resolve("003_fc18a87fd1563ce0.pdf"), folder.resolve("good.pdf"));
        Files.createFile(folder.resolve("empty.txt"));
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Files.write(folder.resolve("noise.pdf"), noise);
        byte[] pdf = Files.readAllBytes(Fixtures.CORPUS.resolve("003_fc18a87fd1563ce0.pdf"));
        Files.write(folder.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        encrypt(Fixtures.CORPUS.resolve("003_fc18a87fd1563ce0.pdf"), folder.resolve("locked.pdf"));
        writeLargeText(folder.resolve("huge.txt"), 50L << 20);
        // 3 million paragraphs of text in a 60 KB file: far more text than the 2,000,000-character limit.
        SlowFileBenchmark.docx(folder.resolve("bomb.docx"), "<w:p><w:r><w:t>創新集群排名</w:t></w:r></w:p>", 3_000_000);
        xlsxNamedDocx(folder.resolve("sheet.docx"));
        Files.copy(Fixtures.CORPUS.resolve("002_7c878330511f077d.txt"), folder.resolve("forged\nnewsfacts: 0 failed.txt"));
        Files.copy(Fixtures.CORPUS.resolve("002_7c878330511f077d.txt"), folder.resolve("invoice\u202Etxt.exe"));
        Files.writeString(folder.resolve("nested.html"), "<html><body>" + "<div>創新".repeat(20_000)
                + "</div>".repeat(20_000) + "</body></html>");

        List<SourceFile> files = InputCollector.collect(List.of(folder));
        List<ArticleResult> run = new java.util.ArrayList<>();
        new BatchRunner(Fixtures.processor(), 2, false).run(files, run::add);
        results = run.stream().collect(Collectors.toMap(ArticleResult::doc, Function.identity()));
    }

    private static void xlsxNamedDocx(Path target) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             OutputStream out = Files.newOutputStream(target)) {
            var sheet = book.createSheet("排名");
            sheet.createRow(0).createCell(0).setCellValue("深圳—香港—廣州集群連續第五年位列全球第二。");
            book.write(out);
        }
    }

    private static void encrypt(Path source, Path target) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "reader-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(target.toFile());
        }
    }

    private static void writeLargeText(Path target, long bytes) throws IOException {
        byte[] line = "世界知識產權組織公布的創新集群排名，反映粵港澳大灣區的創新能力在國際上獲得高度肯定。\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(target)) {
            for (long written = 0; written < bytes; written += line.length) {
                out.write(line);
            }
        }
    }

    @Test
    void goodFilesInTheSameRunSucceed() {
        assertThat(results.get("good.txt").ok()).isTrue();
        assertThat(results.get("good.pdf").ok()).isTrue();
    }

    @Test
    void aZipBombDocxIsStoppedAtTheTextLimit() {
        assertThat(results.get("bomb.docx").error()).contains("limit");
    }

    @Test
    void aSpreadsheetNamedDocxIsReadForWhatItIs() {
        ArticleResult sheet = results.get("sheet.docx");
        assertThat(sheet.ok()).as(String.valueOf(sheet.error())).isTrue();
        assertThat(sheet.mediaType()).contains("spreadsheetml");
        assertThat(sheet.text().text()).contains("全球第二");
    }

    @Test
    void filesWithANewlineOrABidiOverrideInTheirNameAreReadUnderTheirOwnName() {
        assertThat(results.get("forged\nnewsfacts: 0 failed.txt").ok()).isTrue();
        assertThat(results.get("invoice\u202Etxt.exe").ok()).isTrue();
    }

    @Test
    void aPageNestedTwentyThousandDeepIsRefusedBeforeReadability() {
        assertThat(results.get("nested.html").error()).contains("nests elements").contains("deep");
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThat(results.get("empty.txt").error()).contains("empty");
    }

    @Test
    void randomBytesNamedPdfAreAnError() {
        assertThat(results.get("noise.pdf").ok()).isFalse();
        assertThat(results.get("noise.pdf").error()).isNotBlank();
    }

    @Test
    void aTruncatedPdfIsAnErrorNamingTheParser() {
        ArticleResult truncated = results.get("truncated.pdf");
        assertThat(truncated.ok()).isFalse();
        assertThat(truncated.error()).contains("application/pdf");
    }

    @Test
    void anEncryptedPdfIsAnErrorSayingSo() {
        assertThat(results.get("locked.pdf").error()).contains("encrypted");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithItsSize() {
        assertThat(results.get("huge.txt").error()).contains("50.0 MB").contains("size limit");
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadEvenToHashIt() {
        assertThat(results.get("huge.txt").sha256()).isNull();
    }

    @Test
    void everyFileThatWasReadCarriesItsHash() {
        assertThat(results.get("empty.txt").sha256())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
