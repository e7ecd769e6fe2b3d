package org.newsfacts.text;

import org.newsfacts.files.LexiconFile;
import org.newsfacts.text.normalize.ScriptConverter;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publication date and outlet in its own text, for files whose metadata does not carry
 * them: a dateline ("香港，2025 年 9 月 1 日", "2025-09-18 14:01:17", "明報社評 2025.09.02") and a byline or
 * wire slug naming a known outlet ("大公報記者", "【大公報訊】", "香港新闻网9月18日电", "明報社評").
 *
 * <p>A date counts only where datelines stand: near the top of the article or at the start of a paragraph.
 * Dates inside the story (events, deadlines) are not the publication date.
 */
public final class DatelineReader {
    /** Datelines sit in the first lines; past this many characters a date must open a paragraph. */
    private static final int HEAD_CHARS = 400;
    private static final int PARAGRAPH_LEAD = 16;

    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d.])(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])");
    private static final Pattern ENGLISH_DATE = Pattern.compile(
            "(?i)\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b"
                    + "|\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+(\\d{4})\\b");
    /** What follows an outlet's name in a byline, slug or dateline (in the matching view's Simplified form). */
    private static final Pattern OUTLET_CUE = Pattern.compile(
            "^(?:记者|讯|社评|评论|专讯|消息|报道|\\d{0,2}月?\\d{0,2}日?电|\\s*\\d{4}[-./]\\d)");

    private final List<Outlet> outlets;

    private record Outlet(String name, String simplified) {
    }

    private DatelineReader(List<Outlet> outlets) {
        this.outlets = outlets;
    }

    /** Loads the outlet names from {@code models/text/outlets.txt}. */
    public static DatelineReader load(Path modelsDir, ScriptConverter converter) {
        Path file = modelsDir.resolve("text/outlets.txt");
        MatchingViewBuilder view = new MatchingViewBuilder(converter);
        List<Outlet> outlets = new ArrayList<>();
        for (String name : LexiconFile.read(file).lines()) {
            outlets.add(new Outlet(name, view.build(name).text()));
        }
        // Longest first, so that 香港經濟日報 wins over 經濟日報.
        outlets.sort(Comparator.comparingInt((Outlet o) -> o.simplified.length()).reversed());
        return new DatelineReader(List.copyOf(outlets));
    }

    public LocalDate publicationDate(AnalyzedText article) {
        String text = article.text();
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : List.of(CHINESE_DATE, NUMERIC_DATE, ENGLISH_DATE)) {
            Matcher m = p.matcher(text);
            while (m.find() && m.start() < bestAt) {
                if (!isDatelinePosition(article, m.start())) {
                    continue;
                }
                LocalDate date = toDate(p, m);
                if (date != null) {
                    best = date;
                    bestAt = m.start();
                    break;
                }
            }
        }
        return best;
    }

    /** The outlet named in a byline, slug or dateline, as the article writes it; null if none is known. */
    public String outlet(AnalyzedText article) {
        String view = article.matchingView().text();
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        for (Outlet outlet : outlets) {
            int at = view.indexOf(outlet.simplified);
            while (at >= 0 && at < bestAt) {
                int after = at + outlet.simplified.length();
                String rest = view.substring(after, Math.min(view.length(), after + 12));
                boolean bracketed = at > 0 && view.charAt(at - 1) == '【';
                if (bracketed || OUTLET_CUE.matcher(rest).find()) {
                    bestAt = at;
                    best = article.matchingView().toOriginal(at, after).coveredText(article.text());
                    break;
                }
                at = view.indexOf(outlet.simplified, at + 1);
            }
        }
        return best;
    }

    private static boolean isDatelinePosition(AnalyzedText article, int at) {
        if (at < HEAD_CHARS) {
            return true;
        }
        for (Paragraph p : article.paragraphs()) {
            if (at >= p.start() && at - p.start() <= PARAGRAPH_LEAD) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        try {
            if (p == CHINESE_DATE) {
                return LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (p == NUMERIC_DATE) {
                return LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            }
            if (m.group(1) != null) {
                return LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            return LocalDate.of(year(m.group(6)), month(m.group(5)), Integer.parseInt(m.group(4)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null; // 2025.13.40 is a version number or a figure, not a date
        }
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1900 || year > 2100) {
            throw new IllegalArgumentException("not a news year: " + year);
        }
        return year;
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
