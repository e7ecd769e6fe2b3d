package org.newsfacts.bench;

import org.newsfacts.ingest.ExtractedDocument;
import org.newsfacts.ingest.ReadFailure;
import org.newsfacts.ingest.ReadLimits;
import org.newsfacts.ingest.SourceFile;
import org.newsfacts.ingest.TikaArticleReader;
import org.newsfacts.pipeline.ArticleProcessor;
import org.newsfacts.pipeline.ArticleResult;
import org.newsfacts.pipeline.BatchRunner;
import org.newsfacts.pipeline.InputCollector;
import org.newsfacts.claims.ArticleFacts;
import org.newsfacts.claims.ClaimBinder;
import org.newsfacts.claims.ClaimLexicon;
import org.newsfacts.extract.figures.FigureContext;
import org.newsfacts.extract.figures.FigureExtractor;
import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.extract.mentions.MentionExtractor;
import org.newsfacts.extract.quotes.QuoteExtractor;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.TextAnalyzer;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the batch run: time from JVM start to the first processed article, throughput of the whole
 * pipeline over the corpus repeated to about a thousand files, and, per input format, articles per second
 * and characters per second of each stage on one core.
 */
public final class PipelineBenchmark {
    private final Path corpus;
    private final Path models;
    private final int copies;
    private final int threads;
    private final PrintStream out;

    public PipelineBenchmark(Path corpus, Path models, int copies, int threads, PrintStream out) {
        this.corpus = corpus;
        this.models = models;
        this.copies = copies;
        this.threads = threads;
        this.out = out;
    }

    public void run() throws IOException, ReadFailure {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        ArticleProcessor processor = ArticleProcessor.create(models, ReadLimits.DEFAULT);
        long loaded = System.nanoTime();
        List<SourceFile> originals = InputCollector.collect(List.of(corpus));
        ArticleResult first = processor.process(originals.get(0));
        long firstDone = System.nanoTime();
        long sinceJvm = System.currentTimeMillis() - jvmStart;
        out.printf(Locale.ROOT, "start-up: %.2f s from JVM start to the first article (%s) done; models %.2f s, first article %.0f ms%n",
                sinceJvm / 1000.0, first.doc(), (loaded - t0) / 1e9, (firstDone - loaded) / 1e6);

        Path folder = Files.createTempDirectory("newsfacts-bench");
        try {
            List<SourceFile> files = replicate(originals, folder);
            new BatchRunner(processor, threads, false).run(files.subList(0, Math.min(files.size(), 50)), r -> { }); // warm-up
            long start = System.nanoTime();
            long[] chars = {0};
            BatchRunner.Summary summary = new BatchRunner(processor, threads, false).run(files, r -> {
                if (r.ok()) {
                    chars[0] += r.text().text().length();
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "extract: %d files (%d failed) on %d threads in %.2f s: %.1f articles/s, %.0f chars/s%n",
                    summary.files(), summary.failed(), threads, seconds, summary.files() / seconds, chars[0] / seconds);
            perFormat(originals);
            perStage(originals, processor);
        } finally {
            deleteTree(folder);
        }
    }

    /** One core, each format on its own: reading (Tika) and text analysis, as articles and chars per second. */
    private void perFormat(List<SourceFile> originals) throws IOException, ReadFailure {
        TikaArticleReader reader = new TikaArticleReader(ReadLimits.DEFAULT);
        TextAnalyzer analyzer = TextAnalyzer.withBundledModels();
        Map<String, List<SourceFile>> byFormat = new TreeMap<>();
        for (SourceFile f : originals) {
            String name = f.doc();
            byFormat.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1), k -> new ArrayList<>()).add(f);
        }
        out.println();
        out.println("| format | files | read (Tika) articles/s | analyse text articles/s | analyse text chars/s | whole article articles/s |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (var entry : byFormat.entrySet()) {
            Map<SourceFile, byte[]> contents = new LinkedHashMap<>();
            for (SourceFile f : entry.getValue()) {
                contents.put(f, Files.readAllBytes(f.path()));
            }
            int rounds = Math.max(20, 200 / contents.size());
            List<String> raw = new ArrayList<>();
            for (var c : contents.entrySet()) {
                raw.add(reader.read(c.getKey(), c.getValue()).text());
            }
            long readNanos = time(rounds, () -> {
                for (var c : contents.entrySet()) {
                    ExtractedDocument ignored = reader.read(c.getKey(), c.getValue());
                }
            });
            long chars = 0;
            for (String r : raw) {
                chars += analyzer.analyze(r).text().length();
            }
            long analyseNanos = time(rounds, () -> raw.forEach(analyzer::analyze));
            int n = contents.size() * rounds;
            double readSeconds = readNanos / 1e9;
            double analyseSeconds = analyseNanos / 1e9;
            out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f |%n", entry.getKey(), contents.size(),
                    n / readSeconds, n / analyseSeconds, chars * rounds / analyseSeconds, n / (readSeconds + analyseSeconds));
        }
    }

    /** One core, all corpus texts: characters per second of each stage after reading. */
    private void perStage(List<SourceFile> originals, ArticleProcessor processor) {
        TextAnalyzer analyzer = TextAnalyzer.withBundledModels();
        FigureExtractor figures = FigureExtractor.load(models);
        MentionExtractor mentions = MentionExtractor.load(models);
        QuoteExtractor quotes = QuoteExtractor.load(models);
        ClaimBinder binder = new ClaimBinder(ClaimLexicon.load(models));
        List<ArticleResult> articles = originals.stream().map(processor::process).filter(ArticleResult::ok).toList();
        List<String> raw = articles.stream().map(a -> a.text().text()).toList();
        List<AnalyzedText> texts = raw.stream().map(analyzer::analyze).toList();
        long chars = raw.stream().mapToLong(String::length).sum();
        int rounds = 30;
        out.println();
        out.println("| stage | chars/s (one core) |");
        out.println("| --- | ---: |");
        stage("line repair, language, sentences, matching view", chars, rounds, () -> raw.forEach(analyzer::analyze));
        stage("figures", chars, rounds, () -> texts.forEach(t -> figures.extract(t.matchingView().text(),
                FigureContext.forLanguage(t.lang().code()))));
        stage("mentions", chars, rounds, () -> texts.forEach(mentions::extract));
        List<List<Mention>> named = texts.stream().map(mentions::extract).toList();
        stage("quotes", chars, rounds, () -> {
            for (int i = 0; i < texts.size(); i++) {
                quotes.extract(texts.get(i), named.get(i));
            }
        });
        List<ArticleFacts> facts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            AnalyzedText t = texts.get(i);
            facts.add(new ArticleFacts(articles.get(i).doc(), articles.get(i).sha256(), t,
                    figures.extract(t.matchingView().text(), FigureContext.forLanguage(t.lang().code())),
                    named.get(i), List.of(), null, null));
        }
        stage("claims", chars, rounds, () -> facts.forEach(binder::bind));
    }

    private void stage(String name, long chars, int rounds, Runnable work) {
        work.run(); // warm-up
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            work.run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "| %s | %.0f |%n", name, chars * rounds / seconds);
    }

    private interface Work {
        void run() throws ReadFailure;
    }

    private static long time(int rounds, Work work) throws ReadFailure {
        work.run(); // warm-up
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            work.run();
        }
        return System.nanoTime() - start;
    }

    private List<SourceFile> replicate(List<SourceFile> originals, Path folder) throws IOException {
        for (int i = 0; i < copies; i++) {
            Path copy = Files.createDirectories(folder.resolve(String.format("%04d", i)));
            for (SourceFile f : originals) {
                Path target = copy.resolve(f.doc());
                Files.createDirectories(target.getParent());
                Files.copy(f.path(), target);
            }
        }
        return InputCollector.collect(List.of(folder));
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
