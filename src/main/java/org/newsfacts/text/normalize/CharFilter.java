package org.newsfacts.text.normalize;

/**
 * One normalisation step, as Lucene's {@code CharFilter}: it changes some characters of a text and says, for
 * every character it writes, which stretch of its input that character came from. Steps are chained with
 * {@link FilterChain}, which composes their maps, so however many steps ran an offset in the result maps back
 * to the text the first step was given.
 */
public interface CharFilter {
    /**
     * @param checkpoint run once per character or run of characters, so a caller with a time limit can stop
     *                   a pathological text part-way (the pipeline passes its per-file limit check)
     */
    Normalized filter(String input, Runnable checkpoint);

    default Normalized filter(String input) {
        return filter(input, () -> { });
    }

    /**
     * The filtered text alone, for a caller that compares strings and reports no span (a lexicon key, a
     * name compared with a name); a filter that can skip building the offset map does.
     */
    default String apply(String input) {
        return filter(input).text();
    }
}
