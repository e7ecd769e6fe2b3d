package org.newsfacts.text;

import org.newsfacts.text.normalize.CharClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Undoes the line layout that PDF and newspaper text extraction leaves behind, so that later stages see
 * sentences rather than printed lines.
 *
 * <p>Printed text is wrapped at the column width, and extraction keeps each printed line; in Chinese a
 * line may break inside a word ("香港特別行" / "政區政府發言人表示"), and headlines set vertically come out
 * one character per line. A break is taken to be a wrap, and removed, when the line before it is as wide as
 * the column (or part of a run of equally wide lines, as in a narrow column) and the break falls next to
 * Chinese text; Chinese lines are joined without a space, English ones with one. Everything else (headings,
 * short lines, lines that end a sentence, table cells, captions) keeps its break, so headlines and table
 * columns stay apart. Blank lines that separate paragraphs are kept as one blank line.
 *
 * <p>The repaired text is what every later offset points into, so this stage needs no offset map of its own.
 */
public final class LineRepair {

    /** Share of the column width a line must fill to count as wrapped rather than ended. */
    private static final double FULL_LINE_SHARE = 0.8;
    /** Lines narrower than this (in columns) never set or join a run of equal lines: table cells, names. */
    private static final int MIN_RUN_WIDTH = 12;
    /** How many columns two lines of the same narrow column may differ by. */
    private static final int RUN_TOLERANCE = 2;

    private LineRepair() {
    }

    public static String repair(String raw) {
        List<String> lines = splitLines(raw);
        int[] widths = lines.stream().mapToInt(LineRepair::displayWidth).toArray();
        int wrapWidth = wrapWidth(widths);

        StringBuilder out = new StringBuilder(raw.length());
        int previous = -1; // index of the previous non-blank line
        int blanks = 0;
        for (int i = 0; i < lines.size(); i++) {
            TimeLimit.check();
            String line = lines.get(i);
            if (line.isEmpty()) {
                blanks++;
                continue;
            }
            if (previous >= 0) {
                out.append(separator(lines, widths, wrapWidth, previous, i, blanks));
            }
            out.append(line);
            previous = i;
            blanks = 0;
        }
        return out.toString();
    }

    /**
     * Text whose paragraphs are already known, one a line: the same clean-up as {@link #repair} (edge spaces, the
     * spaces PDF text puts beside Chinese punctuation, invisible characters, runs of blank lines) without joining.
     */
    public static String cleanLines(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int blanks = 0;
        for (String line : splitLines(raw)) {
            if (line.isEmpty()) {
                blanks++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blanks > 0 ? "\n\n" : "\n");
            }
            out.append(line);
            blanks = 0;
        }
        return out.toString();
    }

    private static String separator(List<String> lines, int[] widths, int wrapWidth, int a, int b, int blanks) {
        String above = lines.get(a);
        String below = lines.get(b);
        int last = above.codePointBefore(above.length());
        int first = below.codePointAt(0);
        String lineBreak = blanks > 0 ? "\n\n" : "\n";

        if (endsSentence(above) || startsWithMarker(below) || isMarkerLine(above) || endsWithLink(above)) {
            return lineBreak;
        }
        // Curly quotes are Chinese and English punctuation alike: the letter inside them tells the language, so an
        // English quotation that ends a paragraph ("…creative goods exports.”⏎⏎The ministry said…") keeps its break.
        boolean chinese = CharClass.isCjk(insideQuotesAtEnd(above)) || CharClass.isCjk(insideQuotesAtStart(below));
        if (chinese) {
            int next = nextNonBlank(lines, b);
            int before = previousNonBlank(lines, a);
            // Two equally wide lines are a narrow column with a third beside them, or when they read as prose;
            // two names alone are as likely a table's last row and its next header.
            boolean column = isSameColumn(widths, a, b)
                    && (before >= 0 && isSameColumn(widths, before, a) || next >= 0 && isSameColumn(widths, b, next)
                    || hasClausePunctuation(above) || hasClausePunctuation(below));
            boolean wraps = !hasWordGap(above)
                    && (isFull(widths[a], wrapWidth) || column
                    || before >= 0 && isSameColumn(widths, before, a) && widths[b] <= widths[a] + RUN_TOLERANCE);
            boolean continues = wraps && (column || !isHeading(lines, widths, wrapWidth, b))
                    || isVerticalRun(above, below, next < 0 ? "" : lines.get(next));
            return continues ? "" : lineBreak;
        }
        // English: a wrapped line ends mid-clause and the next one goes on in lower case.
        boolean englishWrap = blanks == 0 && (CharClass.isLatinLetter(last) || last == ',' || last == ';')
                && (Character.isLowerCase(first) || Character.isDigit(first));
        return englishWrap ? " " : lineBreak;
    }

    /** The most common line width that many lines reach: the page's column width, or 0 for unwrapped text. */
    static int wrapWidth(int[] widths) {
        int[] candidates = Arrays.stream(widths).filter(w -> w >= MIN_RUN_WIDTH).sorted().toArray();
        int best = 0;
        int bestCount = 0;
        for (int w : candidates) {
            int low = (int) Math.ceil(w * 0.9);
            int count = 0;
            for (int other : candidates) {
                if (other >= low && other <= w) {
                    count++;
                }
            }
            if (count >= bestCount) {
                best = w;
                bestCount = count;
            }
        }
        // Wrapped text has many lines at the column width and almost none wider; text whose lines are
        // paragraphs has neither, and then nothing counts as wrapped.
        int wider = 0;
        for (int w : candidates) {
            if (w > best * 1.1) {
                wider++;
            }
        }
        boolean wrapped = bestCount >= 4 && bestCount * 5 >= candidates.length
                && wider <= Math.max(2, candidates.length * 0.15);
        return wrapped ? best : 0;
    }

    private static boolean isFull(int width, int wrapWidth) {
        return wrapWidth > 0 && width >= FULL_LINE_SHARE * wrapWidth;
    }

    /**
     * A short line without clause punctuation that ends in a word, with the next line straight after it: a heading or
     * a label over what follows, unless it belongs to a narrow column of equal lines. The last line of a wrapped paragraph is short too, but it ends the paragraph,
     * so punctuation or a blank line follows it.
     */
    private static boolean isHeading(List<String> lines, int[] widths, int wrapWidth, int b) {
        String line = lines.get(b);
        int last = line.codePointBefore(line.length());
        boolean nextFollows = b + 1 < lines.size() && !lines.get(b + 1).isEmpty();
        return nextFollows && !isFull(widths[b], wrapWidth) && !isSameColumn(widths, b, b + 1)
                && line.codePointCount(0, line.length()) > 1
                && (CharClass.isHan(last) || Character.isLetterOrDigit(last))
                && !hasClausePunctuation(line);
    }

    private static boolean hasClausePunctuation(String line) {
        return line.chars().anyMatch(c -> c == '，' || c == '、' || c == '。' || c == '；' || c == ',');
    }

    /** A headline set vertically: one character a line, several lines in a row. */
    private static boolean isVerticalRun(String above, String below, String afterBelow) {
        boolean belowSingle = below.codePointCount(0, below.length()) == 1;
        boolean aboveSingle = above.codePointCount(0, above.length()) == 1;
        boolean afterSingle = !afterBelow.isEmpty() && afterBelow.codePointCount(0, afterBelow.length()) == 1;
        return belowSingle && (aboveSingle || afterSingle) && CharClass.isCjk(below.codePointAt(0));
    }

    /** Two lines of one narrow column: about as wide as each other and wider than a table cell. */
    private static boolean isSameColumn(int[] widths, int a, int b) {
        return widths[a] >= MIN_RUN_WIDTH && widths[b] >= MIN_RUN_WIDTH - RUN_TOLERANCE
                && widths[a] + RUN_TOLERANCE >= widths[b]
                && Math.abs(widths[a] - widths[b]) <= RUN_TOLERANCE;
    }

    /** A web or mail address at the end of a line: nothing wraps out of it into Chinese text. */
    private static boolean endsWithLink(String line) {
        String lastToken = line.substring(line.lastIndexOf(' ') + 1);
        return lastToken.contains("://") || lastToken.startsWith("www.") || lastToken.contains("@");
    }

    private static int previousNonBlank(List<String> lines, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A space between two Han characters: Chinese body text has none, but headlines ("全球創新指數 深港穗集群躍升榜首")
     * and bylines ("大公報記者 江凌風") use one to separate phrases, so such a line ends where it ends.
     */
    private static boolean hasWordGap(String line) {
        for (int i = 1; i + 1 < line.length(); i++) {
            if (line.charAt(i) == ' ' && CharClass.isHan(line.codePointBefore(i))
                    && CharClass.isHan(line.codePointAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from + 1; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** The last character before any closing quotation marks ("exports.”" gives '.'); the last one if all are. */
    private static int insideQuotesAtEnd(String line) {
        int i = line.length();
        while (i > 0 && CharClass.isClosingQuote(line.codePointBefore(i))) {
            i -= Character.charCount(line.codePointBefore(i));
        }
        return i == 0 ? line.codePointBefore(line.length()) : line.codePointBefore(i);
    }

    /** The first character after any opening quotation marks ("“Malaysia" gives 'M'); the first one if all are. */
    private static int insideQuotesAtStart(String line) {
        int i = 0;
        while (i < line.length() && "“‘\"「『﹁﹃".indexOf(line.codePointAt(i)) >= 0) {
            i += Character.charCount(line.codePointAt(i));
        }
        return i >= line.length() ? line.codePointAt(0) : line.codePointAt(i);
    }

    private static boolean endsSentence(String line) {
        int i = line.length();
        while (i > 0 && CharClass.isClosingQuote(line.codePointBefore(i))) {
            i -= Character.charCount(line.codePointBefore(i));
        }
        if (i == 0) {
            return false;
        }
        int cp = line.codePointBefore(i);
        return CharClass.isChineseSentenceEnd(cp) || cp == '.' && i == line.length() && !CharClass.isCjk(
                line.codePointAt(0));
    }

    /**
     * Captions, bullets, pointers and numbered items that start a block of their own ("1. 东京-横滨(日本京滨)" and
     * "2. 深圳 - 香港 - 广州(中国)" in a ranking list, "1. 4399在线观看…" injected under a headline); a number with
     * a decimal point ("1.5萬") is none.
     */
    private static boolean startsWithMarker(String line) {
        int cp = line.codePointAt(0);
        return "▲▼▶►◀■□●○◆◇•※＊*【".indexOf(cp) >= 0
                || (cp == '-' || cp == '–' || cp == '—') && line.length() > 1 && line.charAt(1) == ' '
                || NUMBERED_ITEM.matcher(line).lookingAt();
    }

    private static final java.util.regex.Pattern NUMBERED_ITEM =
            java.util.regex.Pattern.compile("\\d{1,3}[.、．](?:\\s+|(?=[^\\d\\s.、．]))");

    private static boolean isMarkerLine(String line) {
        return line.codePointCount(0, line.length()) == 1 && startsWithMarker(line);
    }

    /** Lines with outer white space trimmed and the spaces PDF text puts beside Chinese punctuation removed. */
    private static List<String> splitLines(String raw) {
        String cleaned = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
                .replace("\u200B", "").replace("\uFEFF", "").replace("\u00AD", "").replace('\u00A0', ' ');
        List<String> lines = new ArrayList<>();
        for (String line : cleaned.split("\n", -1)) {
            lines.add(tightenCjkSpacing(line.strip()));
        }
        return lines;
    }

    static String tightenCjkSpacing(String line) {
        StringBuilder sb = null;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if ((c == ' ' || c == '\u3000' || c == '\t') && i > 0) {
                int j = i;
                while (j < n && (line.charAt(j) == ' ' || line.charAt(j) == '\u3000' || line.charAt(j) == '\t')) {
                    j++;
                }
                if (j < n && dropsSpaceBetween(line.codePointBefore(i), line.codePointAt(j))) {
                    if (sb == null) {
                        sb = new StringBuilder(n).append(line, 0, i);
                    }
                    i = j;
                    continue;
                }
                if (sb != null) {
                    sb.append(line, i, j);
                }
                i = j;
                continue;
            }
            if (sb != null) {
                sb.append(c);
            }
            i++;
        }
        return sb == null ? line : sb.toString();
    }

    private static boolean dropsSpaceBetween(int left, int right) {
        return CharClass.isCjk(left) && CharClass.isCjk(right)
                && (CharClass.isCjkPunctuation(left) || CharClass.isCjkPunctuation(right));
    }

    private static int displayWidth(String line) {
        return line.codePoints().map(CharClass::displayWidth).sum();
    }
}
