package org.newsfacts.claims;

import org.newsfacts.files.LexiconFile;
import org.newsfacts.text.MatchingViewBuilder;
import org.newsfacts.text.normalize.ScriptConverter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The domain knowledge claims are bound with, read from {@code models/claims/}: metric phrases
 * ({@code metrics.tsv}), subjects other than clusters ({@code subjects.tsv}) and period words
 * ({@code streaks.tsv}). All phrases are held in matching-view form, so either Chinese script matches.
 */
public final class ClaimLexicon {

    /** One row of metrics.tsv: a metric, the figure unit it takes, where its cues stand, its subject kinds. */
    record MetricRule(String metric, String unit, Where where, Set<String> subjectKinds, List<Cue> cues,
                      List<Frame> frames) {
        boolean cueAfter() {
            return where == Where.AFTER;
        }
    }

    /**
     * A cue written around the figure ("out of … countries", "覆盖…个集群"): the words before end right before the
     * figure, the words after follow it (after its counter word), as an after cue's do.
     */
    record Frame(Cue before, Cue after) {
    }

    /** Where a metric's cue stands relative to the figure; see metrics.tsv. */
    enum Where {
        BEFORE, AFTER, WEAK, DEFAULT
    }

    /** Words that name a phase of a park, and what a subject named before them becomes (see phases.tsv). */
    record PhaseWords(List<Cue> words, String suffix) {
    }

    /** One name of a subject: an economy, organisation, park, fund or the ranking as a whole. */
    record SubjectName(String id, String kind, Cue cue, boolean anaphor) {
    }

    private final List<MetricRule> metrics;
    private final List<SubjectName> subjects;
    private final Map<String, List<Cue>> periodCues;
    private final List<Pattern> streaks;
    private final List<Cue> cutoffSuffixes;
    private final List<String> counters;
    private final List<Cue> cutoffPrefixes;
    private final List<Cue> changeVerbs;
    private Map<String, List<Cue>> grammar = Map.of();
    private Pattern editionName;
    private int releaseMonth;
    private String editionSubject;
    private Set<String> currencies = Set.of();
    private Map<String, Set<String>> functionWords = Map.of();
    private List<PhaseWords> phases = List.of();
    private List<Cue> previousCues = List.of();
    private List<Cue> currentCues = List.of();
    private List<Cue> clusterWords = List.of();
    private EditionPeriods editions;
    private MetricRoles roles;

    /** A number written any way a streak of years is: 5, 五, five. */
    static final String SMALL_NUMBER = "(\\d+|[一二两三四五六七八九十]+|one|two|three|four|five|six|seven|eight|nine|ten)";

    private ClaimLexicon(List<MetricRule> metrics, List<SubjectName> subjects, Map<String, List<Cue>> periodCues,
                         List<Pattern> streaks, Map<String, List<Cue>> cutoffs, List<String> counters) {
        this.metrics = List.copyOf(metrics);
        this.subjects = List.copyOf(subjects);
        this.periodCues = Map.copyOf(periodCues);
        this.streaks = List.copyOf(streaks);
        this.cutoffSuffixes = cutoffs.getOrDefault("suffix", List.of());
        this.cutoffPrefixes = cutoffs.getOrDefault("prefix", List.of());
        this.changeVerbs = cutoffs.getOrDefault("change", List.of());
        this.counters = List.copyOf(counters);
    }

    public static ClaimLexicon load(Path modelsDir) {
        MatchingViewBuilder view = new MatchingViewBuilder(ScriptConverter.shared());
        Path dir = modelsDir.resolve("claims");
        List<MetricRule> metrics = new ArrayList<>();
        for (String[] row : LexiconFile.rows(dir.resolve("metrics.tsv"), 5)) {
            List<Cue> plain = new ArrayList<>();
            List<Frame> frames = new ArrayList<>();
            for (String cue : row[4].split(";")) {
                int gap = cue.indexOf('…');
                if (gap >= 0) {
                    frames.add(new Frame(Cue.of(view.build(cue.substring(0, gap).strip()).text()),
                            Cue.of(view.build(cue.substring(gap + 1).strip()).text())));
                } else if (!cue.isBlank()) {
                    plain.add(Cue.of(view.build(cue.strip()).text()));
                }
            }
            metrics.add(new MetricRule(row[0], row[1], Where.valueOf(row[2].toUpperCase(java.util.Locale.ROOT)),
                    Set.of(row[3].split(",")), plain, frames));
        }
        List<SubjectName> subjects = new ArrayList<>();
        for (String[] row : LexiconFile.rows(dir.resolve("subjects.tsv"), 3)) {
            for (String name : row[2].split(";")) {
                String n = name.strip();
                boolean anaphor = n.startsWith("~");
                if (anaphor) {
                    n = n.substring(1);
                }
                if (!n.isEmpty()) {
                    subjects.add(new SubjectName(row[0], row[1], Cue.of(view.build(n).text()), anaphor));
                }
            }
        }
        // Longer names first: 河套香港園區 before 香港, 中國內地 before 中國.
        subjects.sort((a, b) -> b.cue().form().length() - a.cue().form().length());
        Map<String, List<Cue>> periods = new LinkedHashMap<>();
        List<Pattern> streaks = new ArrayList<>();
        for (String[] row : LexiconFile.rows(dir.resolve("streaks.tsv"), 2)) {
            if (row[0].equals("streak")) {
                for (String cue : row[1].split(";")) {
                    if (!cue.isBlank()) {
                        streaks.add(streakPattern(view.build(cue.strip()).text()));
                    }
                }
            } else {
                periods.put(row[0], cues(row[1], view));
            }
        }
        Map<String, List<Cue>> cutoffs = new HashMap<>();
        for (String[] row : LexiconFile.rows(dir.resolve("cutoffs.tsv"), 2)) {
            cutoffs.put(row[0], cues(row[1], view));
        }
        // Counter words (個, 家, 座) are the figure extractor's: read from its lexicon, longest first.
        List<String> counters = new ArrayList<>();
        for (String[] row : LexiconFile.rows(modelsDir.resolve("figures").resolve("counters.tsv"), 2)) {
            if (row[1].strip().equals("count")) {
                counters.add(view.build(row[0].strip()).text());
            }
        }
        counters.sort((a, b) -> b.length() - a.length());
        ClaimLexicon lexicon = new ClaimLexicon(metrics, subjects, periods, streaks, cutoffs, counters);
        lexicon.clusterWords = LexiconFile.read(dir.resolve("cluster-words.txt")).lines().stream()
                .map(w -> Cue.of(view.build(w).text())).toList();
        Map<String, List<Cue>> grammar = new HashMap<>();
        for (String[] row : LexiconFile.rows(dir.resolve("grammar.tsv"), 2)) {
            grammar.put(row[0], cues(row[1], view));
        }
        lexicon.grammar = Map.copyOf(grammar);
        for (String[] row : LexiconFile.rows(dir.resolve("time.tsv"), 2)) {
            switch (row[0]) {
                case "edition" -> lexicon.editionName = editionPattern(cues(row[1], view).stream()
                        .map(c -> Cue.lower(c.form())).toList());
                case "release" -> lexicon.releaseMonth = Integer.parseInt(row[1].strip());
                case "previous" -> lexicon.previousCues = cues(row[1], view);
                case "current" -> lexicon.currentCues = cues(row[1], view);
                case "subject" -> lexicon.editionSubject = row[1].strip();
                default -> throw new IllegalArgumentException(dir.resolve("time.tsv") + ": unknown kind " + row[0]
                        + " (edition, release, previous, current, subject)");
            }
        }
        if (lexicon.editionName == null || lexicon.releaseMonth == 0 || lexicon.editionSubject == null
                || !lexicon.editionSubject.contains("{year}")) {
            throw new IllegalArgumentException(dir.resolve("time.tsv")
                    + ": needs an edition row, a release row and a subject row naming {year}");
        }
        // Money is any currency the figure stage reads (its codes; LOCAL is resolved to one before claims see it).
        Set<String> currencies = new java.util.HashSet<>();
        for (String[] row : LexiconFile.rows(modelsDir.resolve("figures").resolve("currencies.tsv"), 2)) {
            String code = row[1].strip();
            if (code.matches("[A-Z]{3}")) {
                currencies.add(code);
            }
        }
        lexicon.currencies = Set.copyOf(currencies);
        Map<String, Set<String>> words = new HashMap<>();
        for (String[] row : LexiconFile.rows(dir.resolve("function-words.tsv"), 2)) {
            words.put(row[0].strip(), cues(row[1], view).stream().map(Cue::form).collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
        lexicon.functionWords = Map.copyOf(words);
        List<PhaseWords> phases = new ArrayList<>();
        for (String[] row : LexiconFile.rows(dir.resolve("phases.tsv"), 2)) {
            String suffix = row[1].strip();
            phases.add(new PhaseWords(cues(row[0], view), suffix.equals("-") ? "" : suffix));
        }
        lexicon.phases = List.copyOf(phases);
        lexicon.editions = EditionPeriods.load(modelsDir);
        lexicon.roles = MetricRoles.load(modelsDir);
        return lexicon;
    }

    /** A year right before or after one of the index's names (lower-cased matching-view forms), as group 1 or 2. */
    static Pattern editionPattern(List<String> names) {
        String alternatives = names.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
        return Pattern.compile("((?:19|20)\\d{2})\\s*年?\\s*版?\\s*(?:" + alternatives + ")|(?:" + alternatives
                + ")\\s*[(（]?\\s*((?:19|20)\\d{2})(?!\\d)");
    }

    /** Small words of a kind of grammar.tsv (each, locative, partitive, subranking, superlative, anaphor). */
    List<Cue> grammar(String kind) {
        return grammar.getOrDefault(kind, List.of());
    }

    /** Words that say a sentence speaks of clusters (cluster-words.txt). */
    List<Cue> clusterWords() {
        return clusterWords;
    }

    /** The subject id of the edition an article reports ("GII {year}" in time.tsv), for a year. */
    String editionSubject(String year) {
        return editionSubject.replace("{year}", year);
    }

    /**
     * What kind of quantity a figure unit is, as metrics.tsv names units: %, count, rank, per_million, score, or
     * money for any currency of models/figures/currencies.tsv; null for a unit no metric takes.
     */
    String unitGroup(String unit) {
        return switch (unit) {
            case "%", "count", "rank", "per_million", "score" -> unit;
            default -> currencies.contains(unit) ? "money" : null;
        };
    }

    /** Words of a kind of function-words.tsv (after-count, conjunction, verb-start), lower-cased view forms. */
    Set<String> functionWords(String kind) {
        return functionWords.getOrDefault(kind, Set.of());
    }

    /** Whether a character is one of the one-character words of a kind of function-words.tsv. */
    boolean isWord(String kind, int codePoint) {
        return functionWords(kind).contains(new String(Character.toChars(codePoint)));
    }

    /**
     * The suffix the phase word nearest before {@code before} (from {@code from}) gives a park's subject:
     * "(phase 1)" after 首期, empty after a later phase (the park as a whole), null when no phase word stands there.
     */
    String phaseSuffix(String view, String lowered, int from, int before) {
        int best = -1;
        int bestLength = 0;
        String suffix = null;
        for (PhaseWords phase : phases) {
            for (Cue cue : phase.words()) {
                int at = cue.lastIndexIn(view, lowered, from, before);
                if (at > best || at == best && at >= 0 && cue.form().length() > bestLength) {
                    best = at;
                    bestLength = cue.form().length();
                    suffix = phase.suffix();
                }
            }
        }
        return suffix;
    }

    /** Whether a metric holds one value per edition of the ranking ({@code edition-metrics.txt}). */
    boolean tiedToEdition(String metric) {
        return editions.tiedToEdition(metric);
    }

    /** What each metric is beyond its words (metric-roles.tsv). */
    MetricRoles roles() {
        return roles;
    }

    Pattern editionName() {
        return editionName;
    }

    int releaseMonth() {
        return releaseMonth;
    }

    /** Cues that put a place in an earlier edition (去年, 此前, up from, last year): see time.tsv. */
    List<Cue> previousCues() {
        return previousCues;
    }

    /** Cues that bring the text back to the edition it reports (今年, this year): see time.tsv. */
    List<Cue> currentCues() {
        return currentCues;
    }

    /** Length of the counter word (個, 家, 座) at {@code at} in the view, or 0. */
    int counterAt(String view, int at) {
        for (String counter : counters) {
            if (view.startsWith(counter, at)) {
                return counter.length();
            }
        }
        return 0;
    }

    /** A figure that names a ranking's cut-off (百強, 前15名, top 100), which states nothing about a subject. */
    boolean isCutoff(String view, String lowered, int start, int end) {
        for (Cue suffix : cutoffSuffixes) {
            if (end - suffix.form().length() > start && view.startsWith(suffix.form(), end - suffix.form().length())) {
                return true;
            }
        }
        String before = lowered.substring(Math.max(0, start - 4), start).stripTrailing();
        for (Cue prefix : cutoffPrefixes) {
            if (before.endsWith(Cue.lower(prefix.form())) || lowered.startsWith(Cue.lower(prefix.form()), start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure right after a verb of change (上升15位, rose 12 places) or inside a footnote marker ([8], [12]):
     * a move or a reference, never a quantity of a subject.
     */
    boolean isChangeOrMarker(String view, String lowered, int start, int end) {
        if (start > 0 && end < view.length() && view.charAt(start - 1) == '[' && view.charAt(end) == ']') {
            return true;
        }
        String before = lowered.substring(Math.max(0, start - 12), start);
        // 均 / 各 / 了 / 约 stand between verb and number: 均跃升12位, 上升了两位.
        String trimmed = before.replaceFirst("[\\s了约近逾超过多]*$", "");
        for (Cue verb : changeVerbs) {
            if (trimmed.endsWith(Cue.lower(verb.form()))) {
                return true;
            }
        }
        return false;
    }

    /** "过去N年" → a pattern with the number as group 1; a cue without N matches as written (group 1 absent). */
    private static Pattern streakPattern(String cue) {
        String lowered = Cue.lower(cue);
        int n = cue.indexOf('N');
        if (n < 0) {
            return Pattern.compile("()" + Pattern.quote(lowered));
        }
        return Pattern.compile(Pattern.quote(lowered.substring(0, n)) + "\\s*" + SMALL_NUMBER + "\\s*"
                + Pattern.quote(lowered.substring(n + 1)));
    }

    /** Patterns of "for the past N years": a rank held before this edition. */
    List<Pattern> streaks() {
        return streaks;
    }

    List<MetricRule> metrics() {
        return metrics;
    }

    List<SubjectName> subjects() {
        return subjects;
    }

    /** Cues of a period kind from streaks.tsv ({@code streak}, {@code change}, {@code intensity}, {@code topn:top10}). */
    List<Cue> periodCues(String kind) {
        return periodCues.getOrDefault(kind, List.of());
    }

    Map<String, List<Cue>> topNCues() {
        Map<String, List<Cue>> topN = new HashMap<>();
        periodCues.forEach((k, v) -> {
            if (k.startsWith("topn:")) {
                topN.put(k.substring(5), v);
            }
        });
        return topN;
    }

    private static List<Cue> cues(String list, MatchingViewBuilder view) {
        List<Cue> cues = new ArrayList<>();
        for (String cue : list.split(";")) {
            if (!cue.isBlank()) {
                cues.add(Cue.of(view.build(cue.strip()).text()));
            }
        }
        return cues;
    }
}
