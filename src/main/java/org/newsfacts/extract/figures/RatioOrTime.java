package org.newsfacts.extract.figures;

import org.newsfacts.extract.number.Numeral;
import org.newsfacts.extract.number.NumeralForm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Two numbers joined by a colon: a ratio (1:9 = 9, "師生比例1:9"), unless it reads as a time of day (14:01, with
 * its seconds 14:01:17) with no ratio cue of context.tsv before it. Either way the numbers after the colon are
 * part of it and no figure of their own, which is why this reading says how many numerals it took.
 */
final class RatioOrTime {
    private static final MathContext DIVISION = new MathContext(12, RoundingMode.HALF_EVEN);

    /**
     * A colon pair read: {@code last} is the index of the last numeral it takes (the b of a:b, or a time's
     * seconds), {@code ratio} the figure, or null for a time (or a ratio 0:b, which states nothing).
     */
    record Read(int last, FigureReading ratio) {
    }

    private final FigureLexicon lex;

    RatioOrTime(FigureLexicon lex) {
        this.lex = lex;
    }

    /** The ratio or time the numeral {@code i} of {@code nums} opens, or null when no colon pair starts there. */
    Read read(FigureText t, List<Numeral> nums, int i) {
        Numeral x = nums.get(i);
        if (i + 1 >= nums.size() || !x.has(Numeral.ARABIC)) {
            return null;
        }
        int colon = x.end();
        char c = t.charAt(colon);
        if (c != ':' && c != '：' && c != '︰') {
            return null;
        }
        Numeral y = nums.get(i + 1);
        if (y.start() != colon + 1 || !y.has(Numeral.ARABIC) || y.form() != NumeralForm.CARDINAL) {
            return null;
        }
        boolean twoDigits = y.end() - y.start() == 2 && x.value().compareTo(BigDecimal.valueOf(24)) <= 0;
        boolean seconds = y.end() < t.n && (t.s.charAt(y.end()) == ':' || t.s.charAt(y.end()) == '：');
        int k = t.skipWhitespaceBack(x.start());
        boolean cue = lex.ratioCues.longestEndingAt(t.s, k) != null;
        if ((twoDigits || seconds) && !cue) {
            // A time: 14:01:17. Its seconds are not a figure either.
            int j = i + 2;
            while (seconds && j < nums.size() && nums.get(j).start() == nums.get(j - 1).end() + 1) {
                seconds = nums.get(j).end() < t.n && t.s.charAt(nums.get(j).end()) == ':';
                j++;
            }
            return new Read(j - 1, null);
        }
        if (x.value().signum() == 0) {
            return new Read(i + 1, null);
        }
        BigDecimal ratio = y.value().divide(x.value(), DIVISION);
        return new Read(i + 1, new FigureReading(x.start(), y.end(), ratio, FigureUnits.RATIO, y.end()));
    }
}
