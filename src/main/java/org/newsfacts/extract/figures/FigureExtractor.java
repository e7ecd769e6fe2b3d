package org.newsfacts.extract.figures;

import org.newsfacts.text.TimeLimit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsfacts.extract.number.Folding;
import org.newsfacts.extract.number.Numeral;
import org.newsfacts.extract.number.NumeralForm;
import org.newsfacts.extract.number.NumeralScanner;
import org.newsfacts.lexicon.Trie;

/**
 * Finds the figures of a text: the numbers that state a quantity (counts, money, percentages,
 * ranks, densities, ratios, areas, durations), with their unit and qualifier, and leaves out the
 * numbers that do not (dates, years, times, phone numbers, names such as 十五五 or 6G, idioms such
 * as 一流).
 *
 * <p>The number grammar ({@link NumeralScanner}) reads every numeral; this class decides from the
 * words around it, asking the readers that each read one thing with a clear input: {@link MoneyReader},
 * {@link QualifierReader}, {@link DensityReader}, {@link EnglishRank}, {@link ScoreReader},
 * {@link PlaceNotHeadCount}, {@link WordRanks}, and the named rules of {@link NotAFigure}. Immutable and
 * thread-safe; load once and share.
 */
public final class FigureExtractor {

    private static final MathContext DIVISION = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    /** Characters that carry 第 from one rank to the next: 第一、二位. */
    private static final String RANK_JOINERS = "、和及与與或至到";

    private final FigureLexicon lex;
    private final NumeralScanner scanner;
    private final MoneyReader moneyReader;
    private final QualifierReader qualifiers;
    private final DensityReader densities;
    private final EnglishRank englishRanks;
    private final ScoreReader scores;
    private final WordRanks wordRankReader;
    private final PlaceNotHeadCount places;
    private final boolean wordRanks;

    private FigureExtractor(FigureLexicon lex, boolean wordRanks) {
        this.lex = lex;
        this.scanner = NumeralScanner.create(lex.idioms, lex.gluedWords());
        this.moneyReader = new MoneyReader(lex);
        this.qualifiers = new QualifierReader(lex);
        this.densities = new DensityReader(lex);
        this.englishRanks = new EnglishRank(lex);
        this.scores = new ScoreReader(lex);
        this.wordRankReader = new WordRanks(lex);
        this.places = new PlaceNotHeadCount(lex);
        this.wordRanks = wordRanks;
    }

    /** Loads the word lists of {@code modelsDir}/figures/ (see models/figures/README.md). */
    public static FigureExtractor load(Path modelsDir) {
        return new FigureExtractor(FigureLexicon.load(modelsDir), false);
    }

    /** Loads from {@code models/} under the working directory. */
    public static FigureExtractor load() {
        return load(Path.of("models"));
    }

    /**
     * The same extractor, also reporting words that state a rank by themselves (榜首, 居首, 首位 =
     * rank 1). Off by default: the gold annotation does not count them as figures.
     */
    public FigureExtractor withWordRanks(boolean on) {
        return on == wordRanks ? this : new FigureExtractor(lex, on);
    }

    /** The number grammar this extractor reads with, idioms included. */
    public NumeralScanner scanner() {
        return scanner;
    }

    /** All figures of {@code text}, in text order. */
    public List<Figure> extract(CharSequence text, FigureContext context) {
        return new Run(text, context).run();
    }

    /** The amounts of money in {@code text}, as written (the currency reading of the peer suite). */
    public List<MoneyMention> money(CharSequence text, FigureContext context) {
        List<Numeral> nums = scanner.scan(text);
        MoneyMention[] found = moneyReader.read(text, nums, context, new boolean[nums.size()]);
        return Arrays.stream(found).filter(m -> m != null).toList();
    }

    /** One extraction: the text, its numerals and the figures decided so far. */
    private final class Run extends FigureText {
        private final FigureContext ctx;
        private final List<Numeral> nums;
        private final boolean[] used;
        private final MoneyMention[] money;
        private final List<Figure> out = new ArrayList<>();
        /** Index of the last numeral read as a rank in a table column (排名 1 8 10), or -1. */
        private int columnRank = -1;
        /** Where the labels of ranking lists stand (RankedList). */
        private final java.util.Set<Integer> rankedLabels;
        /** The per-million factor of the last density read, for a density coordinated with it. */
        private BigDecimal lastDensityFactor = BigDecimal.ONE;

        Run(CharSequence s, FigureContext ctx) {
            super(s);
            this.ctx = ctx;
            this.nums = scanner.scan(s);
            this.used = new boolean[nums.size()];
            this.money = moneyReader.read(s, nums, ctx, used);
            this.rankedLabels = RankedList.labels(s, lex.listHeadings);
        }

        List<Figure> run() {
            for (int i = 0; i < nums.size(); i++) {
                TimeLimit.check();
                if (!used[i]) {
                    decide(i);
                }
            }
            if (wordRanks) {
                wordRankReader.addTo(s, out);
            }
            out.sort(Comparator.comparingInt(Figure::start));
            return out;
        }

        // -------------------------------------------------------------- decision

        private void decide(int i) {
            Numeral x = nums.get(i);
            if (x.has(Numeral.HEDGE) || x.has(Numeral.RANGE)
                    || (x.has(Numeral.DIGIT_STRING) && x.form() != NumeralForm.PERCENT)) {
                return; // 数十, 二三十: no definite value; 二〇二五: a year or a code
            }
            MoneyMention m = money[i];
            if (lex.inName(s, x.start()) || (m == null && is(NotAFigure.GLUED_TO_WORD, i))
                    || is(NotAFigure.IN_FORMULA, i) || is(NotAFigure.PER_UNIT_BASE, i)
                    || is(NotAFigure.FOOTNOTE_OR_FILE_NAME, i)) {
                return;
            }
            if (m != null) {
                if (m.currency() != null) {
                    emit(x, m.start(), m.end(), m.value(), m.currency(), m.end());
                }
                return;
            }
            switch (x.form()) {
                case PERCENT -> emit(x, x.start(), x.end(), x.value(), FigureUnits.PERCENT, x.end());
                case FRACTION -> fraction(x);
                case ORDINAL -> ordinal(i, x);
                case CARDINAL -> cardinal(i, x);
                default -> {
                }
            }
        }

        /** A fraction is a share: 三分之一 = 33.3%. Slash forms (3/4, 9/11) are left alone. */
        private void fraction(Numeral x) {
            if (x.has(Numeral.SLASH) || x.value().signum() <= 0 || x.value().compareTo(BigDecimal.ONE) > 0) {
                return;
            }
            if (x.has(Numeral.FRACTION_WORD) && !nextWordIs(x.end(), "of")) {
                return; // "a third metric" is an order, "a third of" a share
            }
            if (!x.has(Numeral.HAN_FRACTION) && !x.has(Numeral.FRACTION_WORD)) {
                return;
            }
            emit(x, x.start(), x.end(), x.value().multiply(HUNDRED).round(DIVISION), FigureUnits.PERCENT, x.end());
        }

        private void ordinal(int i, Numeral x) {
            if (x.value().signum() <= 0 || x.value().stripTrailingZeros().scale() > 0) {
                return;
            }
            if (x.has(Numeral.SUFFIX_ORDINAL) || x.has(Numeral.ENGLISH)) {
                if (englishRanks.isRank(this, x, lastFigure())) {
                    emit(x, x.start(), x.end(), x.value(), FigureUnits.RANK, x.end());
                }
                return;
            }
            // 第N: a rank, unless a counter makes it an item of a series (第三个, 第二届, 第五天).
            int q = skipInline(x.end());
            Trie.Match<Boolean> rankCounter = lex.rankCounters.longestAt(s, q);
            if (rankCounter != null) {
                emit(x, x.start(), rankCounter.end(), x.value(), FigureUnits.RANK, rankCounter.end());
                return;
            }
            Trie.Match<FigureLexicon.Counter> c = lex.counters.longestAt(s, q);
            if (c != null && c.value().kind() != FigureLexicon.CounterKind.TOPN) {
                return;
            }
            emit(x, x.start(), x.end(), x.value(), FigureUnits.RANK, x.end());
        }

        private void cardinal(int i, Numeral x) {
            boolean arabic = x.has(Numeral.ARABIC);
            boolean english = x.has(Numeral.ENGLISH) && !arabic;
            boolean han = x.has(Numeral.HAN) && !arabic;
            if (is(NotAFigure.PART_OF_A_CHAIN, i) || is(NotAFigure.CAPITALISED_NUMBER_WORD, i)) {
                return;
            }
            if (ratioOrTime(i, x) || is(NotAFigure.DATE_RANGE, i)) {
                return;
            }
            if (distributedRank(i, x)) {
                return;
            }
            // What follows: 多 (30多家), a counter or unit word.
            int q = skipInline(x.end());
            Trie.Match<Optional<Qualifier>> inside = null;
            if (q == x.end()) {
                inside = lex.qualifierInside.longestAt(s, q);
                if (inside != null) {
                    q = skipInline(inside.end());
                }
            }
            Trie.Match<FigureLexicon.Counter> c = lex.counters.longestAt(s, q);
            if (c == null) {
                inside = null;
            }
            FigureLexicon.CounterKind kind = c == null ? null : c.value().kind();
            Qualifier insideQ = inside == null ? null : inside.value().orElse(null);
            if (kind == FigureLexicon.CounterKind.SKIP) {
                return; // 9月, 18日, 14时, 180度, 3个月
            }
            if (kind == FigureLexicon.CounterKind.YEARS) {
                if (arabic && NotAFigure.yearLike(x) || x.value().compareTo(BigDecimal.ONE) <= 0 && !arabic
                        || x.value().compareTo(BigDecimal.valueOf(1000)) >= 0) {
                    return; // 2019年 is a date; 一年 is not a quantity worth a figure
                }
                emitWith(x, x.start(), c.end(), x.value(), FigureUnits.YEARS, c.end(), insideQ);
                return;
            }
            // Densities: 每百萬人2292個, 2,292 per million people.
            BigDecimal density = densities.factor(this, x);
            if (density == null) {
                density = densities.inClause(this, x, lastFigure(), lastDensityFactor);
            }
            if (density != null) {
                lastDensityFactor = density;
                emitWith(x, x.start(), x.end(), x.value().multiply(density), FigureUnits.PER_MILLION,
                        c != null ? c.end() : x.end(), insideQ);
                return;
            }
            if (arabic && rankedLabels.contains(x.start())) {
                emit(x, x.start(), x.end(), x.value(), FigureUnits.RANK, x.end());
                return;
            }
            if (arabic && countInBrackets(x)) {
                emit(x, x.start(), x.end(), x.value(), FigureUnits.COUNT, x.end());
                return;
            }
            if (arabic && (is(NotAFigure.PHONE_NUMBER, i) || is(NotAFigure.DAY_OF_MONTH, i)
                    || is(NotAFigure.NAMED_BY_NUMBER, i) || is(NotAFigure.LIST_LABEL, i))) {
                return;
            }
            if (arabic && kind == null && scores.isScore(this, x, lastFigure())) {
                emit(x, x.start(), x.end(), x.value(), FigureUnits.SCORE, x.end());
                return;
            }
            if (is(NotAFigure.HOUR_OF_DAY, i)) {
                return;
            }
            if (rangeIntoPercent(i, x)) {
                return;
            }
            if (kind != null) {
                counted(x, c, kind, han, insideQ);
                return;
            }
            if (han) {
                // A Chinese numeral needs a counter, except a big amount: 百億基金 (money), 七百五十万 (count).
                if (x.has(Numeral.SCALED) && x.value().compareTo(TEN_THOUSAND) >= 0) {
                    Trie.Match<Boolean> noun = lex.moneyNouns.longestAt(s, skipInline(x.end()));
                    String local = ctx.yuanCurrency();
                    // 百億基金 (before a money noun) and 百亿级 (an order of magnitude of an amount) are money.
                    boolean amountOfMoney = noun != null
                            || x.has(Numeral.APPROX) && x.value().compareTo(HUNDRED_MILLION) >= 0;
                    if (amountOfMoney && local != null) {
                        emit(x, x.start(), x.end(), x.value(), local, x.end());
                    } else {
                        emit(x, x.start(), x.end(), x.value(), FigureUnits.COUNT, x.end());
                    }
                }
                return;
            }
            if (english) {
                if (englishRanks.prefixed(this, x) && x.value().signum() > 0 && lex.rankAfter.contains(lowerOrEmpty(wordAfter(x.end())))) {
                    // "jumped to the number one spot" (dev2 26) as "No. 1", "number 1" (ranks.tsv rank-prefix): a
                    // number word after a rank prefix is a place when a place word follows ("No one knows" is none).
                    emit(x, x.start(), x.end(), x.value(), FigureUnits.RANK, x.end());
                    return;
                }
                if (x.value().compareTo(BigDecimal.valueOf(2)) >= 0 || x.has(Numeral.SCALED)) {
                    emit(x, x.start(), x.end(), x.value(), FigureUnits.COUNT, x.end());
                }
                return;
            }
            // Bare digits.
            if (columnRank(i, x)) {
                return;
            }
            if (englishRanks.prefixed(this, x) && x.value().signum() > 0) {
                emit(x, x.start(), x.end(), x.value(), FigureUnits.RANK, x.end());
                return;
            }
            if (is(NotAFigure.YEAR_OR_SLOGAN_DIGIT, i) || is(NotAFigure.PAGE_NUMBER, i)) {
                return;
            }
            emit(x, x.start(), x.end(), x.value(), FigureUnits.COUNT, x.end());
        }

        /** A numeral followed by a counter or unit word. */
        private void counted(Numeral x, Trie.Match<FigureLexicon.Counter> c, FigureLexicon.CounterKind kind,
                             boolean han, Qualifier inside) {
            boolean single = x.has(Numeral.SINGLE_HAN);
            if (single && x.value().compareTo(BigDecimal.ONE) <= 0) {
                return; // 一座, 一个: "a", not a figure
            }
            if (han && !single && x.value().compareTo(BigDecimal.ONE) <= 0) {
                return;
            }
            int start = x.start();
            if (han && x.start() > 0 && s.charAt(x.start() - 1) == '前'
                    && (kind == FigureLexicon.CounterKind.TOPN || lex.rankCounters.longestAt(s, c.start()) != null)) {
                start = x.start() - 1; // 前十名, 前三甲: a cut-off
            }
            if (kind == FigureLexicon.CounterKind.COUNT && lex.rankCounters.longestAt(s, c.start()) != null
                    && places.holds(this, x, start, c.end())) {
                emitWith(x, start, c.end(), x.value(), FigureUnits.RANK, c.end(), inside);
                return;
            }
            switch (kind) {
                case COUNT -> {
                    // A Chinese numeral of one character reads only with its counter (四所, 兩座).
                    int end = single ? c.end() : x.end();
                    if (!x.has(Numeral.ARABIC) && !x.has(Numeral.ENGLISH) && !single
                            && x.value().compareTo(BigDecimal.valueOf(2)) < 0) {
                        return;
                    }
                    emitWith(x, start, end, x.value(), FigureUnits.COUNT, c.end(), inside);
                }
                case TOPN -> emitWith(x, start, c.end(), x.value(), FigureUnits.COUNT, c.end(), inside);
                case M2 -> emitWith(x, start, c.end(), x.value().multiply(c.value().factor()).round(DIVISION),
                        FigureUnits.M2, c.end(), inside);
                case RATIO -> emitWith(x, start, c.end(), x.value(), FigureUnits.RATIO, c.end(), inside);
                default -> {
                }
            }
        }

        // -------------------------------------------------------------- context tests

        private boolean is(NotAFigure rule, int i) {
            return rule.applies(new NumeralSite(this, lex, nums, used, i));
        }

        /** a:b is a ratio (1:9 = 9), unless it reads as a time of day (14:01). */
        private boolean ratioOrTime(int i, Numeral x) {
            if (i + 1 >= nums.size() || !x.has(Numeral.ARABIC)) {
                return false;
            }
            int colon = x.end();
            char c = colon < n ? s.charAt(colon) : ' ';
            if (c != ':' && c != '：' && c != '︰') {
                return false;
            }
            Numeral y = nums.get(i + 1);
            if (y.start() != colon + 1 || !y.has(Numeral.ARABIC) || y.form() != NumeralForm.CARDINAL) {
                return false;
            }
            boolean twoDigits = y.end() - y.start() == 2 && x.value().compareTo(BigDecimal.valueOf(24)) <= 0;
            boolean seconds = y.end() < n && (s.charAt(y.end()) == ':' || s.charAt(y.end()) == '：');
            int k = skipWhitespaceBack(x.start());
            boolean cue = lex.ratioCues.longestEndingAt(s, k) != null;
            used[i + 1] = true;
            if ((twoDigits || seconds) && !cue) {
                // A time: 14:01:17. Its seconds are not a figure either.
                int j = i + 2;
                while (seconds && j < nums.size() && nums.get(j).start() == nums.get(j - 1).end() + 1) {
                    used[j] = true;
                    seconds = nums.get(j).end() < n && s.charAt(nums.get(j).end()) == ':';
                    j++;
                }
                return true;
            }
            if (x.value().signum() == 0) {
                return true;
            }
            BigDecimal ratio = y.value().divide(x.value(), DIVISION);
            emit(x, x.start(), y.end(), ratio, FigureUnits.RATIO, y.end());
            return true;
        }
        /** 5-20%, 5至10%: the first number of a range of percentages is a percentage too. */
        private boolean rangeIntoPercent(int i, Numeral x) {
            if (i + 1 >= nums.size() || x.end() >= n) {
                return false;
            }
            char joiner = Folding.foldLower(s.charAt(x.end()));
            Numeral y = nums.get(i + 1);
            if ((NotAFigure.RANGE_JOINERS.indexOf(joiner) < 0 && joiner != '–') || y.start() != x.end() + 1
                    || y.form() != NumeralForm.PERCENT) {
                return false;
            }
            emit(x, x.start(), x.end(), x.value(), FigureUnits.PERCENT, x.end());
            return true;
        }

        /** 第一、二位: the second number shares the 第 of the first. */
        private boolean distributedRank(int i, Numeral x) {
            if (i == 0) {
                return false;
            }
            Numeral prev = nums.get(i - 1);
            if (prev.form() != NumeralForm.ORDINAL || prev.has(Numeral.SUFFIX_ORDINAL) || prev.has(Numeral.ENGLISH)
                    || x.start() != prev.end() + 1 || RANK_JOINERS.indexOf(s.charAt(prev.end())) < 0
                    || x.value().signum() <= 0) {
                return false;
            }
            Trie.Match<Boolean> rc = lex.rankCounters.longestAt(s, skipInline(x.end()));
            if (rc == null && !x.has(Numeral.SINGLE_HAN)) {
                return false;
            }
            int end = rc != null ? rc.end() : x.end();
            emit(x, x.start(), end, x.value(), FigureUnits.RANK, end);
            return true;
        }

        /** The column of a ranking table: bare numbers under 排名 / Rank. */
        private boolean columnRank(int i, Numeral x) {
            if (x.has(Numeral.GROUPED) || x.has(Numeral.DECIMAL) || x.has(Numeral.SCALED) || x.value().signum() <= 0
                    || x.value().compareTo(BigDecimal.valueOf(1000)) > 0) {
                return false;
            }
            boolean continues = columnRank == i - 1 && i > 0 && blank(nums.get(i - 1).end(), x.start());
            boolean header = !continues && lex.rankHeaders.longestEndingAt(s, skipWhitespaceBack(x.start())) != null;
            if (!continues && !header) {
                return false;
            }
            columnRank = i;
            emit(x, x.start(), x.end(), x.value(), FigureUnits.RANK, x.end());
            return true;
        }

        /**
         * A whole number alone in round brackets right after the common noun it counts: "science and technology
         * (S&T) clusters (24) ranked among the top 100" (National Law Review 2023), "led with the most clusters
         * (26) in the top 100" (CPA HK 2024). After a name it is a rank or a code ("Tokyo (1)"), after a link
         * word a list label ("and (2)"), before digits an area code ("(852) 3166 3993").
         */
        private boolean countInBrackets(Numeral x) {
            if (charAt(x.start() - 1) != '(' || charAt(x.end()) != ')' || x.has(Numeral.DECIMAL)
                    || x.has(Numeral.SIGNED) || x.value().compareTo(BigDecimal.valueOf(2)) < 0
                    || NotAFigure.yearLike(x)) {
                return false;
            }
            int e = skipSpacesBack(x.start() - 1);
            int b = e;
            while (b > 0 && Folding.isAsciiLetter(s.charAt(b - 1))) {
                b--;
            }
            if (b == e || lex.linkWords.contains(s.subSequence(b, e).toString())
                    || !Character.isLowerCase(s.charAt(b)) && !continuesCounts(b)) {
                return false;
            }
            int after = skipSpaces(x.end() + 1);
            return after >= n || !Folding.isDigit(s.charAt(after));
        }

        /**
         * After a name a bracketed number is a count where it goes on a list of counts: the name follows a list
         * word ("followed by", a comma, "and", a colon) and the sentence has counted already, other than a cut-off:
         * "China has the most innovation poles in the top 100 list, with 24, followed by the United States (21)
         * and Germany (9)" (Círculo JPES 2023, circulojpes.com); "Seven countries feature four or more clusters in
         * the top-100: the United States (31), Germany (12), Japan (8)" (Allegropat, allegropat.com/tokyo-yokohama-
         * rank-top-inventive). "Tokyo (1), Shenzhen (2)" under "the top 5 clusters:" has counted nothing but the
         * cut-off and stays a list of places.
         */
        private boolean continuesCounts(int nameEnd) {
            int k = nameEnd;
            // The name's capitalised words ("the Republic of Korea", "the United States").
            while (true) {
                int e = skipSpacesBack(k);
                int b = e;
                while (b > 0 && Folding.isAsciiLetter(s.charAt(b - 1))) {
                    b--;
                }
                if (b == e) {
                    break;
                }
                String word = s.subSequence(b, e).toString();
                if (Character.isUpperCase(word.charAt(0)) || word.equals("of") && b < k) {
                    k = b;
                } else if (word.equals("the")) {
                    k = b;
                    break;
                } else {
                    break;
                }
            }
            String before = s.subSequence(Math.max(0, k - 14), skipSpacesBack(k)).toString().toLowerCase(Locale.ROOT);
            if (!(before.endsWith(",") || before.endsWith(":") || before.endsWith(" and") || before.endsWith("followed by"))) {
                return false;
            }
            for (int f = out.size() - 1; f >= 0; f--) {
                Figure prev = out.get(f);
                if (prev.end() > k) {
                    continue;
                }
                String gap = s.subSequence(prev.end(), k).toString();
                if (gap.contains(". ") || gap.indexOf('\n') >= 0 || gap.indexOf(';') >= 0) {
                    return false;
                }
                String lead = s.subSequence(Math.max(0, prev.start() - 4), prev.start()).toString().toLowerCase(Locale.ROOT);
                if (lead.endsWith("top ") || lead.endsWith("top-")) {
                    continue;
                }
                return prev.unit().equals(FigureUnits.COUNT);
            }
            return false;
        }

        private static String lowerOrEmpty(String word) {
            return word == null ? "" : word.toLowerCase(Locale.ROOT);
        }

        /** The figure read last, or null. */
        private Figure lastFigure() {
            return out.isEmpty() ? null : out.get(out.size() - 1);
        }

        // -------------------------------------------------------------- emitting

        private void emit(Numeral x, int start, int end, BigDecimal value, String unit, int extentEnd) {
            emitWith(x, start, end, value, unit, extentEnd, null);
        }

        private void emitWith(Numeral x, int start, int end, BigDecimal value, String unit, int extentEnd,
                              Qualifier inside) {
            Qualifier q = qualifiers.read(this, x, start, extentEnd, unit, inside);
            out.add(new Figure(start, end, s.subSequence(start, end).toString(), value, unit, q, step(x, value)));
        }

        /**
         * The numeral's written precision carried into the figure's units (a fraction read as a percentage, a
         * density per million, an area in m²); where the figure adds to the numeral (cents after dollars) the
         * figure is as precise as its last non-zero place.
         */
        private static BigDecimal step(Numeral x, BigDecimal value) {
            if (x.value().signum() == 0 || x.step().signum() == 0) {
                return x.step();
            }
            try {
                return x.step().multiply(value.divide(x.value()));
            } catch (ArithmeticException inexact) {
                BigDecimal stripped = value.stripTrailingZeros();
                return BigDecimal.ONE.scaleByPowerOfTen(-stripped.scale());
            }
        }

    }
}
