package org.newsfacts.claims;

import org.newsfacts.text.normalize.CaseFilter;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a figure holds: the edition an article reports (from its wording and date), and for each figure whether
 * it is of that edition or an earlier one (a previous-edition cue, a year after the place, the first value of a
 * from–to pair, a streak that has ended), with the year or years it then belongs to.
 */
final class PeriodResolver {
    /** "自2020年起", "since 2020": the first year of a streak. */
    private static final Pattern SINCE_YEAR = Pattern.compile("(?:自|从|since )\\s*((?:19|20)\\d{2})");
    /** How far before a place a cue of an earlier edition may stand ("去年排名第", "up from "). */
    private static final int PREVIOUS_REACH = 8;
    /** How far after the first value of a change its word of "to" may stand ("15名左右提升至": 4 characters). */
    private static final int TO_WORD_REACH = 8;
    /** " position in 2021", " in 2015", "(2021年)": a year stated right after a place. */
    private static final Pattern YEAR_AFTER_PLACE = Pattern.compile(
            "(?:\\s*(?:position|place|spot|rank))?\\s*(?:in\\s+|[(（]\\s*)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d{2})\\s*年?\\s*(?:至|到|-|~|to)\\s*((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)(?!\\s*-\\s*\\d)");
    private static final Pattern STREAK_YEARS = Pattern.compile(ClaimLexicon.SMALL_NUMBER + "\\s*(?:年|years?)");
    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
            Map.entry("一", 1), Map.entry("二", 2), Map.entry("两", 2), Map.entry("三", 3), Map.entry("四", 4),
            Map.entry("五", 5), Map.entry("六", 6), Map.entry("七", 7), Map.entry("八", 8), Map.entry("九", 9),
            Map.entry("十", 10), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));


    private final ClaimLexicon lexicon;
    private final SubjectResolver subjects;
    /** Between a previous-edition cue and a place: a digit, a clause mark or a word of streaks.tsv previous-stop. */
    private final Pattern previousStop;

    PeriodResolver(ClaimLexicon lexicon, SubjectResolver subjects) {
        this.lexicon = lexicon;
        this.subjects = subjects;
        StringBuilder stops = new StringBuilder(".*(\\d|,|，|;");
        for (Cue word : lexicon.periodCues("previous-stop")) {
            // An English word stands between spaces (" to "), so "into" or "top" is none.
            stops.append('|').append(Pattern.quote(word.latin() ? " " + Cue.lower(word.form()) + " " : word.form()));
        }
        this.previousStop = Pattern.compile(stops.append(").*").toString());
    }

    /** A figure's metric and time once its time is read; {@code earlier} says it was moved to an earlier edition. */
    record Timed(String metric, ClaimTime time, boolean earlier) {
    }

    /**
     * The time of a figure bound to {@code subject} with {@code metric}: a place of an earlier edition becomes the
     * metric's earlier-edition form (metric-roles.tsv earlier: {@code rank} → {@code rank_previous}) with that
     * edition; a count or a score whose role keeps its metric after a previous-edition cue takes the edition before. Otherwise the figure is of the edition
     * its article reports, with the years its sentence states and, for a count in a top N, that cut-off. Null when
     * the figure is a past value no metric holds ("從千餘家躍升至近4700家": the first of a from–to pair that is no
     * place).
     */
    Timed timed(BindContext cx, Figure figure, Span sentence, String metric, String subject) {
        boolean earlierValue = isFromValue(cx, figure, sentence);
        String previous = lexicon.roles().earlierForm(metric);
        if (previous != null) {
            String yearAfter = earlierYearAfter(cx, figure, sentence);
            if (yearAfter != null) {
                return new Timed(previous, new ClaimTime(yearAfter, null, null), true);
            }
            if (previousCue(cx, figure, sentence)) {
                return new Timed(previous, new ClaimTime(editionBefore(cx), null, null), true);
            }
            if (earlierValue || streakEnded(cx, figure, sentence, subject)) {
                return new Timed(previous, previousTime(cx, figure, sentence), true);
            }
            return new Timed(metric, current(cx, figure, sentence, metric), false);
        }
        if (earlierValue) {
            // "從千餘家躍升至近4700家": the first value is a past one, and no metric of ours holds past values.
            return null;
        }
        ClaimTime current = current(cx, figure, sentence, metric);
        if (lexicon.roles().keepsMetricWhenEarlier(metric)
                && previousCue(cx, figure, sentence) && cx.edition != null) {
            // "比去年的21個有所增加", "超过去年的24个": a count of the edition before (in the same top N); "a slightly
            // lower score of 40.5 compared with last year's 40.9": the score of the edition before.
            return new Timed(metric, new ClaimTime(editionBefore(cx), null, current.cutoff()), true);
        }
        return new Timed(metric, current, false);
    }

    /**
     * The time a claim of {@code metric} takes from a figure's reading: a figure moved to an earlier edition keeps
     * it; one of the article's own edition has that edition only when the metric holds a value per edition
     * (edition-metrics.txt: a place, a share; not a park's occupancy), which a coordinated metric may not.
     */
    ClaimTime timeOf(BindContext cx, Timed timed, String metric) {
        if (timed.earlier() || lexicon.tiedToEdition(metric)) {
            return timed.time();
        }
        return new ClaimTime(null, timed.time().years(), timed.time().cutoff());
    }

    /** The time of a figure of the article's own edition with nothing said of it (a table's cell). */
    static ClaimTime ofEdition(BindContext cx, ClaimLexicon lexicon, String metric) {
        return new ClaimTime(lexicon.tiedToEdition(metric) ? cx.edition : null, null, null);
    }

    /** A figure of the edition the article reports: with a count's top N, or the years its sentence states. */
    private ClaimTime current(BindContext cx, Figure figure, Span sentence, String metric) {
        String edition = lexicon.tiedToEdition(metric) ? cx.edition : null;
        if (lexicon.roles().cutoffFromSentence(metric)) {
            return new ClaimTime(edition, null, cutoff(cx, figure));
        }
        return new ClaimTime(edition, statedYears(cx, figure, sentence), null);
    }

    private static String editionBefore(BindContext cx) {
        return cx.edition == null ? null : String.valueOf(Integer.parseInt(cx.edition) - 1);
    }

    /**
     * What a figure's sentence says of its time, as {@code period} would write it for the article's own edition:
     * a count in a top N its cut-off, any other figure the years stated before it; null when nothing is said.
     */
    String period(BindContext cx, Figure figure, Span sentence, String metric) {
        return lexicon.roles().cutoffFromSentence(metric) ? cutoff(cx, figure) : statedYears(cx, figure, sentence);
    }

    /** The top N (streaks.tsv {@code topn:}) whose cue stands nearest before a count of places, or null. */
    private String cutoff(BindContext cx, Figure figure) {
        String best = null;
        int bestAt = -1;
        for (var entry : lexicon.topNCues().entrySet()) {
            for (Cue cue : entry.getValue()) {
                int at = cue.lastIndexIn(cx.view, cx.lowered, cx.lookbackStart(figure), figure.start());
                if (at > bestAt) {
                    bestAt = at;
                    best = entry.getKey();
                }
            }
        }
        return best;
    }

    /**
     * A year or year range stated before the figure in its sentence, unless it is the edition's own year or a
     * cue of the reported edition (time.tsv current) stands between: 今年 in "从2020年第21位、2021年第18位，跃升至
     * 今年的第13位" (江苏贸促 2022) brings the text back to this edition, as it ends what an opening 去年 dated.
     */
    private String statedYears(BindContext cx, Figure figure, Span sentence) {
        String before = cx.view.substring(sentence.start(), figure.start());
        Matcher range = YEAR_RANGE.matcher(before);
        String found = null;
        int foundEnd = -1;
        while (range.find()) {
            found = range.group(1) + "-" + range.group(2);
            foundEnd = range.end();
        }
        if (found == null) {
            Matcher year = YEAR.matcher(before);
            while (year.find()) {
                String y = year.group(1);
                if (!y.equals(cx.edition) && !isEditionName(before, year.end())) {
                    found = y;
                    foundEnd = year.end();
                }
            }
        }
        if (found != null && cx.hasCueBefore(lexicon.currentCues(), sentence.start() + foundEnd, figure.start())) {
            return null;
        }
        return found;
    }

    private static boolean isEditionName(String text, int yearEnd) {
        String rest = CaseFilter.lower(text.substring(yearEnd, Math.min(text.length(), yearEnd + 8)));
        return rest.matches("^\\s*年?\\s*(全球创新指数|global innovation).*");
    }

    /**
     * A cue of an earlier edition right before a place, with nothing between that moves it to this edition:
     * "去年排第二", "此前排名第5", "up from 21st", "last year's 17th" (time.tsv). "較去年上升15位至第83位" is not one:
     * 至 (to) leads to this edition's place (streaks.tsv previous-stop: a word of a change or a copula between).
     */
    boolean previousCue(BindContext cx, Figure figure, Span sentence) {
        if (openedByPreviousCue(cx, figure, sentence)) {
            return true;
        }
        for (Cue cue : lexicon.previousCues()) {
            // Reach is counted from the cue's end, so a long cue ("after holding 36th spot") reaches as far as a short one.
            int from = Math.max(sentence.start(), figure.start() - PREVIOUS_REACH - cue.form().length());
            int at = cue.lastIndexIn(cx.view, cx.lowered, from, figure.start());
            if (at < 0) {
                continue;
            }
            String between = cx.lowered.substring(at + cue.form().length(), figure.start());
            if (!previousStop.matcher(between).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A previous-edition cue that opens the sentence as its time adverbial, set off by a comma ("去年,中国央媒还报道了
     * 中国排名达到第11位的新闻"): like a year opening it ("In 2022, Hong Kong's IP revenues … amounted to"), it dates
     * every figure of the sentence, up to a cue that brings the text back to the reported edition (今年, this year).
     */
    private boolean openedByPreviousCue(BindContext cx, Figure figure, Span sentence) {
        int start = sentence.start();
        while (start < figure.start() && Character.isWhitespace(cx.view.charAt(start))) {
            start++;
        }
        for (Cue cue : lexicon.previousCues()) {
            int end = start + cue.form().length();
            if (end < figure.start() && cue.indexWithin(cx.view, cx.lowered, start, end) == start
                    && (cx.view.charAt(end) == ',' || cx.view.charAt(end) == '，')) {
                return !cx.hasCueBefore(lexicon.currentCues(), end, figure.start());
            }
        }
        return false;
    }

    /**
     * A year before the article's edition right after the place ("India was in the 46th position in 2021 and 81st
     * in 2015", "ranked 11th in 2022"): the place of that year's edition.
     */
    static String earlierYearAfter(BindContext cx, Figure figure, Span sentence) {
        if (cx.edition == null) {
            return null;
        }
        Matcher m = YEAR_AFTER_PLACE.matcher(cx.lowered).region(figure.end(), Math.min(sentence.end(), figure.end() + 24));
        if (m.lookingAt() && Integer.parseInt(m.group(1)) < Integer.parseInt(cx.edition)) {
            return m.group(1);
        }
        return null;
    }

    /** "由第21躍升至第8", "from 21st to eighth", "從千餘家躍升至近4700家": the first of a from–to pair. */
    boolean isFromValue(BindContext cx, Figure figure, Span sentence) {
        if (fromValueToWords(cx, figure, sentence)) {
            return true;
        }
        Figure next = cx.nextFigure(figure);
        return next != null && lexicon.unitGroup(next.unit()) != null && lexicon.unitGroup(next.unit()).equals(lexicon.unitGroup(figure.unit()))
                && next.end() <= sentence.end() && next.start() - figure.end() <= 12
                && cx.hasCueBefore(lexicon.periodCues("change"), Math.max(sentence.start(), figure.start() - 12), figure.start());
    }

    /**
     * "从15名左右提升至跨入前10的门槛上" (dev2 10), "从第80位跃升至第34位" (dev2 03): a figure between a word of
     * "from" and a word of "to" (streaks.tsv change, change-to) in its clause is the value the change started at,
     * also when where it went is no figure of its unit (a cut-off, a tier, words).
     */
    private boolean fromValueToWords(BindContext cx, Figure figure, Span sentence) {
        if (!cx.hasCueBefore(lexicon.periodCues("change"), Math.max(sentence.start(), figure.start() - 12), figure.start())) {
            return false;
        }
        int reach = Math.min(sentence.end(), figure.end() + TO_WORD_REACH);
        for (Cue to : lexicon.periodCues("change-to")) {
            int at = to.indexWithin(cx.view, cx.lowered, figure.end(), reach + to.form().length());
            if (at >= 0 && at <= reach && !cx.clauseBreakBetween(figure.end(), at) && !cx.figureBetween(figure.end(), at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The N of "past N years" before the figure (1 where the streak names no number), or 0 for no streak. A
     * streak speaks of the first rank after it only: "過去5年…位居第二，…排第三" makes 第三 this year's.
     */
    private int streakYears(BindContext cx, Figure figure, Span sentence) {
        String before = cx.lowered.substring(sentence.start(), figure.start());
        for (Pattern streak : lexicon.streaks()) {
            Matcher m = streak.matcher(before);
            int last = -1;
            int years = 0;
            while (m.find()) {
                int n = m.group(1).isEmpty() ? Math.max(1, streakNumberNear(before)) : smallNumber(m.group(1));
                if (n >= 2 || m.group(1).isEmpty()) {
                    last = m.end();
                    years = n;
                }
            }
            if (last >= 0 && !cx.rankBetween(sentence.start() + last, figure.start())) {
                return Math.max(1, years);
            }
        }
        return 0;
    }

    /**
     * A streak before the place that is over by the article's edition: its sentence says it ended (streaks.tsv
     * {@code ended}: 打破, 榜首, after holding), or it began in a year (自2020年起) whose N years end before the
     * edition. A streak that goes on ("連續五年蟬聯全球第二位" in a 2024 report) states the current place.
     */
    boolean streakEnded(BindContext cx, Figure figure, Span sentence, String subject) {
        int years = streakYears(cx, figure, sentence);
        if (years <= 0) {
            return false;
        }
        for (Cue ended : lexicon.periodCues("ended")) {
            for (int at = ended.indexWithin(cx.view, cx.lowered, sentence.start(), sentence.end()); at >= 0;
                 at = ended.indexWithin(cx.view, cx.lowered, at + 1, sentence.end())) {
                // An end said in a clause about another cluster is that one's ("深圳—香港—廣州連續四年成為全球第二大
                // 科技集群,東京—橫濱(日本)位列榜首": Tokyo heads the list, the streak goes on); one about the same
                // cluster or none ends it ("连续五年位列该排行榜第二名,“深圳—香港—广州”集群今年为何能首次登顶").
                Span clause = new Span(cx.clauseStart(sentence, at), at);
                // A cluster it is compared with is not the one the clause speaks of ("今年力壓東京-橫濱集群稱冠").
                if (cx.subjectsIn(clause).stream().noneMatch(s -> s.kind().equals("cluster") && !s.id().equals(subject)
                        && !subjects.isComparedWith(cx, s, sentence))) {
                    return true;
                }
            }
        }
        Matcher since = SINCE_YEAR.matcher(cx.lowered.substring(sentence.start(), figure.start()));
        if (since.find() && cx.edition != null) {
            return Integer.parseInt(since.group(1)) + years - 1 < Integer.parseInt(cx.edition);
        }
        return false;
    }

    private static int streakNumberNear(String before) {
        Matcher m = STREAK_YEARS.matcher(before);
        return m.find() ? smallNumber(m.group(1)) : 0;
    }

    private static int smallNumber(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        Integer n = SMALL_NUMBERS.get(s);
        return n == null ? 0 : n;
    }

    /**
     * The time of a place that a streak or a from–to pair puts before this edition: the years stated before it, else
     * the editions a streak of N years spans, else the edition before.
     */
    private ClaimTime previousTime(BindContext cx, Figure figure, Span sentence) {
        String stated = statedYears(cx, figure, sentence);
        if (stated != null) {
            return new ClaimTime(null, stated, null);
        }
        if (cx.edition == null) {
            return ClaimTime.NONE;
        }
        int edition = Integer.parseInt(cx.edition);
        int years = streakYears(cx, figure, sentence);
        return years > 1 ? new ClaimTime(null, (edition - years) + "-" + (edition - 1), null)
                : new ClaimTime(String.valueOf(edition - 1), null, null);
    }

    /**
     * The edition an article reports: the year it names with the index's name most often ("GII 2024",
     * "2024年全球創新指數"); else the year of its publication date, less one before the release month (an article
     * of March 2026 reports the 2025 edition); else the year its text names most often.
     */
    static String edition(String loweredView, java.time.LocalDate published, Pattern editionName, int releaseMonth) {
        Matcher m = editionName.matcher(loweredView);
        Map<String, Integer> counts = new java.util.HashMap<>();
        while (m.find()) {
            counts.merge(m.group(1) != null ? m.group(1) : m.group(2), 1, Integer::sum);
        }
        if (!counts.isEmpty()) {
            return mostFrequent(counts);
        }
        if (published != null) {
            return String.valueOf(published.getMonthValue() >= releaseMonth ? published.getYear() : published.getYear() - 1);
        }
        Matcher year = YEAR.matcher(loweredView);
        while (year.find()) {
            counts.merge(year.group(1), 1, Integer::sum);
        }
        return counts.isEmpty() ? null : mostFrequent(counts);
    }

    /** The most frequent key; the later year on a tie (an article names the edition it reports more recently). */
    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }}
