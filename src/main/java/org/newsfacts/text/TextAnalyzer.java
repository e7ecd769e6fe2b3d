package org.newsfacts.text;

import org.newsfacts.text.normalize.ScriptConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * The text stages in order: repair the line layout, find paragraphs and their languages, split sentences,
 * build the matching view. Holds only immutable models, so one instance serves all threads.
 */
public final class TextAnalyzer {
    private final LanguageIdentifier languages;
    private final SentenceSplitter sentences;
    private final MatchingViewBuilder matchingViews;
    private final PageFurniture furniture;

    public TextAnalyzer(LanguageIdentifier languages, SentenceSplitter sentences, MatchingViewBuilder matchingViews,
                        PageFurniture furniture) {
        this.languages = languages;
        this.sentences = sentences;
        this.matchingViews = matchingViews;
        this.furniture = furniture;
    }

    /** The analyser with the models this project ships, marking no page furniture (text without a page). */
    public static TextAnalyzer withBundledModels() {
        return withBundledModels(PageFurniture.NONE);
    }

    /** The analyser with the models this project ships and the page furniture of {@code modelsDir/text}. */
    public static TextAnalyzer load(java.nio.file.Path modelsDir) {
        return withBundledModels(PageFurniture.load(modelsDir));
    }

    private static TextAnalyzer withBundledModels(PageFurniture furniture) {
        ScriptConverter converter = ScriptConverter.shared();
        return new TextAnalyzer(
                new LanguageIdentifier(converter),
                new SentenceSplitter(SentenceSplitter::loadBundledEnglishModel),
                new MatchingViewBuilder(converter), furniture);
    }

    public AnalyzedText analyze(String extracted) {
        return analyze(extracted, false, null);
    }

    /**
     * @param paragraphsKnown the text is already one paragraph a line (a PDF rebuilt from its layout): its lines are
     *                        cleaned but never joined
     */
    public AnalyzedText analyze(String extracted, boolean paragraphsKnown) {
        return analyze(extracted, paragraphsKnown, null);
    }

    /** The steps, in {@link #analyze(String)}'s order, that {@code bench} times one by one. */
    public static final List<String> STEPS = List.of("line repair", "paragraphs and language", "sentences",
            "matching view (OpenCC)");

    /**
     * {@link #analyze(String, boolean)}, adding the CPU time of each of {@link #STEPS} to {@code cpuNanos} (null:
     * not timed), for the benchmark's profile.
     */
    public AnalyzedText analyze(String extracted, boolean paragraphsKnown, long[] cpuNanos) {
        StepClock clock = new StepClock(cpuNanos);
        String text = paragraphsKnown ? LineRepair.cleanLines(extracted) : LineRepair.repair(extracted);
        clock.lap(0);
        TimeLimit.check();
        List<Paragraph> paragraphs = paragraphs(text);
        Lang lang = languages.documentLang(text, paragraphs);
        clock.lap(1);
        TimeLimit.check();
        List<Sentence> split = sentences.split(text, paragraphs);
        clock.lap(2);
        TimeLimit.check();
        MatchingView view = matchingViews.build(text);
        List<Span> marked = furniture.find(paragraphs, view);
        clock.lap(3);
        return new AnalyzedText(text, lang, paragraphs, split, marked, view);
    }

    private static final class StepClock {
        private final long[] nanos;
        private long last;

        StepClock(long[] nanos) {
            this.nanos = nanos;
            this.last = nanos == null ? 0 : Cpu.THREADS.getCurrentThreadCpuTime();
        }

        void lap(int step) {
            if (nanos != null) {
                long now = Cpu.THREADS.getCurrentThreadCpuTime();
                nanos[step] += now - last;
                last = now;
            }
        }
    }

    /** Loaded only when timing: the management classes are not worth loading on every start. */
    private static final class Cpu {
        static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();
    }

    private List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start && !text.substring(start, end).isBlank()) {
                paragraphs.add(new Paragraph(start, end, languages.paragraphLang(text.substring(start, end))));
            }
            start = end + 1;
        }
        return paragraphs;
    }
}
