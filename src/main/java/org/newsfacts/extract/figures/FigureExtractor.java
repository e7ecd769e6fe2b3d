package org.newsfacts.extract.figures;

import org.newsfacts.text.TimeLimit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.newsfacts.extract.number.Numeral;
import org.newsfacts.extract.number.NumeralForm;
import org.newsfacts.extract.number.NumeralScanner;

/**
 * Finds the figures of a text: the numbers that state a quantity (counts, money, percentages,
 * ranks, densities, ratios, areas, durations), with their unit and qualifier, and leaves out the
 * numbers that do not (dates, years, times, phone numbers, names such as 十五五 or 6G, idioms such
 * as 一流).
 *
 * <p>The number grammar ({@link NumeralScanner}) reads every numeral; this class decides from the
 * words around it, in order, asking the readings that each read one thing with a clear input and say what they
 * read as a {@link FigureReading}: {@link MoneyReader}, {@link FractionShare}, {@link ChineseOrdinal} and
 * {@link EnglishRank}, {@link RatioOrTime}, {@link DistributedRank}, {@link CounterReading} (with
 * {@link PlaceNotHeadCount}), {@link DensityReader}, {@link CountInBrackets}, {@link ScoreReader},
 * {@link PercentRange}, {@link BigChineseAmount}, {@link ColumnRank}, {@link WordRanks}, {@link QualifierReader},
 * and the named rules of {@link NotAFigure}. Immutable and thread-safe; load once and share.
 */
public final class FigureExtractor {

    private final FigureLexicon lex;
    private final NumeralScanner scanner;
    private final MoneyReader moneyReader;
    private final QualifierReader qualifiers;
    private final DensityReader densities;
    private final EnglishRank englishRanks;
    private final ScoreReader scores;
    private final WordRanks wordRankReader;
    private final CounterReading counters;
    private final RatioOrTime ratios;
    private final DistributedRank distributedRanks;
    private final ChineseOrdinal chineseOrdinals;
    private final CountInBrackets bracketCounts;
    private final BigChineseAmount bigChineseAmounts;
    private final EnglishNumberWord englishWords;
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
        this.counters = new CounterReading(lex);
        this.ratios = new RatioOrTime(lex);
        this.distributedRanks = new DistributedRank(lex);
        this.chineseOrdinals = new ChineseOrdinal(lex);
        this.bracketCounts = new CountInBrackets(lex);
        this.bigChineseAmounts = new BigChineseAmount(lex);
        this.englishWords = new EnglishNumberWord(lex, englishRanks);
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
        /** The rank column being read (排名 1 8 10): a reading with a memory, one per text. */
        private final ColumnRank columnRanks = new ColumnRank(lex);
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
                    emit(x, new FigureReading(m.start(), m.end(), m.value(), m.currency(), m.end()));
                }
                return;
            }
            switch (x.form()) {
                case PERCENT -> emit(x, FigureReading.of(x, FigureUnits.PERCENT));
                case FRACTION -> emit(x, FractionShare.read(this, x));
                case ORDINAL -> ordinal(i, x);
                case CARDINAL -> cardinal(i, x);
                default -> {
                }
            }
        }

        private void ordinal(int i, Numeral x) {
            if (x.value().signum() <= 0 || x.value().stripTrailingZeros().scale() > 0) {
                return;
            }
            if (x.has(Numeral.SUFFIX_ORDINAL) || x.has(Numeral.ENGLISH)) {
                if (englishRanks.isRank(this, x, lastFigure())) {
                    emit(x, FigureReading.of(x, FigureUnits.RANK));
                }
                return;
            }
            emit(x, chineseOrdinals.read(this, x));
        }

        private void cardinal(int i, Numeral x) {
            boolean arabic = x.has(Numeral.ARABIC);
            boolean english = x.has(Numeral.ENGLISH) && !arabic;
            boolean han = x.has(Numeral.HAN) && !arabic;
            if (is(NotAFigure.PART_OF_A_CHAIN, i) || is(NotAFigure.CAPITALISED_NUMBER_WORD, i)) {
                return;
            }
            RatioOrTime.Read colonPair = ratios.read(this, nums, i);
            if (colonPair != null) {
                for (int j = i + 1; j <= colonPair.last(); j++) {
                    used[j] = true;
                }
                emit(x, colonPair.ratio());
                return;
            }
            if (is(NotAFigure.DATE_RANGE, i) || emit(x, distributedRanks.read(this, nums, i))) {
                return;
            }
            // What follows: 多 (30多家), a counter or unit word.
            CounterReading.After c = counters.after(this, x);
            FigureLexicon.CounterKind kind = c == null ? null : c.kind();
            Qualifier insideQ = c == null ? null : c.inside();
            if (kind == FigureLexicon.CounterKind.SKIP) {
                return; // 9月, 18日, 14时, 180度, 3个月
            }
            if (kind == FigureLexicon.CounterKind.YEARS) {
                emitWith(x, counters.years(x, c), insideQ);
                return;
            }
            // Densities: 每百萬人2292個, 2,292 per million people.
            BigDecimal density = densities.factor(this, x);
            if (density == null) {
                density = densities.inClause(this, x, lastFigure(), lastDensityFactor);
            }
            if (density != null) {
                lastDensityFactor = density;
                emitWith(x, new FigureReading(x.start(), x.end(), x.value().multiply(density),
                        FigureUnits.PER_MILLION, c != null ? c.end() : x.end()), insideQ);
                return;
            }
            if (arabic && rankedLabels.contains(x.start())) {
                emit(x, FigureReading.of(x, FigureUnits.RANK));
                return;
            }
            if (arabic && bracketCounts.holds(this, x, out)) {
                emit(x, FigureReading.of(x, FigureUnits.COUNT));
                return;
            }
            if (arabic && (is(NotAFigure.PHONE_NUMBER, i) || is(NotAFigure.DAY_OF_MONTH, i)
                    || is(NotAFigure.NAMED_BY_NUMBER, i) || is(NotAFigure.LIST_LABEL, i))) {
                return;
            }
            if (arabic && kind == null && scores.isScore(this, x, lastFigure())) {
                emit(x, FigureReading.of(x, FigureUnits.SCORE));
                return;
            }
            if (is(NotAFigure.HOUR_OF_DAY, i)) {
                return;
            }
            if (emit(x, PercentRange.read(this, nums, i))) {
                return;
            }
            if (kind != null) {
                emitWith(x, counters.read(this, x, c, han), insideQ);
                return;
            }
            if (han) {
                emit(x, bigChineseAmounts.read(this, x, ctx.yuanCurrency()));
                return;
            }
            if (english) {
                emit(x, englishWords.read(this, x));
                return;
            }
            // Bare digits.
            if (emit(x, columnRanks.read(this, nums, i))) {
                return;
            }
            if (englishRanks.prefixed(this, x) && x.value().signum() > 0) {
                emit(x, FigureReading.of(x, FigureUnits.RANK));
                return;
            }
            if (is(NotAFigure.YEAR_OR_SLOGAN_DIGIT, i) || is(NotAFigure.PAGE_NUMBER, i)) {
                return;
            }
            emit(x, FigureReading.of(x, FigureUnits.COUNT));
        }

        // -------------------------------------------------------------- context tests

        private boolean is(NotAFigure rule, int i) {
            return rule.applies(new NumeralSite(this, lex, nums, used, i));
        }

        /** The figure read last, or null. */
        private Figure lastFigure() {
            return out.isEmpty() ? null : out.get(out.size() - 1);
        }

        // -------------------------------------------------------------- emitting

        /** Emits what a reading made of {@code x}; false, emitting nothing, where it made nothing. */
        private boolean emit(Numeral x, FigureReading r) {
            return emitWith(x, r, null);
        }

        /** As {@link #emit}, with a qualifier written inside the figure (30多家), its own qualifier read around it. */
        private boolean emitWith(Numeral x, FigureReading r, Qualifier inside) {
            if (r == null) {
                return false;
            }
            Qualifier q = qualifiers.read(this, x, r.start(), r.extentEnd(), r.unit(), inside);
            out.add(new Figure(r.start(), r.end(), s.subSequence(r.start(), r.end()).toString(), r.value(), r.unit(), q,
                    r.step(x)));
            return true;
        }
    }
}
