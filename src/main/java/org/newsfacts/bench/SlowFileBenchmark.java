package org.newsfacts.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The slow-file benchmark of issue 11: writes a folder of files that make parsers and text stages slow or
 * hungry (a DOCX of millions of empty paragraphs, 20,000 nested {@code <div>}s, 300 KB of spaces, 第一 and 百分之
 * repeated half a million times, 1.9 M Chinese characters without punctuation) beside two real articles, runs
 * {@code extract} over it as a separate process with a short time limit, and samples that process and its
 * children every 250 ms: threads of the run and resident memory of the run plus its parser processes.
 * It measures any jar, so the same set compares one version with another:
 * <pre>
 * java -cp target/newsfacts.jar org.newsfacts.bench.SlowFileBenchmark [--jar JAR] [--timeout S] [--dir DIR]
 * </pre>
 * Not a test: the numbers depend on the machine; README's "Running on large folders" quotes them.
 */
public final class SlowFileBenchmark {
    private SlowFileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target", "newsfacts.jar");
        int timeout = 5;
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "newsfacts-slow-files");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--timeout" -> timeout = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path set = dir.resolve("set");
        if (!Files.isDirectory(set)) {
            write(set, Path.of("corpus"));
        }
        run(jar, set, dir.resolve("out"), timeout, System.out);
    }

    /** Writes the slow-file set into {@code set}, with two real articles of {@code corpus} beside it. */
    public static void write(Path set, Path corpus) throws IOException {
        Files.createDirectories(set);
        Files.copy(corpus.resolve("000_f31145e2631746c2.txt"), set.resolve("good-1.txt"));
        Files.copy(corpus.resolve("002_7c878330511f077d.txt"), set.resolve("good-2.txt"));
        Files.writeString(set.resolve("spaces.txt"), "香港 " + " ".repeat(300_000) + "- 完", StandardCharsets.UTF_8);
        Files.writeString(set.resolve("diyi.txt"), "第一".repeat(500_000), StandardCharsets.UTF_8);
        Files.writeString(set.resolve("baifenzhi.txt"), "百分之".repeat(500_000), StandardCharsets.UTF_8);
        Files.writeString(set.resolve("unpunctuated.txt"), unpunctuatedChinese(1_900_000, 7), StandardCharsets.UTF_8);
        Files.writeString(set.resolve("nested.html"), "<html><body>" + "<div>創新".repeat(20_000)
                + "</div>".repeat(20_000) + "</body></html>", StandardCharsets.UTF_8);
        docx(set.resolve("empty-paragraphs.docx"), "<w:p/>", 60_000_000);
        docx(set.resolve("text-bomb.docx"), "<w:p><w:r><w:t>創新集群排名</w:t></w:r></w:p>", 8_000_000);
    }

    /** Chinese characters of real running text, never a punctuation mark: the worst case for sentence splitting. */
    public static String unpunctuatedChinese(int length, long seed) {
        String alphabet = "世界知識產權組織公布全球創新指數深圳香港廣州集群連續五年排名第二位北京上海東京科技研發投入";
        Random random = new Random(seed);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** A minimal Word file whose document body is {@code element} written {@code times} times. */
    public static void docx(Path target, String element, int times) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer w = new java.io.OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            String chunk = element.repeat(1000);
            for (int i = 0; i < times / 1000; i++) {
                w.write(chunk);
            }
            w.write("</w:body></w:document>");
            w.flush();
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Runs {@code extract} over the set and prints the trace and a summary. */
    static void run(Path jar, Path set, Path out, int timeout, PrintStream print) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "extract", set.toString(), "--out", out.toString(), "--timeout",
                Integer.toString(timeout), "--threads", "1", "--fresh", "--quiet");
        long start = System.nanoTime();
        Process run = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling("extract.log").toFile()).start();
        int peakThreads = 0;
        long peakRss = 0;
        List<String> trace = new ArrayList<>();
        long nextPrint = 0;
        while (run.isAlive()) {
            int threads = threads(run.pid());
            long rss = rssKb(run.pid()) + run.descendants().mapToLong(p -> rssKb(p.pid())).sum();
            long children = run.descendants().count();
            peakThreads = Math.max(peakThreads, threads);
            peakRss = Math.max(peakRss, rss);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (ms >= nextPrint) {
                trace.add(String.format(Locale.ROOT, "%6.1f s  threads %4d  resident %,8d MB  child processes %d",
                        ms / 1000.0, threads, rss / 1024, children));
                nextPrint = ms + 1000;
            }
            Thread.sleep(250);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        trace.forEach(print::println);
        print.printf(Locale.ROOT, "exit %d after %.1f s; peak threads %d, peak resident (run + parser processes) %,d MB%n",
                run.exitValue(), seconds, peakThreads, peakRss / 1024);
        print.println(Files.readString(out.resolveSibling("extract.log")));
    }

    private static int threads(long pid) {
        String v = status(pid, "Threads:");
        return v == null ? 0 : Integer.parseInt(v.trim());
    }

    private static long rssKb(long pid) {
        String v = status(pid, "VmRSS:");
        return v == null ? 0 : Long.parseLong(v.replace("kB", "").trim());
    }

    private static String status(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(key)) {
                    return line.substring(key.length());
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // the process ended between the listing and the read
        }
        return null;
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
