package org.newsfacts.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.Fixtures;
import org.newsfacts.cli.NewsfactsCli;
import org.newsfacts.ingest.SourceFile;
import picocli.CommandLine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code extract} over a folder it has seen: unchanged files are reused, and the output is as one clean run's. */
class IncrementalRunTest {
    private static final List<String> OUTPUTS = List.of("documents.jsonl", "figures.jsonl", "mentions.jsonl",
            "quotes.jsonl", "claims.jsonl", "conflicts.json", "claims.csv", "quotes.csv");

    @TempDir
    static Path articles;
    @TempDir
    static Path clean;

    @BeforeAll
    static void oneCleanRun() throws IOException {
        for (String name : List.of("000_f31145e2631746c2.txt", "002_7c878330511f077d.txt", "002_7c878330511f077d.html",
                "004_590e8b99fe6055a9.txt")) {
            Files.copy(Fixtures.CORPUS.resolve(name), articles.resolve(name));
        }
        assertThat(extract(clean)).contains("0 unchanged");
    }

    private static String extract(Path out) {
        CommandLine cli = NewsfactsCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("extract", articles.toString(), "--out", out.toString())).isZero();
        return err.toString();
    }

    private static void assertSameOutput(Path a, Path b) throws IOException {
        for (String file : OUTPUTS) {
            assertThat(Fixtures.withoutProvenance(Files.readString(b.resolve(file)))).as(file)
                    .isEqualTo(Fixtures.withoutProvenance(Files.readString(a.resolve(file))));
        }
    }

    @Test
    void aSecondRunOverUnchangedFilesReusesEveryResultAndWritesTheSameOutput(@TempDir Path out) throws IOException {
        extract(out);
        assertThat(extract(out)).contains("4 unchanged since the last run");
        assertSameOutput(clean, out);
    }

    @Test
    void aCacheEntryHoldsItsArticlesLinesOfTheOutputFiles(@TempDir Path out) throws IOException {
        // One record type per file, shared by the writer and the cache: an entry is the article's lines as written.
        extract(out);
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> documents = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
            JsonNode d = json.readTree(line);
            documents.put(d.get("doc").asText(), d);
        }
        List<JsonNode> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve(ResultCache.FOLDER))) {
            for (Path entry : files.toList()) {
                entries.add(json.readTree(entry.toFile()));
            }
        }
        assertThat(entries).hasSize(4);
        Map<String, Integer> cachedLines = new HashMap<>();
        for (JsonNode entry : entries) {
            String doc = entry.get("document").get("doc").asText();
            assertThat(entry.get("document")).isEqualTo(documents.get(doc));
            for (String file : List.of("figures", "mentions", "quotes")) {
                List<JsonNode> written = new ArrayList<>();
                for (String line : Files.readAllLines(out.resolve(file + ".jsonl"))) {
                    JsonNode node = json.readTree(line);
                    if (node.get("doc").asText().equals(doc)) {
                        written.add(node);
                    }
                }
                List<JsonNode> cached = new ArrayList<>();
                entry.get(file).forEach(cached::add);
                assertThat(cached).as(doc + " " + file).isEqualTo(written);
                cachedLines.merge(file, cached.size(), Integer::sum);
            }
        }
        assertThat(cachedLines.values()).allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void aReusedArticleKeepsItsPageFurnitureOutOfTheMatchingView(@TempDir Path out) throws IOException {
        // The cache keeps furniture only as the document record's `furniture`; 香港新聞網 2023 (dev2 06) ends with a
        // video list, which the reused article must still blank in its matching view.
        Path page = Fixtures.required(Fixtures.DEV2_ARTICLES.resolve("06_hkcna_second_four_years_2023.txt"));
        ArticleResult made = Fixtures.processor().process(new SourceFile(page, "06.txt", Files.size(page)));
        ResultCache cache = new ResultCache(out, "models", true);
        cache.store(made);
        ArticleResult reused = cache.find(made.doc(), made.sha256());
        assertThat(made.text().furniture()).isNotEmpty();
        assertThat(reused.text().furniture()).isEqualTo(made.text().furniture());
        assertThat(reused.text().matchingView().text()).isEqualTo(made.text().matchingView().text());
    }

    @Test
    void aRunKilledHalfWayAndStartedAgainEndsAsOneCleanRun(@TempDir Path out) throws IOException {
        extract(out);
        // As if killed after two articles were done and before the run's files were written.
        for (String file : OUTPUTS) {
            Files.delete(out.resolve(file));
        }
        try (Stream<Path> entries = Files.list(out.resolve(ResultCache.FOLDER))) {
            entries.sorted().limit(2).forEach(p -> p.toFile().delete());
        }
        assertThat(extract(out)).contains("2 unchanged since the last run");
        assertSameOutput(clean, out);
    }

    @Test
    void aChangedFileIsProcessedAgain(@TempDir Path folder, @TempDir Path out) throws IOException {
        Files.copy(Fixtures.CORPUS.resolve("002_7c878330511f077d.txt"), folder.resolve("a.txt"));
        Files.copy(Fixtures.CORPUS.resolve("004_590e8b99fe6055a9.txt"), folder.resolve("b.txt"));
        CommandLine cli = NewsfactsCli.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        cli.execute("extract", folder.toString(), "--out", out.toString());
        Files.writeString(folder.resolve("a.txt"), "「深圳─香港─廣州」集群的PCT國際專利申請量佔全球12%。");
        StringWriter err = new StringWriter();
        cli = NewsfactsCli.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.execute("extract", folder.toString(), "--out", out.toString());
        assertThat(err.toString()).contains("1 unchanged since the last run");
        assertThat(Files.readString(out.resolve("documents.jsonl"))).contains("佔全球12%。");
    }
}
