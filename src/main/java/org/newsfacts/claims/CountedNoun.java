package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.normalize.CharClass;

/**
 * The noun a count counts, read after its counter word: where it begins ("7 間|獨角獸企業"), whether there is one
 * ("1,700 個行業獎項", "33 economies"; "有24個，" has none), and where it may end ("28 個初創企業項目" counts
 * projects). The counter words and the small words that end a noun are in the lexicon (function-words.tsv).
 */
final class CountedNoun {
    private final ClaimLexicon lexicon;
    private final LocativeCue locative;

    CountedNoun(ClaimLexicon lexicon, LocativeCue locative) {
        this.lexicon = lexicon;
        this.locative = locative;
    }

    /** Where the words after a figure's number and counter word begin ("7 間|獨角獸企業"). */
    static int start(BindContext cx, Figure figure, ClaimLexicon lexicon) {
        int i = figure.end();
        while (i < cx.view.length() && cx.view.charAt(i) == ' ') {
            i++;
        }
        i += lexicon.counterAt(cx.view, i);
        while (i < cx.view.length() && cx.view.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The figure's counter word is followed by a noun of its own ("1,700 個行業獎項", "33 economies"). */
    boolean follows(BindContext cx, Figure figure) {
        int i = start(cx, figure, lexicon);
        if (i >= cx.view.length()) {
            return false;
        }
        int next = figure.end();
        while (next < cx.view.length() && cx.view.charAt(next) == ' ') {
            next++;
        }
        if (locative.startsAt(cx, next) || locative.startsAt(cx, i)) {
            // "有七個位于亞洲,三個位于美國" (dev2 15; 位 of 位于 is also a counter word), "有7个在亚洲,3个在美国"
            // (dev2 18): where the counted things lie, not what they are; the count takes the phrase before it.
            return false;
        }
        if (CharClass.isHan(cx.view.codePointAt(i))) {
            // "比去年的21個有所增加": a verb after the generic counter 个, no noun of its own ("兩國是" counts countries).
            boolean generic = i > 0 && lexicon.isWord("generic-counter", cx.view.charAt(i - 1));
            return !lexicon.isWord("conjunction", cx.view.charAt(i)) && !(generic && lexicon.isWord("verb-start", cx.view.charAt(i)));
        }
        int end = i;
        while (end < cx.view.length() && Character.isLetter(cx.view.charAt(end))) {
            end++;
        }
        return end > i && !lexicon.functionWords("after-count").contains(cx.lowered.substring(i, end));
    }

    /**
     * The counted noun ends here: "28 個初創企業項目" counts projects, not companies, so a cue further from the
     * number than its counter must end the noun phrase (punctuation, a conjunction, 的 or a verb after it).
     */
    boolean endsAt(BindContext cx, int at) {
        if (at >= cx.view.length()) {
            return true;
        }
        int cp = cx.view.codePointAt(at);
        return !CharClass.isHan(cp) || lexicon.isWord("conjunction", cp) || lexicon.isWord("attributive", cp)
                || lexicon.isWord("verb-start", cp);
    }
}
