package org.newsfacts.text.normalize;

import java.util.List;

/** Filters applied in order, each to the previous one's output, with one map back to the first input. */
public final class FilterChain implements CharFilter {
    private final List<CharFilter> filters;

    public FilterChain(List<CharFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    public static FilterChain of(CharFilter... filters) {
        return new FilterChain(List.of(filters));
    }

    @Override
    public Normalized filter(String input, Runnable checkpoint) {
        Normalized result = Normalized.identity(input);
        for (CharFilter f : filters) {
            result = result.then(f.filter(result.text(), checkpoint));
        }
        return result;
    }

    /** Each filter's text alone, in order: no offset map is built or composed. */
    @Override
    public String apply(String input) {
        String text = input;
        for (CharFilter f : filters) {
            text = f.apply(text);
        }
        return text;
    }
}
