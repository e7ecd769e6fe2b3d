package org.newsfacts.extract.mentions;

import org.newsfacts.text.MatchingViewBuilder;
import org.newsfacts.text.normalize.ScriptConverter;

/**
 * Lexicon entries in the form extractors match them in: the same normalisation as the article's matching view
 * (Simplified script, ASCII punctuation, one hyphen between words), so an entry written once in either script
 * finds both.
 */
public final class MatchingForm {
    private static final MatchingViewBuilder VIEWS = new MatchingViewBuilder(ScriptConverter.shared());

    private MatchingForm() {
    }

    public static String of(String phrase) {
        return VIEWS.build(phrase).text();
    }
}
