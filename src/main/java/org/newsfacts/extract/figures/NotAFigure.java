package org.newsfacts.extract.figures;

import java.math.BigDecimal;
import org.newsfacts.extract.number.Folding;
import org.newsfacts.extract.number.Numeral;
import org.newsfacts.text.normalize.CaseFilter;

/**
 * The readings that make a numeral no figure: the number is part of a date, a name, a code, an address of a
 * page or a formula rather than a quantity the text states. Each rule is one named test that
 * {@link FigureExtractor} asks in its decision (which rule applies to which form of numeral is the
 * decision's business); the word lists they use are in models/figures/.
 */
enum NotAFigure {

    /** V3, COVID-19, HKGAI V3, 5G: a number that is part of a name or a code. */
    GLUED_TO_WORD {
        @Override
        boolean applies(NumeralSite site) {
            Numeral x = site.x();
            if (x.has(Numeral.GIGA_LETTER)) {
                return true;
            }
            if (x.has(Numeral.ENGLISH)) {
                return false;
            }
            char before = site.before();
            if (Folding.isAsciiLetter(before)) {
                return true;
            }
            if ((before == '-' || before == '_') && Folding.isAsciiLetter(site.before(2))) {
                return true;
            }
            boolean endsWithLetters = x.has(Numeral.LETTER_SCALE) || x.has(Numeral.SUFFIX_ORDINAL)
                    || x.has(Numeral.PERCENT_WORD);
            return !endsWithLetters && Folding.isAsciiLetter(site.after()) && !Folding.isAsciiLetter(site.last());
        }
    },

    /** 每百萬人, 每1元, 每股: the unit a rate is given per, not a quantity of its own. */
    PER_UNIT_BASE {
        @Override
        boolean applies(NumeralSite site) {
            return site.beforeSpaces() == '每';
        }
    },

    /** 1+1+1>3, 1+計劃: numbers of a formula or a slogan. */
    IN_FORMULA {
        @Override
        boolean applies(NumeralSite site) {
            char before = site.before();
            char after = site.after();
            char afterAfter = site.after(2);
            if (before == '=' || before == '>' || before == '<' || before == '^' || before == '×') {
                return true;
            }
            if (before == '+' && Folding.isDigit(site.before(2))) {
                return true;
            }
            if (after == '=' || after == '>' || after == '<') {
                return true;
            }
            return (after == '+' || after == '＋') && !Character.isWhitespace(afterAfter)
                    && (Folding.isDigit(afterAfter) || Folding.isHan(afterAfter) || Folding.isAsciiLetter(afterAfter));
        }
    },

    /**
     * Footnote markers and file names (CONVENTIONS.md rule 15): a number alone in square brackets (第一财经
     * 2025 "…占比10.32% [8][9]", 知识产权前沿 2024 "作家的位置。[2]"), or the name of an image (星云 2024
     * "…地区[1287].png", 南方日报 2025 "微信截图_20250904164916.jpg").
     */
    FOOTNOTE_OR_FILE_NAME {
        @Override
        boolean applies(NumeralSite site) {
            char before = site.before();
            char after = site.after();
            boolean bracketAfter = after == ']' || after == '］';
            if ((before == '[' || before == '［') && bracketAfter) {
                return true;
            }
            return site.followedBy(IMAGE_NAME, bracketAfter ? 1 : 0);
        }
    },

    /** 2025.09.02, 192.168.1.2, 5/17/2018: one part of a dotted or slashed chain, a date or an address. */
    PART_OF_A_CHAIN {
        @Override
        boolean applies(NumeralSite site) {
            return site.x().has(Numeral.DOTTED) || site.x().has(Numeral.CHAIN);
        }
    },

    /** Formula One, the Five-Year Plan: a number word capitalised inside a sentence names something. */
    CAPITALISED_NUMBER_WORD {
        @Override
        boolean applies(NumeralSite site) {
            Numeral x = site.x();
            return x.has(Numeral.ENGLISH) && !x.has(Numeral.ARABIC) && site.text().capitalizedInSentence(x.start());
        }
    },

    /** 2020-2025, 2025-09-18, 2019-23: years, ranges of years, dates; their other parts are no figures either. */
    DATE_RANGE {
        @Override
        boolean applies(NumeralSite site) {
            Numeral x = site.x();
            FigureText t = site.text();
            Numeral y = site.next();
            if (!x.has(Numeral.ARABIC) || y == null) {
                return false;
            }
            char joiner = site.after();
            if (RANGE_JOINERS.indexOf(Folding.foldLower(joiner)) < 0 && joiner != '–' && joiner != '—') {
                return false;
            }
            if (y.start() != x.end() + 1 || !y.has(Numeral.ARABIC)) {
                return false;
            }
            if (!yearLike(x) && !yearLike(y)) {
                return false;
            }
            var nums = site.nums();
            site.consume(site.i() + 1);
            for (int j = site.i() + 2; j < nums.size() && nums.get(j).start() == nums.get(j - 1).end() + 1
                    && t.charAt(nums.get(j - 1).end()) == joiner; j++) {
                site.consume(j);
            }
            return true;
        }
    },

    /**
     * A phone or fax number: after a label (電話, Tel), (852) or +852, or two groups of digits (3166 3993); the
     * other groups of the number are consumed with it.
     */
    PHONE_NUMBER {
        @Override
        boolean applies(NumeralSite site) {
            Numeral x = site.x();
            FigureText t = site.text();
            if (x.has(Numeral.GROUPED) || x.has(Numeral.DECIMAL)) {
                return false;
            }
            var nums = site.nums();
            // 電話：(852) 3166 3993, Tel: +852 2891 1234: the label stands before the number's other groups.
            if (site.precededBy(site.lex().phoneLabels, NotAFigure::inPhoneNumber, 24)) {
                for (int j = site.i() + 1; j < nums.size(); j++) {
                    if (!blankOrPhone(t, nums.get(j - 1).end(), nums.get(j).start())) {
                        break;
                    }
                    site.consume(j);
                }
                return true;
            }
            int digits = x.end() - x.start();
            char before = Folding.foldLower(site.before());
            char after = Folding.foldLower(site.after());
            if ((before == '(' && after == ')' || before == '+') && digits <= 4) {
                return true; // (852), +852
            }
            Numeral y = site.next();
            if (digits >= 3 && digits <= 4 && y != null) {
                int gap = y.start() - x.end();
                if (gap == 1 && (after == ' ' || after == '-') && y.end() - y.start() == 4 && y.has(Numeral.ARABIC)
                        && !y.has(Numeral.GROUPED) && !y.has(Numeral.DECIMAL)
                        && (y.end() >= t.n || !Folding.isDigit(t.charAt(y.end())))) {
                    site.consume(site.i() + 1);
                    return true;
                }
            }
            return false;
        }
    },

    /** May 4, 4 September 2025: a day of the month (or a year) beside a capitalised month name. */
    DAY_OF_MONTH {
        @Override
        boolean applies(NumeralSite site) {
            Numeral x = site.x();
            if (x.value().compareTo(BigDecimal.valueOf(31)) > 0 && !yearLike(x)) {
                return false;
            }
            return isMonth(site.lex(), site.wordBefore()) || isMonth(site.lex(), site.wordAfter());
        }
    },

    /** Article 23, Windows 11, Table 3: a number after a word that names things by number (non-figures.tsv). */
    NAMED_BY_NUMBER {
        @Override
        boolean applies(NumeralSite site) {
            String prev = site.wordBefore();
            return prev != null && site.lex().nameHeads.contains(CaseFilter.lower(prev));
        }
    },

    /** "10. 北京", "3) ...": the label of a list item at the start of a line. */
    LIST_LABEL {
        @Override
        boolean applies(NumeralSite site) {
            if (!site.opensLine()) {
                return false;
            }
            char after = site.after();
            return (after == '.' || after == '．' || after == '、' || after == ')' || after == '）')
                    && !Folding.isDigit(site.after(2));
        }
    },

    /** 下午3時, 晚上8點半: an hour after a time of day (context.tsv), not a count. */
    HOUR_OF_DAY {
        @Override
        boolean applies(NumeralSite site) {
            return site.precededBy(site.lex().timeBefore) && site.x().value().compareTo(BigDecimal.valueOf(24)) <= 0;
        }
    },

    /** A bare year (2025), or a bare 0 or 1, which is a slogan ("从0到1"), not a quantity. */
    YEAR_OR_SLOGAN_DIGIT {
        @Override
        boolean applies(NumeralSite site) {
            Numeral x = site.x();
            return yearLike(x) || (x.value().compareTo(BigDecimal.ONE) <= 0 && !x.has(Numeral.SCALED));
        }
    },

    /**
     * A plain number alone on its line: a page number or a counter of comments under a web article, not a
     * quantity of the text. A grouped, decimal or scaled number alone on a line is a figure of a table.
     */
    PAGE_NUMBER {
        @Override
        boolean applies(NumeralSite site) {
            Numeral x = site.x();
            if (x.has(Numeral.GROUPED) || x.has(Numeral.DECIMAL) || x.has(Numeral.SCALED)) {
                return false;
            }
            return site.opensLine() && site.closesLine();
        }
    };

    /** Whether the rule reads the numeral at the site as no figure. */
    abstract boolean applies(NumeralSite site);

    /** Characters that join two numbers into a range: 5-20%, 三至五家. */
    static final String RANGE_JOINERS = "-~～至到";

    /** An image file's extension right after a number (…_20250904164916.jpg). */
    private static final java.util.regex.Pattern IMAGE_NAME =
            java.util.regex.Pattern.compile("(?i)\\.(?:png|jpe?g|gif|webp|bmp)\\b");

    /** A four-digit year such as 2025: no separators, no decimals, 1800–2100. */
    static boolean yearLike(Numeral x) {
        if (!x.has(Numeral.ARABIC) || x.has(Numeral.GROUPED) || x.has(Numeral.DECIMAL) || x.has(Numeral.SCALED)
                || x.has(Numeral.SIGNED) || x.numberEnd() - x.numberStart() != 4) {
            return false;
        }
        int v = x.number().intValue();
        return v >= 1800 && v <= 2100;
    }

    /** A capitalised month name (May, September) of months in context.tsv. */
    static boolean isMonth(FigureLexicon lex, String word) {
        return word != null && Character.isUpperCase(word.charAt(0)) && lex.months.contains(CaseFilter.lower(word));
    }

    /** A character of a written phone number besides its digits' groups, or one between it and its label. */
    private static boolean inPhoneNumber(int c) {
        return Folding.isDigit((char) c) || c == '(' || c == ')' || c == '（' || c == '）' || c == '+' || c == '-'
                || c == ':' || c == '：' || c == '︰' || Character.isWhitespace(c) || c == '\u3000';
    }

    private static boolean blankOrPhone(FigureText t, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = t.s.charAt(k);
            if (!(c == ' ' || c == '-' || c == '\u3000' || c == ')' || c == '(')) {
                return false;
            }
        }
        return to - from <= 3;
    }
}
