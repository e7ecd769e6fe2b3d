package org.newsfacts.extract.quotes;

/**
 * A statement found and who says it, in view offsets, before pronouns are resolved.
 *
 * @param paragraph   index of the paragraph it stands in
 * @param at          where its attribution starts (speaker or verb), for ordering and pronoun look-back
 * @param speaker     who says it
 * @param direct      inside quotation marks (or a headline "name：words")
 * @param textStart   the statement
 * @param textEnd     exclusive
 * @param opensParagraph  the pronoun or continuation stands in the paragraph's first sentence, so it may
 *                    continue the previous paragraph's speaker
 *
 * <p>The statement is two offsets, not a {@code text.Span}: cutting it at the next speaker's attribution can leave
 * it empty or turned round, and the finders drop such a statement after the cut rather than never making it.
 */
record Attribution(int paragraph, int at, Speaker speaker, boolean direct, int textStart, int textEnd,
                   boolean opensParagraph) {
    Attribution withSpeaker(Speaker named) {
        return new Attribution(paragraph, at, named, direct, textStart, textEnd, opensParagraph);
    }
}
