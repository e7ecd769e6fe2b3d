package org.newsfacts.extract.figures;

import org.newsfacts.text.normalize.CaseFilter;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered list that is a ranking: its labels are ranks (corpus/dev2/CONVENTIONS.md rule 16), while other
 * numbered lists are enumerations whose numbers are not figures (rule 15). A ranking list is at least
 * {@value #MIN_ITEMS} lines labelled 1., 2., 3. … in order, each item a short name rather than a sentence, right
 * under a heading that speaks of a ranking (a {@code list-heading} word of ranks.tsv: 排名, 15强, 如下 after
 * 最具创新力, top). Examples: 星云 2024 "2024年版科技集群15强领域" over "1. 东京-横滨(日本京滨) … 15. 名古屋(日本)";
 * 叶知秋 2025 "今年最具创新力的经济体如下:" over "1. 瑞士 2. 瑞典 …". The same site's "主要得益于…:" over
 * "1.多元化的产业基础 2.顶尖的高等教育资源" has no ranking word, and stays an enumeration.
 */
final class RankedList {
    static final int MIN_ITEMS = 3;
    /** Longest item, in chars: a cluster with its economy in brackets, not a sentence. */
    private static final int MAX_ITEM = 30;
    private static final Pattern ITEM = Pattern.compile("(?m)^[ \\t\\u3000]*(\\d{1,3})[.．][ \\t\\u3000]*(\\S[^\\n]*?)[ \\t]*$");

    private RankedList() {
    }

    /** The start offsets of the labels of every ranking list in {@code text}. */
    static Set<Integer> labels(CharSequence text, Set<String> headingWords) {
        Set<Integer> out = new HashSet<>();
        Matcher m = ITEM.matcher(text);
        int expected = 1;
        int runStart = -1;
        int lastEnd = -1;
        Set<Integer> run = new HashSet<>();
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            boolean adjacent = lastEnd >= 0 && onlyBlankLines(text, lastEnd, m.start());
            boolean item = m.group(2).length() <= MAX_ITEM && !m.group(2).matches(".*[，。；;！？].*");
            if (item && number == expected && (number == 1 || adjacent)) {
                if (number == 1) {
                    run.clear();
                    runStart = m.start();
                }
                run.add(m.start(1));
                expected++;
                lastEnd = m.end();
                continue;
            }
            close(text, run, runStart, headingWords, out);
            run.clear();
            expected = 1;
            lastEnd = -1;
            if (item && number == 1) {
                run.add(m.start(1));
                runStart = m.start();
                expected = 2;
                lastEnd = m.end();
            }
        }
        close(text, run, runStart, headingWords, out);
        return out;
    }

    private static void close(CharSequence text, Set<Integer> run, int runStart, Set<String> headingWords,
                              Set<Integer> out) {
        if (run.size() >= MIN_ITEMS && headingSpeaksOfRanking(text, runStart, headingWords)) {
            out.addAll(run);
        }
    }

    /** The last non-blank line before the list names a ranking. */
    private static boolean headingSpeaksOfRanking(CharSequence text, int listStart, Set<String> headingWords) {
        int end = listStart;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        String heading = CaseFilter.lower(text.subSequence(start, end).toString());
        for (String w : headingWords) {
            if (heading.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyBlankLines(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
