package org.newsfacts.claims;

import org.newsfacts.extract.figures.Figure;
import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of subjects, a distributive word (grammar.tsv respectively: 分別, 分列, 依次, respectively), then a list of
 * figures of one unit: the i-th figure is the i-th subject's. Both lists are read as lists: subjects joined only by
 * a list word (grammar.tsv list: 、, 和, 及, and; a bracketed aside and a short place word may stand between), figures
 * joined only by a list word or a range word (至, to). Where the two lists differ in length the pairing is told
 * only where every reading agrees, and otherwise refused (no claim) rather than guessed:
 * <ul>
 *     <li>more figures than subjects: refused ("A和B分别为3、5和8" cannot say whose the third is);</li>
 *     <li>more subjects than figures: the first figure is the first subject's and the last the last subject's
 *     ("德国、印度、英国则分别拥有7个和4个", dev2 38: Germany 7, United Kingdom 4; whether India has 7 or 4 the
 *     sentence does not say), the figures between are refused; a range of places ("X, Y and Z rank 3rd to 5th",
 *     "分列第三至第五") pairs its ends so only when it spans as many places as there are subjects.</li>
 * </ul>
 * One subject with several figures is no subject list ("北京的PCT和论文份额分别为5.6%和4.0%" spreads the figures over
 * metrics): the figure is bound as any other.
 */
final class ListAlignment {
    /** Characters other than a list word allowed between two listed subjects: a province or a group noun. */
    private static final int LIST_GAP_EXTRA = 4;
    /** The most figures a list of figures sharing one noun is read to hold ("3、5、7和9個"). */
    private static final int LIST_MAX = 8;
    /** Quotation marks around a listed name (the view folds full-width forms, so both are listed). */
    private static final String QUOTE_MARKS = "\"'“”‘’「」『』";

    /** Characters between a distributive word and the first subject it names: a copula and a colon (分別是：). */
    private static final int AFTER_CUE_GAP = 3;

    private final ClaimLexicon lexicon;

    ListAlignment(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The subject the figure is paired with: null when no distributive word governs it (bind it as any other
     * figure), an empty list when the pairing is ambiguous (refuse), else the one subject.
     */
    List<SubjectHit> pair(BindContext cx, Figure figure, List<SubjectHit> inSentence, Span sentence) {
        int cue = -1;
        int cueEnd = -1;
        for (Cue respectively : lexicon.grammar("respectively")) {
            int at = respectively.lastIndexIn(cx.view, cx.lowered, sentence.start(), figure.start());
            if (at > cue) {
                cue = at;
                cueEnd = at + respectively.form().length();
            }
        }
        List<Figure> values;
        if (cue >= 0) {
            values = valuesHolding(cx, figure, cueEnd, sentence.end());
        } else {
            List<SubjectHit> named = pairAfter(cx, figure, inSentence, sentence);
            if (named != null) {
                return named;
            }
            // English may say it last: "X and Y ranked first and second, respectively".
            int after = -1;
            for (Cue respectively : lexicon.grammar("respectively")) {
                int at = respectively.latin() ? respectively.indexWithin(cx.view, cx.lowered, figure.end(), sentence.end()) : -1;
                after = at >= 0 && (after < 0 || at < after) ? at : after;
            }
            if (after < 0) {
                return null;
            }
            values = valuesHolding(cx, figure, sentence.start(), after);
            if (values.isEmpty() || cx.figureBetween(values.get(values.size() - 1).end(), after)) {
                return null;
            }
        }
        if (values.size() < 2) {
            return null;
        }
        final int firstValue = values.get(0).start();
        final int from = cue >= 0 ? cueEnd : firstValue;
        if (inSentence.stream().anyMatch(s -> s.start() >= from && s.end() <= firstValue)) {
            // "A和B分别位列第3和第5,C和D则位列第10和第12": the second list of places has subjects of its own.
            return null;
        }
        List<SubjectHit> subjects = listBefore(cx, inSentence, cue >= 0 ? cue : firstValue);
        if (subjects.size() < 2) {
            return null;
        }
        return paired(cx, figure, values, subjects);
    }

    /**
     * Chinese may give the places first and the subjects after the distributive word: "排名第二和三的集群分別是「東京—
     * 橫濱」及「聖荷西—舊金山」" (明報 2025-09-01, news.mingpao.com …/20250901/s00001/1756711729407), "三至十名的集群
     * 分別是：聖荷西-舊金山、北京、首爾、…、洛杉磯" (經濟日報 2025, udn.com/news/story/7333/8979866). The i-th figure is
     * the i-th subject's, with the same refusals as the usual order; null when the sentence is not so built.
     */
    private List<SubjectHit> pairAfter(BindContext cx, Figure figure, List<SubjectHit> inSentence, Span sentence) {
        int cue = -1;
        int cueEnd = -1;
        for (Cue respectively : lexicon.grammar("respectively")) {
            int at = respectively.latin() ? -1 : respectively.indexWithin(cx.view, cx.lowered, figure.end(), sentence.end());
            if (at >= 0 && (cue < 0 || at < cue)) {
                cue = at;
                cueEnd = at + respectively.form().length();
            }
        }
        if (cue < 0) {
            return null;
        }
        List<Figure> values = valuesHolding(cx, figure, sentence.start(), cue);
        if (values.size() < 2 || cx.figureBetween(values.get(values.size() - 1).end(), cue)) {
            return null;
        }
        final int lastValue = values.get(values.size() - 1).end();
        final int cueAt = cue;
        if (inSentence.stream().anyMatch(s -> s.start() >= lastValue && s.end() <= cueAt)) {
            return null;
        }
        List<SubjectHit> subjects = listAfter(cx, inSentence, cueEnd);
        if (subjects.size() < 2) {
            return null;
        }
        return paired(cx, figure, values, subjects);
    }

    /** The figure's subject in two aligned lists: the one subject, or none where the lists leave it open. */
    private List<SubjectHit> paired(BindContext cx, Figure figure, List<Figure> values, List<SubjectHit> subjects) {
        int i = values.indexOf(figure);
        if (subjects.size() == values.size()) {
            return List.of(subjects.get(i));
        }
        if (subjects.size() < values.size()) {
            return List.of();
        }
        if (isRange(cx, values) && values.get(1).value().subtract(values.get(0).value()).intValue() + 1 != subjects.size()) {
            return List.of();
        }
        if (i == 0) {
            return List.of(subjects.get(0));
        }
        return i == values.size() - 1 ? List.of(subjects.get(subjects.size() - 1)) : List.of();
    }

    /**
     * The subjects listed right after the distributive word ("分別是「東京—橫濱」及「聖荷西—舊金山」"): the first
     * subject within a copula and a colon of it, and those after it joined by list words; distinct, in order.
     */
    private List<SubjectHit> listAfter(BindContext cx, List<SubjectHit> inSentence, int cueEnd) {
        List<SubjectHit> list = new ArrayList<>();
        for (SubjectHit s : inSentence) {
            if (s.start() < cueEnd) {
                continue;
            }
            if (list.isEmpty()) {
                if (s.start() - cueEnd > AFTER_CUE_GAP || cx.figureBetween(cueEnd, s.start())) {
                    return List.of();
                }
                list.add(s);
            } else {
                SubjectHit last = list.get(list.size() - 1);
                if (s.start() < last.end()) {
                    continue;
                }
                if (!joins(cx, last.end(), s.start(), true)) {
                    break;
                }
                if (list.stream().noneMatch(l -> l.id().equals(s.id()))) {
                    list.add(s);
                }
            }
        }
        return list;
    }

    /**
     * The run of figures after the distributive word that holds the figure: figures of its unit joined only by a
     * list or range word ("第7名与第15名", "第四、第五", "7个和4个"). "分别从第21名和第56名升至第8名和第21名" holds
     * two runs, each paired with the subjects on its own.
     */
    private List<Figure> valuesHolding(BindContext cx, Figure figure, int from, int to) {
        List<Figure> run = new ArrayList<>();
        Figure last = null;
        for (Figure f : cx.figuresIn(from, to)) {
            if (!f.unit().equals(figure.unit()) || f.end() > to) {
                continue;
            }
            if (last != null && !joins(cx, CountedNoun.start(cx, last, lexicon), f.start(), false)) {
                if (run.contains(figure)) {
                    return run;
                }
                run = new ArrayList<>();
            }
            run.add(f);
            last = f;
        }
        return run.contains(figure) ? run : List.of();
    }

    /**
     * The last figure of the list of figures this one begins or continues, joined by list words only ("10 and five
     * clusters", "22個和7個"): the noun after the last is what each of them counts. The figure itself when none follows.
     */
    Figure lastJoined(BindContext cx, Figure figure) {
        Figure last = figure;
        // At most a few figures ahead (a list of counts sharing a noun is short), so a text of numbers alone
        // ("12,345,12,345,…") stays linear and cheap.
        int ahead = 0;
        for (Figure next = cx.nextFigure(figure); next != null && ahead++ < LIST_MAX
                && next.unit().equals(figure.unit())
                && joins(cx, CountedNoun.start(cx, last, lexicon), next.start(), false); next = cx.nextFigure(next)) {
            last = next;
        }
        return last;
    }

    /** Two figures joined by a range word ("第三至第五", "3rd to 5th"): the list is a range of places. */
    private boolean isRange(BindContext cx, List<Figure> values) {
        if (values.size() != 2 || !values.get(0).unit().equals("rank")) {
            return false;
        }
        int from = CountedNoun.start(cx, values.get(0), lexicon);
        String between = cx.lowered.substring(Math.min(from, values.get(1).start()), values.get(1).start()).strip();
        return lexicon.grammar("range").stream().anyMatch(c -> c.form().equals(between));
    }

    /**
     * The subjects listed last before the distributive word: the last fitting subject before it and those before
     * it joined to it by list words ("北京(PCT 3.8%、论文4.0%)和首尔(PCT 5.4%)分列第四", "大阪-神户-京都城市群与名古屋
     * 也表现抢眼,分别位列", "山東青島和福建廈門"); distinct subjects in order.
     */
    private List<SubjectHit> listBefore(BindContext cx, List<SubjectHit> inSentence, int cue) {
        List<SubjectHit> before = inSentence.stream().filter(s -> s.end() <= cue).toList();
        if (before.isEmpty()) {
            return List.of();
        }
        List<SubjectHit> list = new ArrayList<>();
        list.add(before.get(before.size() - 1));
        for (int k = before.size() - 2; k >= 0; k--) {
            SubjectHit s = before.get(k);
            SubjectHit next = list.get(0);
            if (s.end() > next.start() || !joins(cx, s.end(), next.start(), true)) {
                break;
            }
            if (list.stream().noneMatch(l -> l.id().equals(s.id()))) {
                list.add(0, s);
            }
        }
        return list;
    }

    /**
     * The text between two list elements is a list word (or, for figures, a range word) and nothing more than a
     * bracketed aside, spaces, a counter word already skipped, and, between subjects, a few characters of a
     * place or group noun; no figure outside brackets and no sentence punctuation.
     */
    private boolean joins(BindContext cx, int from, int to, boolean subjects) {
        if (to < from || to - from > 60) {
            return false;
        }
        StringBuilder gap = new StringBuilder();
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = cx.lowered.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if (c == ')' || c == '）') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && QUOTE_MARKS.indexOf(c) < 0) {
                // Chinese news quotes the names it lists: "“北京”和“首爾”分列第四和第五" (共同社 2025,
                // jp-home.com/article_show.asp?aid=148685), "北京、「上海-蘇州」及「深圳-香港-廣州」集群，分別佔
                // 全球總量4%、2.5%及2.4%" (明報 2025-09-01): the marks are no part of the gap.
                gap.append(c);
            }
        }
        String g = gap.toString().strip();
        if (subjects && g.indexOf(',') >= 0 && (han(cx, from - 1, -1) || han(cx, to, 1))) {
            // A Chinese comma ends a clause; Chinese lists are joined by 、和及與 ("位列第三的是美國“聖何塞-舊金山”,
            // “北京”和“首爾”分列第四和第五", 共同社 2025: San Jose–San Francisco is no member of the list of two;
            // "今年中國大陸擁有24個創新集群躋身百強…，而美國緊隨其後", 經濟日報 2025).
            return false;
        }
        if (g.isEmpty() || g.chars().anyMatch(c -> Character.isDigit(c) || "。;:!?；：！？".indexOf(c) >= 0)) {
            return false;
        }
        List<Cue> words = new ArrayList<>(lexicon.grammar("list"));
        if (!subjects) {
            words.addAll(lexicon.grammar("range"));
        }
        for (Cue word : words) {
            int at = word.indexWithin(g, g, 0, g.length());
            if (at < 0) {
                continue;
            }
            StringBuilder rest = new StringBuilder();
            for (int i = 0; i < g.length(); i++) {
                char c = g.charAt(i);
                if ((i < at || i >= at + word.form().length()) && !Character.isWhitespace(c) && c != ',' && c != '、') {
                    rest.append(c);
                }
            }
            if (rest.length() == 0 || subjects && rest.length() <= LIST_GAP_EXTRA && rest.chars().allMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** The first character from {@code at} in direction {@code step} that is no quotation mark is a Han character. */
    private static boolean han(BindContext cx, int at, int step) {
        for (int i = at; i >= 0 && i < cx.view.length(); i += step) {
            char c = cx.view.charAt(i);
            if (QUOTE_MARKS.indexOf(c) < 0 && c != ' ') {
                return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            }
        }
        return false;
    }
}
