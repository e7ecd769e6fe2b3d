package org.newsfacts.extract.figures;

import org.newsfacts.files.LexiconFile;
import org.newsfacts.extract.number.Folding;
import org.newsfacts.lexicon.Trie;
import org.newsfacts.text.normalize.CaseFilter;
import org.newsfacts.text.normalize.ScriptConverter;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists of models/figures/ (see its README), loaded once into tries. Every Chinese word is
 * entered in Simplified and Traditional script, so the extractor works on raw and converted text.
 */
final class FigureLexicon {

    enum CounterKind { COUNT, TOPN, YEARS, M2, RATIO, SKIP }

    record Counter(CounterKind kind, BigDecimal factor) {
    }

    /** A currency word: its ISO code (LOCAL for 元, "-" for none) and what one of it is worth. */
    record Currency(String code, BigDecimal factor) {
        static final String LOCAL = "LOCAL";
    }

    final Trie<Counter> counters = Trie.words();
    final Trie<Currency> currencyAfter = Trie.words();
    /** Currency words of ASCII letters only (RMB, usd): they may be written against the digits. */
    private final Set<String> letterCurrencies = new HashSet<>();
    final Trie<Currency> currencyBefore = Trie.wordsBefore();
    /** Qualifier words; an empty value is a phrase that looks like one but is not ("rose up to"). */
    final Trie<Optional<Qualifier>> qualifierBefore = Trie.wordsBefore();
    final Trie<Optional<Qualifier>> qualifierInside = Trie.words();
    final Trie<Optional<Qualifier>> qualifierAfter = Trie.words();
    final Trie<Boolean> rankCounters = Trie.words();
    final Trie<BigDecimal> wordRanks = Trie.words();
    final List<String> wordRankWords = new ArrayList<>();
    final Trie<Boolean> rankHeaders = Trie.wordsBefore();
    final Set<String> rankBefore = new HashSet<>();
    final Set<String> rankAfter = new HashSet<>();
    final Set<String> rankCopulas = new HashSet<>();
    final Set<String> notRankAfter = new HashSet<>();
    final Trie<Boolean> rankPrefixes = Trie.wordsBefore();
    /** One-character words right before N名 / N位 that make it a cut-off (前10名), both scripts. */
    final Set<String> cutoffBefore = new HashSet<>();
    /** One-character words of a move between a rank header and N名 / N位 (排名上升3位), both scripts. */
    final Set<String> rankMoves = new HashSet<>();
    /** Words in a heading that make the numbered list under it a ranking (lower case, both scripts). */
    final Set<String> listHeadings = new HashSet<>();
    /** Words just before a number that make it a score (score of 40.5, 得分). */
    final Trie<Boolean> scoreBefore = Trie.wordsBefore();
    final Set<String> idioms = new LinkedHashSet<>();
    /** Names that contain a number which is a label, not a quantity (十五五, 6G, 第三方). */
    final Trie<Boolean> names = Trie.words();
    final Trie<BigDecimal> densityBefore = Trie.wordsBefore();
    final Trie<BigDecimal> densityAfter = Trie.words();
    final Trie<Boolean> phoneLabels = Trie.wordsBefore();
    final Set<String> months = new HashSet<>();
    final Trie<Boolean> moneyNouns = Trie.words();
    final Set<String> nameHeads = new HashSet<>();
    final Trie<Boolean> ratioCues = Trie.wordsBefore();
    final Trie<Boolean> timeBefore = Trie.wordsBefore();
    private final Set<String> gluedUnits = new HashSet<>();
    /** English words that join phrases (and, of, per …): never the noun a number counts (lower case). */
    final Set<String> linkWords = new HashSet<>();
    /** One-character words between a density marker and its number (每百萬人為2292), both scripts. */
    final Set<String> densityLinks = new HashSet<>();

    static FigureLexicon load(Path modelsDir) {
        Path dir = modelsDir.resolve("figures");
        FigureLexicon lex = new FigureLexicon();
        for (String[] row : LexiconFile.rows(dir.resolve("counters.tsv"), 2)) {
            CounterKind kind = CounterKind.valueOf(row[1].toUpperCase(Locale.ROOT));
            BigDecimal factor = row.length > 2 ? new BigDecimal(row[2]) : BigDecimal.ONE;
            forms(row[0]).forEach(w -> lex.counters.add(w, new Counter(kind, factor)));
        }
        for (String[] row : LexiconFile.rows(dir.resolve("currencies.tsv"), 2)) {
            Currency c = new Currency(row[1], new BigDecimal(row[2]));
            String side = row[3];
            if (row[0].chars().allMatch(ch -> (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
                    && row[0].length() >= 2) {
                lex.letterCurrencies.add(CaseFilter.lower(row[0]));
            }
            for (String w : forms(row[0])) {
                if (!side.equals("prefix")) {
                    lex.currencyAfter.add(w, c);
                }
                if (!side.equals("suffix")) {
                    lex.currencyBefore.add(w, c);
                }
            }
        }
        for (String[] row : LexiconFile.rows(dir.resolve("qualifiers.tsv"), 2)) {
            Optional<Qualifier> q = row[1].equals("none") ? Optional.empty() : Optional.of(Qualifier.fromCode(row[1]));
            Trie<Optional<Qualifier>> trie = switch (row[2]) {
                case "before" -> lex.qualifierBefore;
                case "inside" -> lex.qualifierInside;
                case "after" -> lex.qualifierAfter;
                default -> throw new IllegalArgumentException("qualifiers.tsv: side " + row[2]);
            };
            forms(row[0]).forEach(w -> trie.add(w, q));
        }
        for (String[] row : LexiconFile.rows(dir.resolve("ranks.tsv"), 2)) {
            String w = row[0];
            switch (row[1]) {
                case "counter" -> forms(w).forEach(f -> lex.rankCounters.add(f, Boolean.TRUE));
                case "word-rank" -> forms(w).forEach(f -> {
                    lex.wordRanks.add(f, new BigDecimal(row[2]));
                    lex.wordRankWords.add(f);
                });
                case "header" -> forms(w).forEach(f -> lex.rankHeaders.add(f, Boolean.TRUE));
                case "en-before" -> lex.rankBefore.add(CaseFilter.lower(w));
                case "en-after" -> lex.rankAfter.add(CaseFilter.lower(w));
                case "en-copula" -> lex.rankCopulas.add(CaseFilter.lower(w));
                case "en-not-after" -> lex.notRankAfter.add(CaseFilter.lower(w));
                case "rank-prefix" -> lex.rankPrefixes.add(w, Boolean.TRUE);
                case "list-heading" -> forms(w).forEach(f -> lex.listHeadings.add(CaseFilter.lower(f)));
                case "cutoff-before" -> lex.cutoffBefore.addAll(oneCharacter(w, "ranks.tsv"));
                case "move" -> lex.rankMoves.addAll(oneCharacter(w, "ranks.tsv"));
                default -> throw new IllegalArgumentException("ranks.tsv: kind " + row[1]);
            }
        }
        for (String[] row : LexiconFile.rows(dir.resolve("non-figures.tsv"), 2)) {
            switch (row[1]) {
                case "idiom" -> lex.idioms.addAll(forms(row[0]));
                case "name" -> forms(row[0]).forEach(f -> lex.names.add(f, Boolean.TRUE));
                default -> throw new IllegalArgumentException("non-figures.tsv: kind " + row[1]);
            }
        }
        for (String[] row : LexiconFile.rows(dir.resolve("context.tsv"), 2)) {
            String w = row[0];
            switch (row[1]) {
                case "density-before" -> forms(w).forEach(f -> lex.densityBefore.add(f, new BigDecimal(row[2])));
                case "density-after" -> lex.densityAfter.add(w, new BigDecimal(row[2]));
                case "phone-label" -> forms(w).forEach(f -> lex.phoneLabels.add(f, Boolean.TRUE));
                case "month" -> lex.months.add(CaseFilter.lower(w));
                case "money-noun" -> forms(w).forEach(f -> lex.moneyNouns.add(f, Boolean.TRUE));
                case "name-head" -> lex.nameHeads.add(CaseFilter.lower(w));
                case "ratio-cue" -> forms(w).forEach(f -> lex.ratioCues.add(f, Boolean.TRUE));
                case "time-before" -> forms(w).forEach(f -> lex.timeBefore.add(f, Boolean.TRUE));
                case "glued-unit" -> lex.gluedUnits.add(CaseFilter.lower(w));
                case "score-before" -> forms(w).forEach(f -> lex.scoreBefore.add(f, Boolean.TRUE));
                case "link-word" -> lex.linkWords.add(CaseFilter.lower(w));
                case "density-link" -> lex.densityLinks.addAll(oneCharacter(w, "context.tsv"));
                default -> throw new IllegalArgumentException("context.tsv: kind " + row[1]);
            }
        }
        for (Trie<?> trie : List.of(lex.counters, lex.currencyAfter, lex.currencyBefore, lex.qualifierBefore,
                lex.qualifierInside, lex.qualifierAfter, lex.rankCounters, lex.wordRanks, lex.rankHeaders,
                lex.rankPrefixes, lex.densityBefore, lex.densityAfter, lex.phoneLabels, lex.moneyNouns, lex.ratioCues,
                lex.timeBefore, lex.scoreBefore, lex.names)) {
            trie.freeze();
        }
        return lex;
    }

    /**
     * Whether a name of non-figures.tsv covers position {@code i} of {@code s}, standing as a word of its own:
     * 5G in "5G 网络" and 十五五 in 十五五规划, not the 5G inside 25G nor the 6G of 6GHz.
     */
    boolean inName(CharSequence s, int i) {
        for (Trie.Match<Boolean> m : names.covering(s, i)) {
            int end = m.end();
            if (!alphanumeric(s, m.start() - 1) && !(letter(s, end - 1) && alphanumeric(s, end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean letter(CharSequence s, int i) {
        return i >= 0 && i < s.length() && Folding.isAsciiLetter(s.charAt(i));
    }

    private static boolean alphanumeric(CharSequence s, int i) {
        return letter(s, i) || i >= 0 && i < s.length() && Folding.isDigit(s.charAt(i));
    }

    /** ASCII words that may be written against the digits (Rmb1.2bn, 3:30pm): currency codes and glued units. */
    Set<String> gluedWords() {
        Set<String> all = new HashSet<>(letterCurrencies);
        all.addAll(gluedUnits);
        return all;
    }

    /** A word a rule reads one character at a time, in both scripts; a longer one is an error naming its file. */
    private static Set<String> oneCharacter(String word, String file) {
        if (word.codePointCount(0, word.length()) != 1) {
            throw new IllegalArgumentException(file + ": " + word + " is read as one character and must be one");
        }
        return forms(word);
    }

    /** The word in both Chinese scripts (and as given). */
    static Set<String> forms(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        if (word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            out.add(ScriptConverter.shared().toSimplified(word));
            out.add(ScriptConverter.shared().toTraditional(word));
        }
        return out;
    }
}
