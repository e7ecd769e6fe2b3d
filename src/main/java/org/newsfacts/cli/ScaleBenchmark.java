package org.newsfacts.cli;

import org.newsfacts.files.FileTrees;

import org.newsfacts.output.OutputWriter;
import org.newsfacts.reconcile.ConflictsWriter;
import org.newsfacts.report.ReportWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Memory of {@code extract} at scale: makes N short articles by cutting the corpus's and dev2's plain-text
 * articles into pieces of a few paragraphs (each piece starts with its article's first line, so outlet and
 * dateline stay), writes them under distinct names, runs the real {@code extract} over them in this JVM and
 * reports the time and the heap. Run it with the heap to test, e.g.
 *
 * <pre>NEWSFACTS_JAVA_OPTS=-Xmx256m ./newsfacts bench --scale 10000
 * java -Xmx256m -cp target/newsfacts.jar org.newsfacts.cli.ScaleBenchmark 10000</pre>
 *
 * <p>Heap is sampled every 30 s, and once more when the articles are done, as used heap after a full garbage
 * collection the sampler asks for, so it is what the run keeps alive, not garbage waiting to be collected. (A
 * full collection every few seconds would measure the collector: on a loaded machine each takes seconds.) Not a test: README's "Running on large
 * folders" quotes its numbers.
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ScaleBenchmark N [--chars MAX] [--threads T] [--models DIR] [--corpus DIR]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        int maxChars = 600;
        String threads = null;
        Path models = Path.of("models");
        Path corpus = Path.of("corpus");
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--chars" -> maxChars = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = args[i + 1];
                case "--models" -> models = Path.of(args[i + 1]);
                case "--corpus" -> corpus = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path folder = Files.createTempDirectory("newsfacts-scale");
        int code;
        try {
            code = run(corpus, models, folder, n, maxChars, threads, System.out);
        } finally {
            FileTrees.delete(folder); // before System.exit, which would skip a finally around it
        }
        System.exit(code);
    }

    public static int run(Path corpus, Path models, Path folder, int n, int maxChars, String threads, PrintStream out)
            throws Exception {
        Path in = folder.resolve("in");
        Path outDir = folder.resolve("out");
        int pieces = makeArticles(sourceTexts(corpus), in, n, maxChars);
        long max = Runtime.getRuntime().maxMemory();
        out.printf(Locale.ROOT, "%d articles (from %d distinct pieces of at most %d chars) in %s; max heap %d MB%n",
                n, pieces, maxChars, in, max >> 20);

        HeapSampler sampler = new HeapSampler();
        Thread sampling = new Thread(sampler, "heap-sampler");
        sampling.setDaemon(true);
        sampling.start();
        long start = System.nanoTime();
        List<String> args = new ArrayList<>(List.of("extract", in.toString(), "--out", outDir.toString(), "--quiet",
                "--models", models.toString()));
        if (threads != null) {
            args.addAll(List.of("--threads", threads));
        }
        var cli = NewsfactsCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args.toArray(String[]::new));
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.stop = true;
        sampling.interrupt();
        sampling.join();
        out.printf(Locale.ROOT, "exit %d in %.1f s (%.1f articles/s)%n", code, seconds, n / seconds);
        out.printf(Locale.ROOT, "live heap after GC: peak %.1f MB, at the end of processing %.1f MB (samples: %d)%n",
                sampler.peak / 1048576.0, sampler.last / 1048576.0, sampler.samples);
        for (String file : List.of(OutputWriter.DOCUMENTS, ConflictsWriter.FILE, ReportWriter.FILE_NAME)) {
            Path p = outDir.resolve(file);
            out.printf(Locale.ROOT, "%s: %s%n", file, Files.exists(p) ? String.format(Locale.ROOT, "%.2f MB",
                    Files.size(p) / 1048576.0) : "missing");
        }
        if (!err.toString().isBlank()) {
            String text = err.toString();
            out.println("stderr: " + (text.length() > 2000 ? text.substring(0, 2000) + " …" : text).strip());
        }
        return code;
    }

    /** The plain-text articles of the corpus and of dev2, in name order. */
    public static List<String> sourceTexts(Path corpus) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(corpus, corpus.resolve("dev2").resolve("articles"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")
                        && !p.getFileName().toString().contains(".big5.")).sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no .txt articles in " + corpus + " or its dev2/articles");
        }
        return texts;
    }

    /**
     * Writes {@code n} articles into {@code in}, in folders of a thousand: piece {@code i % pieces} under the name
     * {@code NNN/iiiiiii.txt}. Returns how many distinct pieces there are.
     */
    public static int makeArticles(List<String> texts, Path in, int n, int maxChars) throws IOException {
        List<String> pieces = new ArrayList<>();
        for (String text : texts) {
            List<String> paragraphs = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (paragraphs.size() < 2) {
                continue;
            }
            String head = paragraphs.get(0);
            StringBuilder piece = new StringBuilder(head).append("\n\n");
            for (String p : paragraphs.subList(1, paragraphs.size())) {
                String part = p.length() > maxChars ? p.substring(0, maxChars) : p;
                if (piece.length() > head.length() + 2 && piece.length() + part.length() > maxChars) {
                    pieces.add(piece.toString());
                    piece = new StringBuilder(head).append("\n\n");
                }
                piece.append(part).append("\n\n");
            }
            if (piece.length() > head.length() + 2) {
                pieces.add(piece.toString());
            }
        }
        for (int i = 0; i < n; i++) {
            Path file = in.resolve(String.format(Locale.ROOT, "%03d/%07d.txt", i / 1000, i));
            if (i % 1000 == 0) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, pieces.get(i % pieces.size()), StandardCharsets.UTF_8);
        }
        return pieces.size();
    }

    /** Live heap: used memory right after a full collection, sampled every 30 s. */
    static final class HeapSampler implements Runnable {
        volatile boolean stop;
        long peak;
        long last;
        int samples;

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (!stop) {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    return;
                }
                System.gc();
                long used = rt.totalMemory() - rt.freeMemory();
                last = used;
                peak = Math.max(peak, used);
                samples++;
            }
        }
    }
}
