package org.newsfacts.extract.mentions;

import org.newsfacts.text.normalize.CaseFilter;
import org.newsfacts.text.normalize.CharMapFilter;
import org.newsfacts.text.normalize.DashFilter;
import org.newsfacts.text.normalize.FilterChain;
import org.newsfacts.text.normalize.NameSlashFilter;
import org.newsfacts.text.normalize.Normalized;
import org.newsfacts.text.normalize.SpaceFilter;

/**
 * A further folding of matching-view text for gazetteer look-ups, by the normalisation chain's steps: every
 * dash a hyphen, a slash between two names a hyphen, no spaces beside a hyphen, letters in lower case, so
 * "圣何塞 — 旧金山", "聖何塞─三藩市" and "San Jose - San Francisco" meet their entries whatever the spacing.
 * Keeps the chain's map back to the text it folded.
 */
public final class FoldedText {

    /** Dashes and case are one-for-one, so they run as one table before the two steps that look around. */
    private static final FilterChain CHAIN = FilterChain.of(
            CharMapFilter.chain(DashFilter.everyDash(), new CaseFilter()), new NameSlashFilter(),
            SpaceFilter.besideHyphen());

    private final Normalized folded;

    private FoldedText(Normalized folded) {
        this.folded = folded;
    }

    public static FoldedText of(String text) {
        return new FoldedText(CHAIN.filter(text));
    }

    /** The folded form of a lexicon phrase (already in matching form). */
    public static String key(String phrase) {
        return CHAIN.apply(phrase);
    }

    public String text() {
        return folded.text();
    }

    /** Position in the unfolded text of the folded character at {@code index}. */
    public int sourceOf(int index) {
        return folded.sourceStart(index);
    }

    /** End (exclusive) in the unfolded text of a folded span ending at {@code end}. */
    public int sourceEnd(int end) {
        return folded.sourceEnd(end - 1);
    }
}
