package org.newsfacts.evaluate;

import org.newsfacts.text.normalize.CaseFilter;
import org.newsfacts.text.normalize.DashFilter;
import org.newsfacts.text.normalize.FilterChain;
import org.newsfacts.text.normalize.NameDotFilter;
import org.newsfacts.text.normalize.QuoteFilter;
import org.newsfacts.text.normalize.ScriptConverter;
import org.newsfacts.text.normalize.ScriptFilter;
import org.newsfacts.text.normalize.ScriptVariantFilter;
import org.newsfacts.text.normalize.SpaceFilter;
import org.newsfacts.text.normalize.WidthFilter;

/**
 * The form in which gold text and extracted text are compared. The gold annotators copied text "as it
 * reads", so differences that do not change what it says must not decide a match: whitespace and line
 * breaks (dropped), Traditional vs Simplified script (folded to Simplified), full-width vs half-width
 * forms, the many dashes Hong Kong papers put between city names, the many quotation marks, the dots
 * between the parts of a name, and letter case.
 *
 * <p>It is the normalisation chain's steps, in the forms a comparison needs rather than a reading: every dash
 * and quotation mark folded wherever it stands, script converted one character at a time (a gold snippet
 * cut mid-phrase must fold as it does inside the whole text), the 著/着 and 乾/干 variants made one. Each
 * character keeps the offset it came from (see {@link NormalizedText}).
 */
public final class MatchText {

    static final FilterChain CHAIN = FilterChain.of(SpaceFilter.dropAll(), new WidthFilter(),
            DashFilter.everyDash(), QuoteFilter.plain(), new NameDotFilter(),
            ScriptFilter.perCharacter(ScriptConverter.shared()), new ScriptVariantFilter(), new CaseFilter());

    private MatchText() {
    }

    /** The matching form of a whole string. */
    public static String normalize(String text) {
        return text == null ? "" : CHAIN.apply(text);
    }
}
