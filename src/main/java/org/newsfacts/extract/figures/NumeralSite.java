package org.newsfacts.extract.figures;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.newsfacts.extract.number.Numeral;
import org.newsfacts.lexicon.Trie;

/**
 * One numeral of a text where the figure decision stands: the text around it, the word lists, the text's
 * other numerals and which of them a reading has already explained. The rules of {@link NotAFigure} read the
 * numeral's surroundings only through the look-around methods here, so each states what it looks at (the
 * character before, the word after, the line it stands on) rather than how offsets are stepped.
 *
 * @param i the index of the numeral in {@code nums}
 */
record NumeralSite(FigureText text, FigureLexicon lex, List<Numeral> nums, boolean[] used, int i) {

    Numeral x() {
        return nums.get(i);
    }

    /** The numeral after this one, or null. */
    Numeral next() {
        return i + 1 < nums.size() ? nums.get(i + 1) : null;
    }

    /** Marks numeral {@code j} as explained by this one's reading (the other parts of a date or a phone number). */
    void consume(int j) {
        used[j] = true;
    }

    /** The character right before the numeral, or a space at the text's start. */
    char before() {
        return before(1);
    }

    /** The character {@code k} places before the numeral (1: right before it), or a space outside the text. */
    char before(int k) {
        return text.charAt(x().start() - k);
    }

    /** The character right after the numeral, or a space at the text's end. */
    char after() {
        return after(1);
    }

    /** The character {@code k} places after the numeral (1: right after it), or a space outside the text. */
    char after(int k) {
        return text.charAt(x().end() + k - 1);
    }

    /** The numeral's own last character (a digit, or the letter of 5G, 3rd). */
    char last() {
        return text.charAt(x().end() - 1);
    }

    /** The character before the numeral with the spaces between skipped (每 1元), or a space at the text's start. */
    char beforeSpaces() {
        return text.charAt(text.skipSpacesBack(x().start()) - 1);
    }

    /** Whether a phrase of {@code words} ends right before the numeral, whitespace between skipped (下午 3時). */
    boolean precededBy(Trie<?> words) {
        return words.longestEndingAt(text.s, text.skipWhitespaceBack(x().start())) != null;
    }

    /**
     * Whether a phrase of {@code words} ends before the numeral with at most {@code atMost} characters between,
     * each of them {@code between} (電話：(852) 3166: the brackets, the colon and the space).
     */
    boolean precededBy(Trie<?> words, IntPredicate between, int atMost) {
        int k = x().start();
        int from = Math.max(0, k - atMost);
        while (k > from && between.test(text.s.charAt(k - 1))) {
            k--;
        }
        return words.longestEndingAt(text.s, k) != null;
    }

    /** Whether {@code pattern} matches from {@code skip} characters after the numeral on (.jpg after a file's number). */
    boolean followedBy(Pattern pattern, int skip) {
        return pattern.matcher(text.s).region(Math.min(x().end() + skip, text.n), text.n).lookingAt();
    }

    /** The ASCII word before the numeral (spaces, a full stop and a bracket skipped: "Article 23"), or null. */
    String wordBefore() {
        return text.wordBefore(x().start());
    }

    /** The ASCII word after the numeral (spaces, a hyphen, a bracket or a comma skipped: "4 September"), or null. */
    String wordAfter() {
        return text.wordAfter(x().end());
    }

    /** Whether only blanks (spaces, tabs, ideographic spaces) stand between the start of its line and the numeral. */
    boolean opensLine() {
        int k = x().start() - 1;
        while (k >= 0 && lineBlank(text.s.charAt(k))) {
            k--;
        }
        return k < 0 || lineBreak(text.s.charAt(k));
    }

    /** Whether only blanks stand between the numeral and the end of its line. */
    boolean closesLine() {
        int k = x().end();
        while (k < text.n && lineBlank(text.s.charAt(k))) {
            k++;
        }
        return k >= text.n || lineBreak(text.s.charAt(k));
    }

    private static boolean lineBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
