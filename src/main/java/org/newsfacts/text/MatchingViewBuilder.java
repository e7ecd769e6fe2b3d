package org.newsfacts.text;

import org.newsfacts.text.normalize.DashFilter;
import org.newsfacts.text.normalize.FilterChain;
import org.newsfacts.text.normalize.Normalized;
import org.newsfacts.text.normalize.QuoteFilter;
import org.newsfacts.text.normalize.ScriptConverter;
import org.newsfacts.text.normalize.ScriptFilter;
import org.newsfacts.text.normalize.WidthFilter;

/**
 * Makes the {@link MatchingView} of a repaired text through the normalisation chain: Simplified script, every
 * dash between words made {@code -}, every quotation mark made one of “ ” or ', full-width digits, letters
 * and punctuation folded to ASCII. The chain keeps the map back to the repaired text, so extractors match one
 * spelling of a name or figure and still report where the article wrote it.
 */
public final class MatchingViewBuilder {
    private final FilterChain chain;

    public MatchingViewBuilder(ScriptConverter converter) {
        // Script first: the dash filter then judges its neighbours on converted words, as extractors read them.
        this.chain = FilterChain.of(new ScriptFilter(converter), new DashFilter(), new QuoteFilter(),
                new WidthFilter());
    }

    public MatchingView build(String repaired) {
        Normalized view = chain.filter(repaired, TimeLimit::check);
        return new MatchingView(view.text(), view.starts(), view.ends(), view.sourceLength());
    }
}
