package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Folding;
import org.newsfacts.extract.number.Numeral;

/**
 * N名 / N位 as a place, not a head count: alone in brackets after a name (第一财经 2025: "宁波(93名)、宁德(99名)
 * 首次上榜"), or where a rank header of ranks.tsv (排名, 排行, 名次) opens the clause before it (报告厅 2023: "中国的
 * 排名稳定地从15名左右提升至…"). A cut-off (前10名) is neither; a move (排名上升3位) is no place (ranks.tsv cutoff-before, move).
 */
final class PlaceNotHeadCount {
    /** How far back from the number a rank header may stand in its clause. */
    private static final int HEADER_REACH = 16;

    private final FigureLexicon lex;

    PlaceNotHeadCount(FigureLexicon lex) {
        this.lex = lex;
    }

    /** Whether {@code x}, its figure starting at {@code start} and its counter ending at {@code counterEnd}, is a place. */
    boolean holds(FigureText t, Numeral x, int start, int counterEnd) {
        if (x.start() > 0 && lex.cutoffBefore.contains(String.valueOf(t.s.charAt(x.start() - 1)))) {
            return false;
        }
        char before = start > 0 ? t.s.charAt(start - 1) : ' ';
        char after = counterEnd < t.n ? t.s.charAt(counterEnd) : ' ';
        if ((before == '(' || before == '（') && (after == ')' || after == '）')) {
            return true;
        }
        for (int k = start; k > Math.max(0, start - HEADER_REACH); k--) {
            char c = t.s.charAt(k - 1);
            if ("，,。；;：:！？\n".indexOf(c) >= 0 || Folding.isDigit(c) || lex.rankMoves.contains(String.valueOf(c))) {
                return false; // another clause, another number nearer the header, or a move (排名上升3位)
            }
            if (lex.rankHeaders.longestEndingAt(t.s, k) != null && Folding.isHan(c)) {
                return true;
            }
        }
        return false;
    }
}
