package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Numeral;

/**
 * An index score: a number after "score of" / 得分 (score-before of context.tsv; FMT 2024 "a slightly lower score
 * of 40.5", The Star 2024 "an overall score of 40.5"), or a number the sentence compares with such a score
 * ("…40.5 compared with last year's 40.9").
 */
final class ScoreReader {
    /** How far after a score a number compared with it may start. */
    private static final int COMPARED_REACH = 40;

    private final FigureLexicon lex;

    ScoreReader(FigureLexicon lex) {
        this.lex = lex;
    }

    /** Whether {@code x} is a score; {@code last} is the figure read before it, or null. */
    boolean isScore(FigureText t, Numeral x, Figure last) {
        if (lex.scoreBefore.longestEndingAt(t.s, t.skipWhitespaceBack(x.start())) != null) {
            return true;
        }
        if (last == null) {
            return false;
        }
        if (!FigureUnits.SCORE.equals(last.unit()) || x.start() - last.end() > COMPARED_REACH || x.start() < last.end()) {
            return false;
        }
        String between = t.s.subSequence(last.end(), x.start()).toString();
        return !between.matches("(?s).*[0-9。；;!?\n].*") && !between.matches("(?s).*[.](\\s|$).*")
                && x.has(Numeral.DECIMAL) == (last.value().stripTrailingZeros().scale() > 0);
    }
}
