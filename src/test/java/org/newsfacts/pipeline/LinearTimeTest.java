package org.newsfacts.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsfacts.Fixtures;
import org.newsfacts.bench.SlowFileBenchmark;
import org.newsfacts.ingest.DocumentMetadata;
import org.newsfacts.ingest.ExtractedDocument;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.DatelineReader;
import org.newsfacts.text.normalize.ScriptConverter;
import org.newsfacts.text.TextAnalyzer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text stage takes time in proportion to its input, on the inputs that made them quadratic (runs of
 * spaces, 第一 and 百分之 repeated, Chinese without punctuation, digits and commas): ten times the text may
 * cost at most {@value #MAX_RATIO} times the CPU time (linear is 10, quadratic 100). CPU time of this thread,
 * not wall time, so a loaded machine does not make the test flaky; the smallest size only warms up. Sizes stop
 * at 200,000 characters to keep the suite fast; {@code GrowthBenchmark} measures 10 KB, 100 KB and 1 MB.
 */
class LinearTimeTest {
    private static final double MAX_RATIO = 30;
    private static TextAnalyzer analyzer;
    private static DatelineReader datelines;
    private static Extractors extractors;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @BeforeAll
    static void loadStages() {
        analyzer = Fixtures.analyzer();
        datelines = DatelineReader.load(Fixtures.MODELS, ScriptConverter.shared());
        extractors = Extractors.load(Fixtures.MODELS);
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("spaces", (IntFunction<String>) n -> "香港 " + " ".repeat(n - 6) + " - 完"),
                Arguments.of("第一", (IntFunction<String>) n -> "第一".repeat(n / 2)),
                Arguments.of("百分之", (IntFunction<String>) n -> "百分之".repeat(n / 3)),
                Arguments.of("unpunctuated Chinese", (IntFunction<String>) n -> SlowFileBenchmark.unpunctuatedChinese(n, 3)),
                Arguments.of("digits and commas", (IntFunction<String>) n -> "12,345,".repeat(n / 7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyTextStageGrowsLinearly(String kind, IntFunction<String> text) {
        Map<String, long[]> nanos = new LinkedHashMap<>();
        int[] sizes = {2_000, 20_000, 200_000};
        for (int s = 0; s < sizes.length; s++) {
            String raw = text.apply(sizes[s]);
            long t0 = cpu();
            AnalyzedText analyzed = analyzer.analyze(raw);
            long t1 = cpu();
            DocumentMetadata fromText = new DocumentMetadata(null, datelines.outlet(analyzed),
                    datelines.publicationDate(analyzed));
            long t2 = cpu();
            extractors.extract("growth.txt", null, new ExtractedDocument(raw, "text/plain", "UTF-8", fromText),
                    analyzed, fromText);
            long t3 = cpu();
            nanos.computeIfAbsent("analyse", k -> new long[sizes.length])[s] = t1 - t0;
            nanos.computeIfAbsent("dateline", k -> new long[sizes.length])[s] = t2 - t1;
            nanos.computeIfAbsent("extract", k -> new long[sizes.length])[s] = t3 - t2;
        }
        nanos.forEach((stage, t) -> {
            // A floor of 20 ms keeps timer noise on small runs from reading as growth.
            double ratio = Math.max(t[2], 1) / (double) Math.max(t[1], 20_000_000);
            assertThat(ratio).as("%s on %s: 20,000 chars took %d ms, 200,000 %d ms", stage, kind, t[1] / 1_000_000,
                    t[2] / 1_000_000).isLessThan(MAX_RATIO);
        });
    }

    private static long cpu() {
        return CPU.getCurrentThreadCpuTime();
    }
}
