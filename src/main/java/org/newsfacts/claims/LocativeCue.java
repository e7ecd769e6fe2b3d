package org.newsfacts.claims;

import java.util.List;

/**
 * A cue said to be "in" something: a word that stands right after a locative word of grammar.tsv (in, 在, 位于)
 * within a stretch of text, looked for from the end of the stretch back. The indicator check ("在创投交易中在全球
 * 排序第3", dev2 38) and the region check ("在亞洲保持第五位", dev2 07; "within Asean", dev2 23, is not "in")
 * both ask this of the clause before a place; a locative word that opens a counted noun ("有七個位于亞洲", dev2 15)
 * is the other question it answers.
 */
final class LocativeCue {
    private final List<Cue> locatives;

    LocativeCue(ClaimLexicon lexicon) {
        this.locatives = lexicon.grammar("locative");
    }

    /**
     * Where the last occurrence of {@code cue} lies that starts at or after {@code from}, ends by {@code before},
     * and has a locative word ending at most {@code reach} characters before it (spaces between aside), or -1.
     * Calling again with {@code before} set to the found start plus the cue's length less one walks back through
     * the earlier ones.
     */
    int lastAfterLocative(BindContext cx, Cue cue, int from, int before, int reach) {
        for (int at = cue.lastIndexIn(cx.view, cx.lowered, from, before); at >= 0;
             at = cue.lastIndexIn(cx.view, cx.lowered, from, at + cue.form().length() - 1)) {
            if (endsWithLocative(cx.lowered.substring(Math.max(from, at - reach), at).stripTrailing())) {
                return at;
            }
        }
        return -1;
    }

    /** Whether {@code before} ends with a locative word ("in", 在), a Latin one as a whole word ("within" is not "in"). */
    boolean endsWithLocative(String before) {
        for (Cue locative : locatives) {
            String form = locative.form();
            if (before.endsWith(form) && (!locative.latin() || before.length() == form.length()
                    || !Character.isLetter(before.charAt(before.length() - form.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Chinese locative word starts at {@code at} ("位于亞洲", "在美国"). */
    boolean startsAt(BindContext cx, int at) {
        for (Cue cue : locatives) {
            if (!cue.latin() && cue.indexWithin(cx.view, cx.lowered, at, at + cue.form().length()) == at) {
                return true;
            }
        }
        return false;
    }
}
