package org.newsfacts.extract.mentions;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.newsfacts.lexicon.Trie;
import org.newsfacts.text.ArticleView;
import org.newsfacts.text.Lang;
import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * People named in Chinese text. HanLP's name recogniser alone both misses names (周一鳴 read as Monday, 王彬穎
 * cut to 王彬) and invents them (關鍵一, 單中). So names are taken, strongest evidence first, from:
 * <ol>
 * <li>a title or role just before (局長孫東, 大公報記者 江凌風, WIPO助理總幹事馬爾科．阿萊曼), the name's end
 *     set where HanLP's words begin again (孫東|表示, 周一鳴|今天);</li>
 * <li>a form label (姓名：許明麗) or a byline credit after it (蔡文豪（圖）);</li>
 * <li>HanLP's own names, kept when a surname starts them and either a speech verb or a name's usual
 *     company follows, or they are three characters with a common surname and no dictionary word inside;</li>
 * </ol>
 * and then every other place the article repeats a name it has introduced.
 */
final class ChinesePersonRecognizer {
    /** Longest title phrase kept for a person (港深創新及科技園有限公司行政總裁). */
    private static final int MAX_TITLE = 28;
    /** A parenthesis between title and name: 城大高級副校長（創新及企業）楊夢甦. */
    private static final int MAX_PARENTHESIS = 14;

    private final TitleLexicon titles;
    private final Surnames surnames;
    private final List<String> speechVerbs;
    private final List<String> knownPeople;

    /** @param knownPeople public figures of people.txt, in matching form */
    ChinesePersonRecognizer(TitleLexicon titles, Surnames surnames, List<String> speechVerbs, List<String> knownPeople) {
        this.titles = titles;
        this.surnames = surnames;
        this.speechVerbs = speechVerbs;
        this.knownPeople = knownPeople;
    }

    /**
     * A name found in view offsets, with where its title starts (or -1) and whether it is a byline. The title is
     * two offsets, not a span: it may be missing (-1) or have a start only (an end of -1: it runs up to the name).
     */
    record Found(Span span, int titleStart, int titleEnd, boolean byline, String evidence, String name) {
        Found(int start, int end, int titleStart, int titleEnd, boolean byline, String evidence, String name) {
            this(new Span(start, end), titleStart, titleEnd, byline, evidence, name);
        }

        /** A find whose id is its own surface. */
        Found(int start, int end, int titleStart, int titleEnd, boolean byline, String evidence) {
            this(start, end, titleStart, titleEnd, byline, evidence, null);
        }

        int start() {
            return span.start();
        }

        int end() {
            return span.end();
        }

        boolean titled() {
            return titleStart >= 0;
        }
    }

    /** What HanLP alone proposes, for measuring what the patterns add: every name-tagged word. */
    static List<Found> hanlpAlone(List<Token> tokens) {
        List<Found> found = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isPersonName() && t.length() >= 2) {
                found.add(new Found(t.start(), t.end(), -1, -1, false, "hanlp"));
            }
        }
        return found;
    }

    List<Found> recognise(ArticleView article, List<Token> tokens, List<Span> blocked) {
        List<Found> found = new ArrayList<>();
        titled(article, tokens, found);
        bilingual(article, found);
        labelled(article, tokens, found);
        credited(article, found);
        bracketedBylines(article, found);
        known(article, tokens, found);
        fromHanlp(article, tokens, found);
        repeated(article, tokens, blocked, found);
        found.removeIf(f -> overlapsBlocked(blocked, f.start(), f.end()) && !f.titled());
        found.sort(Comparator.comparingInt(Found::start));
        return dropOverlaps(found);
    }

    // --- 1. title or role, then the name -------------------------------------------------------------

    private void titled(ArticleView article, List<Token> tokens, List<Found> found) {
        String view = article.view();
        for (Span p : chineseParagraphs(article)) {
            for (Span title : titlesIn(view, tokens, p)) {
                int ts = title.start();
                int te = title.end();
                boolean byline = BYLINE.equals(title.type());
                int titleEnd = skipParenthesis(view, te, p.end());
                int at = skipSeparator(view, titleEnd, p.end(), byline);
                // 馬爾科．阿萊曼 before 馬爾科: a dotted transliteration is read whole, though 馬 is also a surname.
                int end = transliteratedNameEnd(view, tokens, at, p.end());
                if (end < 0) {
                    end = nameEnd(article, tokens, at, p.end());
                }
                if (end < 0) {
                    end = latinNameEnd(view, at, p.end());
                }
                if (end < 0) {
                    end = foreignNameBeforeVerb(view, tokens, at, p.end());
                }
                if (end < 0 && byline) {
                    end = penNameEnd(view, at, p.end());
                }
                if (end < 0) {
                    continue;
                }
                int titleStart = titleStart(view, tokens, ts, p.start(), namesSoFar(view, found));
                found.add(new Found(at, end, titleStart, titleEnd, byline, "title"));
                if (byline) {
                    // 香港中通社記者 羅光萍 陳卓儀: a byline names its writers one after another.
                    int next = end;
                    while (next < p.end() && view.charAt(next) == ' ') {
                        int from = next;
                        while (from < p.end() && view.charAt(from) == ' ') {
                            from++;
                        }
                        int nextEnd = nameEnd(article, tokens, from, p.end());
                        if (nextEnd < 0 || from - next > 2) {
                            break;
                        }
                        found.add(new Found(from, nextEnd, titleStart, titleEnd, true, "byline list"));
                        next = nextEnd;
                    }
                }
            }
        }
    }

    /** The English title and the romanised name a speech gives in brackets after a Chinese name and title. */
    /** The type of a title span that is a byline's (記者, reporter). */
    private static final String BYLINE = "byline";
    /** The type of a name span HanLP tagged as a transliterated foreign name (nrf, nrj). */
    private static final String TRANSLITERATED = "transliterated";

    private static final java.util.regex.Pattern BRACKETED_ENGLISH = java.util.regex.Pattern.compile(
            "\\s*\\(([^()]{3,300}?),\\s*(?:Dr|Mr|Ms|Mrs|Miss|Prof|Professor)\\.?\\s+"
                    + "([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})\\)");

    /**
     * A speech's salutation that names a guest in Chinese with the title after the name, then the same in
     * English in brackets: 陳家昌副部長 (Vice Minister of the Ministry of Science and Technology, Dr Chen Jiachang),
     * 張志成副局長(Deputy Commissioner …, Dr Zhang Zhicheng) (bastille 2025, the Financial Secretary's speech).
     * The person is the Chinese name (the article's first form), with the English title; the romanised name
     * is the same person ({@link #romanisedRepeats}).
     */
    private void bilingual(ArticleView article, List<Found> found) {
        String view = article.view();
        for (Introduction b : bracketedIntroductions(article)) {
            if (!overlapsAny(found, b.name().start(), b.name().end())) {
                found.add(new Found(b.name().start(), b.name().end(), b.title().start(), b.title().end(), false,
                        "bilingual"));
            }
        }
    }

    /** Romanised names in those brackets, which must not count as further people. */
    List<Span> romanisedRepeats(ArticleView article) {
        List<Span> spans = new ArrayList<>();
        for (Introduction b : bracketedIntroductions(article)) {
            spans.add(b.roman());
        }
        return spans;
    }

    /**
     * A Chinese name before its Chinese title, followed in brackets by the title and the name in English:
     * 陳大文教授 (Director of the Institute, Professor Chan Tai-man); {@code title} is the bracket's English title.
     */
    private record Introduction(Span name, Span title, Span roman) {
    }

    private List<Introduction> bracketedIntroductions(ArticleView article) {
        String view = article.view();
        List<Introduction> out = new ArrayList<>();
        if (view.indexOf('(') < 0) {
            return out;
        }
        java.util.regex.Matcher m = BRACKETED_ENGLISH.matcher(view);
        while (m.find()) {
            int titleEnd = m.start();
            int titleStart = -1;
            for (int j = titleEnd - 1; j >= Math.max(0, titleEnd - 8); j--) {
                Trie.Match<TitleLexicon.Kind> t = titles.chinese().longestAt(view, j);
                if (t != null && t.end() == titleEnd) {
                    titleStart = j;
                }
            }
            if (titleStart < 0) {
                continue;
            }
            for (int length = 3; length >= 2; length--) {
                int start = titleStart - length;
                if (start >= 0 && allHan(view, start, titleStart)
                        && surnames.surnameLength(writtenAt(article, start, titleStart), 0) > 0) {
                    out.add(new Introduction(new Span(start, titleStart), new Span(m.start(1), m.end(1)),
                            new Span(m.start(2), m.end(2))));
                    break;
                }
            }
        }
        return out;
    }

    /** The title spans of a paragraph, typed {@link #BYLINE} where they are one: lexicon titles and HanLP's (nnt). */
    private List<Span> titlesIn(String view, List<Token> tokens, Span p) {
        Map<Integer, Span> byEnd = new LinkedHashMap<>();
        for (int i = p.start(); i < p.end(); i++) {
            Trie.Match<TitleLexicon.Kind> m = titles.chinese().longestAt(view, i);
            if (m != null && m.end() <= p.end() && endsAWord(tokens, m.end())) {
                byEnd.merge(m.end(), new Span(m.start(), m.end(),
                        m.values().get(0) == TitleLexicon.Kind.BYLINE ? BYLINE : null), ChinesePersonRecognizer::longer);
            }
        }
        int k = ClusterRecognizer.firstTokenEndingAfter(tokens, p.start());
        for (; k < tokens.size() && tokens.get(k).start() < p.end(); k++) {
            Token t = tokens.get(k);
            if (t.isTitle()) {
                String kind = titles.kindOf(t.word()) == TitleLexicon.Kind.BYLINE ? BYLINE : null;
                byEnd.merge(t.end(), new Span(t.start(), t.end(), kind), ChinesePersonRecognizer::longer);
            }
        }
        List<Span> spans = new ArrayList<>(byEnd.values());
        // 助理 + 總幹事 is one title: a title another one continues (or holds) is not followed by the name.
        spans.removeIf(a -> byEnd.values().stream()
                .anyMatch(b -> b != a && b.start() >= a.start() && b.start() <= a.end() && b.end() > a.end()));
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    /** Of two titles ending at one place, the one starting first (the first when they start together). */
    private static Span longer(Span a, Span b) {
        return a.start() <= b.start() ? a : b;
    }

    /** A title ends where one of HanLP's words ends (部長 in 俱樂部|長期 is no title). */
    private static boolean endsAWord(List<Token> tokens, int end) {
        int k = ClusterRecognizer.firstTokenEndingAfter(tokens, end - 1);
        return k >= tokens.size() || tokens.get(k).end() == end;
    }

    private static int skipParenthesis(String view, int at, int limit) {
        if (at < limit && view.charAt(at) == '(') {
            int close = view.indexOf(')', at);
            if (close > at && close < limit && close - at <= MAX_PARENTHESIS) {
                return close + 1;
            }
        }
        return at;
    }

    /** Space or a colon between title and name: 大公報記者 江凌風, 責任編輯：劉仁杰. */
    private static int skipSeparator(String view, int at, int limit, boolean byline) {
        int i = at;
        int spaces = 0;
        while (i < limit && view.charAt(i) == ' ' && spaces < 3) {
            i++;
            spaces++;
        }
        if (i < limit && view.charAt(i) == ':') {
            i++;
            while (i < limit && view.charAt(i) == ' ') {
                i++;
            }
            return i;
        }
        return spaces > 0 && !byline && spaces > 1 ? at : i;
    }

    /**
     * Where a Chinese name that starts at {@code at} ends, or -1: a surname, then one or two characters, ending
     * where one of HanLP's words begins and not with a word that is a verb or particle on its own (李明|說).
     */
    private int nameEnd(ArticleView article, List<Token> tokens, int at, int limit) {
        String view = article.view();
        if (at >= limit || !isHan(view.charAt(at))) {
            return -1;
        }
        for (String known : knownPeople) {
            // 孫東是首位…: a public figure's name ends where the gazetteer says, whatever follows.
            if (view.startsWith(known, at) && at + known.length() <= limit) {
                return at + known.length();
            }
        }
        int surname = surnames.surnameLength(writtenAt(article, at, Math.min(limit, at + 2)), 0);
        if (surname == 0) {
            return -1;
        }
        for (int given = 2; given >= 1; given--) {
            int end = at + surname + given;
            if (end > limit || !allHan(view, at, end)) {
                continue;
            }
            if (endsWell(view, tokens, at, end, limit) && !isOneOrdinaryWord(tokens, at, end)
                    && !isDictionaryNonName(view.substring(at, end))
                    && !isModifiedNoun(view.substring(at, end), surname)) {
                return end;
            }
        }
        return -1;
    }

    private boolean endsWell(String view, List<Token> tokens, int start, int end, int limit) {
        if (end == limit || !isHan(view.charAt(end))) {
            return lastCharIsNamePart(tokens, start, end);
        }
        if (startsWithAny(view, end, speechVerbs) || startsWithAny(view, end, titles.afterName())) {
            return lastCharIsNamePart(tokens, start, end);
        }
        int k = ClusterRecognizer.firstTokenEndingAfter(tokens, end);
        boolean boundary = k < tokens.size() && tokens.get(k).start() == end;
        return boundary && lastCharIsNamePart(tokens, start, end);
    }

    /** 記者招待會: a title followed by one ordinary word (招待會) that merely starts like a surname. */
    private static boolean isOneOrdinaryWord(List<Token> tokens, int start, int end) {
        int k = ClusterRecognizer.firstTokenEndingAfter(tokens, start);
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        return t.start() == start && t.end() == end && !t.isPersonName();
    }

    /** The name's last character must not be a word of its own that names never end with (說, 在, 和, 的). */
    private static boolean lastCharIsNamePart(List<Token> tokens, int start, int end) {
        int k = ClusterRecognizer.firstTokenEndingAfter(tokens, end - 1);
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        if (t.isPunctuation()) {
            // HanLP lumps a character it does not know with the space after it (彧 + " "): no word to judge.
            return true;
        }
        if (t.start() < start) {
            // A word that begins before the name (and so holds the title's end) cannot be inside it.
            return t.end() <= start;
        }
        if (t.start() == end - 1 && t.end() == end && end - start > 2) {
            String n = t.nature();
            return !((n.startsWith("v") && !n.equals("vg")) || n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("d")
                    || n.startsWith("f") || n.startsWith("r") || n.startsWith("m") || n.startsWith("q") || n.equals("t")
                    || n.startsWith("w") || n.startsWith("y"));
        }
        return t.end() <= end || t.isPersonName();
    }

    /**
     * 馬爾科．阿萊曼: transliterated names keep their parts apart with a dot. Each part ends where HanLP's words
     * show something else begins (阿萊曼|簽署).
     */
    private static int transliteratedNameEnd(String view, List<Token> tokens, int at, int limit) {
        int i = at;
        int parts = 0;
        while (true) {
            int from = i;
            while (i < limit && isHan(view.charAt(i)) && i - from < 6) {
                i++;
            }
            boolean dotFollows = i < limit && (view.charAt(i) == '.' || view.charAt(i) == '·' || view.charAt(i) == '・')
                    && i + 1 < limit && isHan(view.charAt(i + 1));
            // A part the dot closes is a part whole, however HanLP cuts it (卡|斯|滕·芬克, kkj 2024).
            if (!dotFollows) {
                i = cutAtNonNameWord(tokens, from, i);
            }
            if (i - from < 1) {
                return -1;
            }
            parts++;
            if (i < limit && (view.charAt(i) == '.' || view.charAt(i) == '·' || view.charAt(i) == '・')
                    && i + 1 < limit && isHan(view.charAt(i + 1))) {
                i++;
                continue;
            }
            return parts >= 2 ? i : -1;
        }
    }

    /** The end of a name part: before the first word inside [from, to) that is a verb, particle or the like. */
    private static int cutAtNonNameWord(List<Token> tokens, int from, int to) {
        int k = ClusterRecognizer.firstTokenEndingAfter(tokens, from);
        for (; k < tokens.size() && tokens.get(k).start() < to; k++) {
            Token t = tokens.get(k);
            if (t.start() > from && !(t.isPersonName() || t.nature().startsWith("n") || t.nature().startsWith("g"))) {
                return t.start();
            }
        }
        return to;
    }

    /**
     * A transliterated foreign name of one part, between a title and a speech verb: 首席经济学家芬克表示 (uniteddaily
     * 2025), 總幹事鄧鴻森表示 has a surname and is found before this. Two to four characters that HanLP reads as
     * nouns or a name, so a time word (局長今天表示) is never taken.
     */
    private int foreignNameBeforeVerb(String view, List<Token> tokens, int at, int limit) {
        int i = at;
        while (i < limit && isHan(view.charAt(i)) && i - at < 5) {
            i++;
        }
        for (int end = Math.min(i, at + 4); end >= at + 2; end--) {
            if (startsWithAny(view, end, speechVerbs) && allPersonWords(tokens, at, end)
                    && startsAWord(tokens, at) && startsAWord(tokens, end)) {
                return end;
            }
        }
        return -1;
    }

    /** Every word of HanLP's inside [start, end) is tagged a name (芬克/nrf), never an adverb (就此/d). */
    private static boolean allPersonWords(List<Token> tokens, int start, int end) {
        int k = ClusterRecognizer.firstTokenEndingAfter(tokens, start);
        boolean any = false;
        for (; k < tokens.size() && tokens.get(k).start() < end; k++) {
            if (!tokens.get(k).isPersonName()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean startsAWord(List<Token> tokens, int at) {
        int k = ClusterRecognizer.firstTokenEndingAfter(tokens, at);
        return k < tokens.size() && tokens.get(k).start() == at;
    }

    /**
     * A byline's name that has no surname (a pen name): 责任编辑 子轩 (时代星报 2022). Two or three characters that end
     * the line or stand before a space or bracket, as bylines set them (責任編輯：劉仁杰 has a surname and is found before).
     */
    private static int penNameEnd(String view, int at, int limit) {
        int i = at;
        while (i < limit && isHan(view.charAt(i))) {
            i++;
        }
        int length = i - at;
        boolean alone = i == limit || view.charAt(i) == ' ' || view.charAt(i) == ')' || view.charAt(i) == ']';
        return length >= 2 && length <= 3 && alone ? i : -1;
    }

    /** 首席經濟學家Carsten Fink表示: a name in Latin letters after a Chinese title, two to four capitalised words. */
    private static int latinNameEnd(String view, int at, int limit) {
        java.util.regex.Matcher m = LATIN_NAME.matcher(view).region(at, limit);
        return m.lookingAt() ? m.end() : -1;
    }

    private static final java.util.regex.Pattern LATIN_NAME = java.util.regex.Pattern.compile(
            "[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)*(?: [A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)*){1,3}(?![A-Za-z])");

    /**
     * Where the title phrase before a name starts: the title with the organisation and rank words before it. A
     * name met before ends it: HanLP reads 孫東聯同創科署 as one organisation, but the title is 創科署署長.
     */
    private static int titleStart(String view, List<Token> tokens, int titleWordStart, int paragraphStart,
                                  List<String> names) {
        int start = titleWordStart;
        int k = ClusterRecognizer.firstTokenEndingAfter(tokens, titleWordStart) - 1;
        while (k >= 0) {
            Token t = tokens.get(k);
            if (t.end() != start || t.start() < paragraphStart || titleWordStart - t.start() > MAX_TITLE
                    || !isTitleWord(t)) {
                break;
            }
            int after = endOfNameInside(t.word(), names);
            if (after > 0) {
                return t.start() + after;
            }
            start = t.start();
            k--;
        }
        return start;
    }

    private static int endOfNameInside(String word, List<String> names) {
        int end = -1;
        for (String name : names) {
            int at = word.lastIndexOf(name);
            if (at >= 0 && at + name.length() < word.length()) {
                end = Math.max(end, at + name.length());
            }
        }
        return end;
    }

    private List<String> namesSoFar(String view, List<Found> found) {
        List<String> names = new ArrayList<>(knownPeople);
        for (Found f : found) {
            names.add(view.substring(f.start(), f.end()));
        }
        return names;
    }

    /** Words of an organisation or a rank before a title (中國/科學技術部/副部長, 港大/校長, 城/大/高級/副校長). */
    private static boolean isTitleWord(Token t) {
        String n = t.nature();
        if (t.isPersonName() || n.startsWith("w")) {
            return false;
        }
        return n.startsWith("n") || n.equals("b") || n.equals("a") || n.equals("j") || n.equals("vn") || n.equals("vi") || n.equals("s")
                || n.startsWith("g");
    }

    // --- 2. labels and credits -------------------------------------------------------------------------

    private void labelled(ArticleView article, List<Token> tokens, List<Found> found) {
        String view = article.view();
        for (String label : titles.labels()) {
            for (int at = view.indexOf(label); at >= 0; at = view.indexOf(label, at + 1)) {
                Span p = article.paragraphAt(at);
                if (p == null || article.langOf(p) == Lang.EN) {
                    continue;
                }
                int i = at + label.length();
                while (i < p.end() && view.charAt(i) == ' ') {
                    i++;
                }
                if (i >= p.end() || view.charAt(i) != ':') {
                    continue;
                }
                i++;
                while (i < p.end() && view.charAt(i) == ' ') {
                    i++;
                }
                int end = nameEnd(article, tokens, i, p.end());
                if (end < 0) {
                    // A contact line holds the name alone: take it whole when it looks like one.
                    int lineEnd = i;
                    while (lineEnd < p.end() && isHan(view.charAt(lineEnd))) {
                        lineEnd++;
                    }
                    if (lineEnd - i >= 2 && lineEnd - i <= 4 && (lineEnd == p.end() || view.charAt(lineEnd) == ' ')
                            && surnames.surnameLength(writtenAt(article, i, lineEnd), 0) > 0) {
                        end = lineEnd;
                    }
                }
                if (end > 0) {
                    found.add(new Found(i, end, -1, -1, false, "label"));
                }
            }
        }
    }

    /** 蔡文豪（圖）: a name on its own, then a credit mark, is who wrote or photographed the piece. */
    private void credited(ArticleView article, List<Found> found) {
        String view = article.view();
        for (String credit : titles.credits()) {
            for (int at = view.indexOf(credit); at >= 0; at = view.indexOf(credit, at + 1)) {
                Span p = article.paragraphAt(at);
                if (p == null || article.langOf(p) == Lang.EN) {
                    continue;
                }
                int start = at;
                while (start > p.start() && isHan(view.charAt(start - 1)) && at - start < 4) {
                    start--;
                }
                boolean alone = start == p.start() || view.charAt(start - 1) == ' ' || view.charAt(start - 1) == '(';
                if (alone && at - start >= 2 && surnames.surnameLength(writtenAt(article, start, at), 0) > 0) {
                    found.add(new Found(start, at, -1, -1, true, "credit"));
                }
            }
        }
    }

    /** Longest bracketed byline, 【訪談、整理/觀察者網 蘇堤】, in chars. */
    private static final int MAX_BRACKETED_BYLINE = 30;

    /**
     * A byline in square brackets: a role, a slash, the outlet (and a post), a space, the writer's name.
     * 【文/觀察者網 劉騫】 (觀察者網 2022); 【訪談、整理/觀察者網 蘇堤】 (觀察者網 2023-03-08); 【采访/观察者网 徐俊】
     * (观察者网 2020, studyofnet copy). The writer is a person with the outlet as title (CONVENTIONS rule 2).
     */
    private void bracketedBylines(ArticleView article, List<Found> found) {
        String view = article.view();
        for (int open = view.indexOf('【'); open >= 0; open = view.indexOf('【', open + 1)) {
            int close = view.indexOf('】', open);
            if (close < 0 || close - open > MAX_BRACKETED_BYLINE) {
                continue;
            }
            int slash = view.lastIndexOf('/', close);
            int space = view.lastIndexOf(' ', close);
            if (slash <= open || space <= slash + 1) {
                continue;
            }
            int start = space + 1;
            int end = close;
            if (end - start < 2 || end - start > 4 || !allHan(view, start, end)
                    || surnames.surnameLength(writtenAt(article, start, end), 0) == 0 || overlapsAny(found, start, end)) {
                continue;
            }
            found.add(new Found(start, end, slash + 1, space, true, "bracketed byline"));
        }
    }

    /** Public figures of people.txt, wherever written whole and not inside a longer ordinary word. */
    private void known(ArticleView article, List<Token> tokens, List<Found> found) {
        String view = article.view();
        List<Found> add = new ArrayList<>();
        for (String name : knownPeople) {
            for (int at = view.indexOf(name); at >= 0; at = view.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (inChinese(article, at) && !overlapsAny(found, at, end) && !overlapsAny(add, at, end)
                        && !insideLongerWord(tokens, at, end)) {
                    add.add(new Found(at, end, -1, -1, false, "known"));
                }
            }
        }
        found.addAll(add);
    }

    // --- 3. HanLP's names ------------------------------------------------------------------------------

    private void fromHanlp(ArticleView article, List<Token> tokens, List<Found> found) {
        String view = article.view();
        for (Span name : mergedNames(view, tokens)) {
            int start = name.start();
            int end = name.end();
            boolean transliterated = TRANSLITERATED.equals(name.type());
            if (transliterated || overlapsAny(found, start, end)) {
                // A transliterated name (比亞迪 is one to HanLP) is kept only after a title, found above.
                continue;
            }
            String written = writtenAt(article, start, end);
            int surname = surnames.surnameLength(written, 0);
            int length = end - start;
            if (surname == 0 || length < surname + 1 || length > surname + 2 || !allHan(view, start, end)) {
                continue;
            }
            Span p = article.paragraphAt(start);
            int limit = p == null ? view.length() : p.end();
            boolean cue = startsWithAny(view, end, speechVerbs) || startsWithAny(view, end, titles.afterName())
                    || end == limit;
            boolean plausible = length == surname + 2 && surnames.isCommon(written, 0) && !holdsDictionaryWord(view, start, end);
            if (cue && length >= 2 || plausible) {
                found.add(new Found(start, end, -1, -1, false, "hanlp"));
            }
        }
    }

    /**
     * HanLP's name words, with the pieces it leaves beside them joined back: 王彬|穎, 羅光|萍 (a name and one more
     * character), 陳|卓儀 (a surname and a two-character given name); typed {@link #TRANSLITERATED} where HanLP
     * read a foreign name.
     */
    private static List<Span> mergedNames(String view, List<Token> tokens) {
        List<Span> names = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isPersonName()) {
                continue;
            }
            int start = t.start();
            int end = t.end();
            boolean transliterated = t.nature().startsWith("nrf") || t.nature().startsWith("nrj");
            if (!transliterated && t.length() == 2 && k + 1 < tokens.size()) {
                Token next = tokens.get(k + 1);
                if (next.start() == end && next.length() == 1 && isHan(view.charAt(next.start()))
                        && (next.nature().startsWith("nz") || next.nature().startsWith("ng") || next.nature().equals("nr2"))) {
                    end = next.end();
                }
            }
            if (!transliterated && t.length() == 2 && k > 0) {
                Token before = tokens.get(k - 1);
                if (before.end() == start && before.length() == 1 && isHan(view.charAt(before.start()))
                        && (before.nature().equals("vg") || before.nature().equals("nr1") || before.nature().equals("ng"))) {
                    start = before.start();
                }
            }
            names.add(new Span(start, end, transliterated ? TRANSLITERATED : null));
        }
        return names;
    }

    /** 關鍵一: a common word inside a three-character "name" shows HanLP misread ordinary words. */
    /**
     * A word HanLP's dictionary holds and never as a name: 作家|高密度 (ipforefront 2024) is no writer called 高密度,
     * though 高 starts names.
     */
    private static boolean isDictionaryNonName(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (com.hankcs.hanlp.corpus.tag.Nature nature : attribute.nature) {
            if (nature.toString().startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A modifier and a noun, not a surname and a given name: the "surname" is read first as another word (高 an
     * adjective) and the "given name" is a common noun of the dictionary, so the three characters are a noun
     * phrase: 作家|高密度 (dev2 20 "发明人和科学作品作家高密度汇聚", high density), 推進|高水平 (dev2 07
     * "國家持續推進高水平雙向開放", dev2 16 "為國家的高水平科技自立自強", high level). Real names keep a surname read
     * first as a name (蔡文豪: 文豪 is a noun, 蔡 a surname) or a given name the dictionary does not hold (黃錦輝,
     * 馬忠法, 錢林霞).
     */
    private static boolean isModifiedNoun(String word, int surnameLength) {
        if (surnameLength != 1 || word.length() != 3) {
            return false;
        }
        CoreDictionary.Attribute first = CoreDictionary.get(word.substring(0, 1));
        CoreDictionary.Attribute rest = CoreDictionary.get(word.substring(1));
        return first != null && rest != null && !first.nature[0].toString().startsWith("nr")
                && rest.nature[0].toString().equals("n");
    }

    private static boolean holdsDictionaryWord(String view, int start, int end) {
        String name = view.substring(start, end);
        if (CoreDictionary.contains(name)) {
            return true;
        }
        for (int i = 0; i + 2 <= name.length(); i++) {
            if (CoreDictionary.contains(name.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    // --- 4. repeats ------------------------------------------------------------------------------------

    /** Every other place the article writes a name it introduced (孫東認為…, the headline 陳家昌：…). */
    private void repeated(ArticleView article, List<Token> tokens, List<Span> blocked, List<Found> found) {
        String view = article.view();
        Map<String, Found> introduced = new LinkedHashMap<>();
        for (Found f : found) {
            introduced.putIfAbsent(view.substring(f.start(), f.end()), f);
        }
        List<Found> repeats = new ArrayList<>();
        for (Map.Entry<String, Found> e : introduced.entrySet()) {
            String name = e.getKey();
            for (int at = view.indexOf(name); at >= 0; at = view.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (overlapsAny(found, at, end) || overlapsAny(repeats, at, end) || overlapsBlocked(blocked, at, end)
                        || insideLongerWord(tokens, at, end) || !inChinese(article, at)) {
                    continue;
                }
                repeats.add(new Found(at, end, -1, -1, e.getValue().byline(), "repeat"));
            }
        }
        found.addAll(repeats);
    }

    /**
     * A name whose first or last character HanLP joins to the word outside it (孫東 in 孫東南, 李家 of 李家超
     * read as 李家|超 is fine: the word starts inside) is not the name there.
     */
    private static boolean insideLongerWord(List<Token> tokens, int start, int end) {
        int k = ClusterRecognizer.firstTokenEndingAfter(tokens, start);
        for (; k < tokens.size() && tokens.get(k).start() < end; k++) {
            Token t = tokens.get(k);
            boolean crossesStart = t.start() < start && t.end() > start;
            boolean crossesEnd = t.start() < end && t.end() > end;
            if ((crossesStart || crossesEnd) && !t.isPersonName() && !t.isPunctuation()) {
                return true;
            }
        }
        return false;
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static List<Span> chineseParagraphs(ArticleView article) {
        List<Span> chinese = new ArrayList<>();
        for (Span p : article.paragraphs()) {
            if (article.langOf(p) != Lang.EN && ChineseSegmenter.hasHan(article.view(), p.start(), p.end())) {
                chinese.add(p);
            }
        }
        return chinese;
    }

    private static boolean inChinese(ArticleView article, int at) {
        Span p = article.paragraphAt(at);
        return p != null && article.langOf(p) != Lang.EN;
    }

    private static String writtenAt(ArticleView article, int start, int end) {
        return article.originalOf(start, end);
    }

    private static boolean startsWithAny(String view, int at, List<String> words) {
        for (String w : words) {
            if (view.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean allHan(String view, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isHan(view.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlapsAny(List<Found> found, int start, int end) {
        for (Found f : found) {
            if (f.start() < end && start < f.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsBlocked(List<Span> blocked, int start, int end) {
        Span span = new Span(start, end);
        return blocked.stream().anyMatch(span::overlaps);
    }

    /** Of overlapping finds, the first (by start) that has a title, else the first. */
    private static List<Found> dropOverlaps(List<Found> sorted) {
        List<Found> kept = new ArrayList<>();
        for (Found f : sorted) {
            Found last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && f.start() < last.end()) {
                if (f.titled() && !last.titled()) {
                    kept.set(kept.size() - 1, f);
                }
                continue;
            }
            kept.add(f);
        }
        return kept;
    }
}
