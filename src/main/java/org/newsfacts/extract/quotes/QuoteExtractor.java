package org.newsfacts.extract.quotes;

import org.newsfacts.text.TimeLimit;
import org.newsfacts.text.ArticleView;
import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.text.AnalyzedText;
import org.newsfacts.text.Span;
import org.newsfacts.text.normalize.CaseFilter;
import org.newsfacts.text.normalize.FilterChain;
import org.newsfacts.text.normalize.ScriptConverter;
import org.newsfacts.text.normalize.ScriptFilter;
import org.newsfacts.text.normalize.SpaceFilter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds who said what: direct quotations, reported speech and headline statements, in Chinese and English,
 * each tied to a named person or an office. Speakers are the people and organisations of the mention extractor
 * (bylines never speak); pronouns and subjectless clauses continue the last named speaker of the paragraph, or
 * of the paragraph before when they open theirs. Built once from {@code models/quotes/speech-verbs.txt} and
 * {@code models/mentions/titles.txt}; immutable and thread-safe.
 *
 * <pre>{@code
 * QuoteExtractor quotes = QuoteExtractor.load(Path.of("models"));
 * List<Quote> said = quotes.extract(text, mentionExtractor.extract(text));
 * }</pre>
 */
public final class QuoteExtractor {
    /** How many paragraphs back a pronoun that opens its paragraph may look for its speaker. */
    private static final int PARAGRAPHS_BACK = 3;

    private final ChineseQuoteFinder chinese;
    private final EnglishQuoteFinder english;
    private final SpeechLexicon lexicon;

    private QuoteExtractor(ChineseQuoteFinder chinese, EnglishQuoteFinder english, SpeechLexicon lexicon) {
        this.chinese = chinese;
        this.english = english;
        this.lexicon = lexicon;
    }

    public static QuoteExtractor load(Path modelsDir) {
        SpeechLexicon lexicon = SpeechLexicon.load(modelsDir);
        return new QuoteExtractor(new ChineseQuoteFinder(lexicon), new EnglishQuoteFinder(lexicon), lexicon);
    }

    /**
     * The article's statements in text order.
     *
     * @param mentions what {@code MentionExtractor.extract(text)} found in the same text
     */
    public List<Quote> extract(AnalyzedText text, List<Mention> mentions) {
        ArticleView article = text.view();
        SpeakerIndex speakers = new SpeakerIndex(article, mentions);
        List<Attribution> found = new ArrayList<>(chinese.find(article, speakers));
        TimeLimit.check();
        found.addAll(english.find(article, speakers));
        found.sort(Comparator.comparingInt(Attribution::paragraph).thenComparingInt(Attribution::at));
        TimeLimit.check();
        Map<Integer, List<Attribution>> byParagraph = resolve(article, peopleByParagraph(article, mentions), found);
        TimeLimit.check();
        quotedParagraphsAfter(article, byParagraph);
        TimeLimit.check();
        continuedReportedSpeech(article, byParagraph, bylineStarts(article, mentions));
        TimeLimit.check();
        furtherQuotationsInParagraph(article, byParagraph);
        List<Attribution> all = new ArrayList<>();
        byParagraph.values().forEach(all::addAll);
        all.sort(Comparator.comparingInt(Attribution::textStart));
        return toQuotes(article, fullForms(all));
    }

    /** A person mention placed in view offsets. */
    private record Person(int at, Mention mention) {
    }

    private static Map<Integer, List<Person>> peopleByParagraph(ArticleView article, List<Mention> mentions) {
        Map<Integer, List<Person>> people = new HashMap<>();
        for (Mention m : mentions) {
            if (m.isPerson() && !m.byline()) {
                int at = article.toView(m.start());
                int p = article.paragraphIndexAt(at);
                if (p >= 0) {
                    people.computeIfAbsent(p, k -> new ArrayList<>()).add(new Person(at, m));
                }
            }
        }
        return people;
    }

    /**
     * Pronouns and subjectless clauses take the last named speaker before them; "the spokesperson" the last
     * office that spoke. Returns the attributions that found a speaker, by paragraph, in text order.
     */
    private static Map<Integer, List<Attribution>> resolve(ArticleView article, Map<Integer, List<Person>> people,
                                                           List<Attribution> found) {
        Map<Integer, List<Attribution>> resolved = new HashMap<>();
        Speaker lastOffice = null;
        for (Attribution a : found) {
            Speaker speaker = a.speaker();
            if (speaker.kind() == Speaker.Kind.OFFICE_ANAPHOR) {
                speaker = lastOffice;
            } else if (speaker.kind() == Speaker.Kind.SENTENCE_SUBJECT) {
                speaker = subjectOfSentence(article, people, a);
            } else if (!speaker.isNamed()) {
                boolean personOnly = speaker.kind() == Speaker.Kind.PRONOUN;
                speaker = personOnly ? lastPerson(people, resolved, a.paragraph(), a.at())
                        : lastNamed(resolved, a.paragraph(), a.at());
                for (int back = 1; a.opensParagraph() && speaker == null && back <= PARAGRAPHS_BACK; back++) {
                    speaker = personOnly ? lastPerson(people, resolved, a.paragraph() - back, Integer.MAX_VALUE)
                            : lastNamed(resolved, a.paragraph() - back, Integer.MAX_VALUE);
                }
            }
            if (speaker == null) {
                continue;
            }
            if (speaker.kind() == Speaker.Kind.OFFICE) {
                lastOffice = speaker;
            }
            resolved.computeIfAbsent(a.paragraph(), k -> new ArrayList<>()).add(a.withSpeaker(speaker));
        }
        return resolved;
    }

    /** The first person the sentence names before the clause (its subject, in Chinese word order). */
    private static Speaker subjectOfSentence(ArticleView article, Map<Integer, List<Person>> people, Attribution a) {
        Span sentence = article.sentenceAt(a.at());
        if (sentence == null) {
            return null;
        }
        for (Person p : people.getOrDefault(a.paragraph(), List.of())) {
            if (p.at() >= sentence.start() && p.at() < a.at()) {
                return SpeakerIndex.speakerOf(p.mention());
            }
        }
        return null;
    }

    private static Speaker lastNamed(Map<Integer, List<Attribution>> resolved, int paragraph, int before) {
        Speaker last = null;
        for (Attribution r : resolved.getOrDefault(paragraph, List.of())) {
            if (r.at() < before) {
                last = r.speaker();
            }
        }
        return last;
    }

    /**
     * Who 他 / he is: the person named last before it in the paragraph, as speaker or merely mentioned (news
     * writes "he said" of the person it has just named); bylines are never meant.
     */
    private static Speaker lastPerson(Map<Integer, List<Person>> people, Map<Integer, List<Attribution>> resolved,
                                      int paragraph, int before) {
        Speaker last = null;
        int lastAt = -1;
        for (Attribution r : resolved.getOrDefault(paragraph, List.of())) {
            if (r.at() < before && r.speaker().kind() == Speaker.Kind.PERSON && r.at() > lastAt) {
                last = r.speaker();
                lastAt = r.at();
            }
        }
        for (Person p : people.getOrDefault(paragraph, List.of())) {
            if (p.at() < before && p.at() > lastAt) {
                last = SpeakerIndex.speakerOf(p.mention());
                lastAt = p.at();
            }
        }
        return last;
    }

    /**
     * A paragraph that is one quotation and nothing else, right after a paragraph that ends with a statement,
     * continues that speaker's words.
     */
    private static void quotedParagraphsAfter(ArticleView article, Map<Integer, List<Attribution>> byParagraph) {
        String view = article.view();
        List<Span> paragraphs = article.paragraphs();
        for (int pi = 1; pi < paragraphs.size(); pi++) {
            if (byParagraph.containsKey(pi)) {
                continue;
            }
            Span p = paragraphs.get(pi);
            int lead = ChineseQuoteFinder.leadStart(view, p);
            List<QuoteMarks.Span> quotes = QuoteMarks.find(view, p.start(), p.end());
            if (quotes.size() != 1 || quotes.get(0).open() != lead
                    || ChineseQuoteFinder.trimEnd(view, lead, p.end()) > quotes.get(0).after()) {
                continue;
            }
            Attribution previous = lastEnding(byParagraph.get(pi - 1));
            Span before = paragraphs.get(pi - 1);
            if (previous != null
                    && ChineseQuoteFinder.trimEnd(view, previous.textEnd(), before.end()) <= previous.textEnd() + 2) {
                QuoteMarks.Span q = quotes.get(0);
                byParagraph.put(pi, new ArrayList<>(List.of(
                        new Attribution(pi, lead, previous.speaker(), true, q.contentStart(), q.contentEnd(), true))));
            }
        }
    }

    /**
     * Chinese news reports a speaker once and goes on in the same paragraph without naming them again: the
     * sentences after a reported statement, to the paragraph's end, are the same speaker's (dev2 CONVENTIONS
     * rule 8). 新華社 2024: "邓鸿森表示,科技创新集群是…逐步崛起。世界知识产权组织将继续支持这些集群…";
     * 中新社 2023: "特區政府發言人還説,國家…。…。過去幾年,特區政府已投入近2000億港元…". The rest of the paragraph
     * is one further statement of that speaker. Only reported speech that runs to its sentence's end goes on:
     * after a quotation the outlet speaks again, and English news names the speaker of each sentence.
     */
    private void continuedReportedSpeech(ArticleView article, Map<Integer, List<Attribution>> byParagraph,
                                                List<Integer> bylines) {
        String view = article.view();
        List<Span> paragraphs = article.paragraphs();
        for (Map.Entry<Integer, List<Attribution>> e : byParagraph.entrySet()) {
            Span p = paragraphs.get(e.getKey());
            Attribution last = lastEnding(e.getValue());
            if (last == null || last.direct() || article.langOf(p) == org.newsfacts.text.Lang.EN
                    || SpeechLexicon.startsWithAny(view, last.at(), lexicon.accordingTo)) {
                // 根據X解釋，… sources one statement; it opens no turn of speech that the next sentence goes on.
                continue;
            }
            Span sentence = article.sentenceAt(Math.max(last.textStart(), last.textEnd() - 1));
            if (sentence == null || ChineseQuoteFinder.trimEnd(view, last.textEnd(), sentence.end()) > last.textEnd()) {
                continue;
            }
            int stop = sentence.end();
            while (stop > last.textEnd() && Character.isWhitespace(view.charAt(stop - 1))) {
                stop--;
            }
            if (stop <= last.textEnd() || FULL_STOPS.indexOf(view.charAt(stop - 1)) < 0) {
                // 孫東認為…入駐；此外，前海…: a semicolon goes on with the same sentence, which is already quoted.
                continue;
            }
            int from = sentence.end();
            while (from < p.end() && Character.isWhitespace(view.charAt(from))) {
                from++;
            }
            int end = p.end();
            for (int b : bylines) {
                if (b >= from && b < end) {
                    // 大公報 prints its reporter's name at the end of the last paragraph: "…中心建設。 大公報記者 江凌風".
                    int cut = b;
                    while (cut > from && FULL_STOPS.indexOf(view.charAt(cut - 1)) < 0) {
                        cut--;
                    }
                    end = Math.min(end, cut);
                }
            }
            end = ownSourceStart(article, from, end);
            int to = ChineseQuoteFinder.trimEnd(view, from, end);
            if (hanCount(view, from, to) < MIN_CONTINUED_HAN) {
                continue;
            }
            e.getValue().add(new Attribution(e.getKey(), from, last.speaker(), false, from, to, false));
        }
    }

    /**
     * Where a sentence with a source of its own begins, or {@code end}: a report or data showing something
     * (數據也顯示，香港的研發總開支… after 陳茂波指, 香港01 2025; 報告顯示 after a spokesman, CONVENTIONS rule 6)
     * is the outlet citing that source, and the speaker's words stop before it.
     */
    private int ownSourceStart(ArticleView article, int from, int end) {
        String view = article.view();
        for (int at = from; at < end; ) {
            Span s = article.sentenceAt(at);
            if (s == null || s.end() <= at) {
                break;
            }
            int lead = at;
            while (lead < end && Character.isWhitespace(view.charAt(lead))) {
                lead++;
            }
            int clause = lead;
            while (clause < Math.min(end, lead + OWN_SOURCE_LEAD) && ",".indexOf(view.charAt(clause)) < 0) {
                clause++;
            }
            String opening = view.substring(lead, clause);
            for (String source : lexicon.notSpeakers) {
                int i = opening.indexOf(source);
                if (i >= 0 && SpeechLexicon.startsWithAny(view, lead + i + source.length(), lexicon.sourceVerbs, 3)) {
                    return at;
                }
            }
            at = s.end();
        }
        return end;
    }

    /** How far into a sentence its own source (數據也顯示) may stand. */
    private static final int OWN_SOURCE_LEAD = 12;

    private static final String FULL_STOPS = "。.!?";

    private static List<Integer> bylineStarts(ArticleView article, List<Mention> mentions) {
        List<Integer> starts = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.isPerson() && m.byline()) {
                starts.add(article.toView(m.start()));
            }
        }
        return starts;
    }

    /** A continuation shorter than this (a sign-off such as （完）) states nothing. */
    private static final int MIN_CONTINUED_HAN = 8;

    private static int hanCount(String view, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (isHan(view.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static Attribution lastEnding(List<Attribution> attributions) {
        Attribution last = null;
        for (Attribution a : attributions == null ? List.<Attribution>of() : attributions) {
            if (last == null || a.textEnd() > last.textEnd()) {
                last = a;
            }
        }
        return last;
    }

    /**
     * “A,” he said. “B.” — a quotation with no attribution of its own, after a quoted speaker in the same
     * paragraph, is that speaker's too. Only statements: a term in quotation marks (「走出去」) is left alone.
     */
    private static void furtherQuotationsInParagraph(ArticleView article, Map<Integer, List<Attribution>> byParagraph) {
        String view = article.view();
        for (Map.Entry<Integer, List<Attribution>> e : byParagraph.entrySet()) {
            List<Attribution> here = e.getValue();
            if (here.stream().noneMatch(Attribution::direct)) {
                continue;
            }
            Span p = article.paragraphs().get(e.getKey());
            List<Attribution> added = new ArrayList<>();
            for (QuoteMarks.Span q : QuoteMarks.find(view, p.start(), p.end())) {
                boolean covered = here.stream().anyMatch(a -> a.textStart() < q.close() && q.open() < a.textEnd() + 1);
                if (covered || !isStatement(view.substring(q.contentStart(), q.contentEnd()))) {
                    continue;
                }
                Attribution before = null;
                for (Attribution a : here) {
                    if (a.direct() && a.textEnd() <= q.open()) {
                        before = a;
                    }
                }
                if (before != null) {
                    added.add(new Attribution(e.getKey(), q.open(), before.speaker(), true, q.contentStart(),
                            q.contentEnd(), false));
                }
            }
            here.addAll(added);
        }
    }

    /** A clause or more: punctuation inside, or several English words. */
    private static boolean isStatement(String quoted) {
        String t = quoted.strip();
        boolean han = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (han) {
            return t.matches("(?s).*[,，。;；!！?？].*") && t.length() >= 8;
        }
        return t.split("\\s+").length >= 4;
    }

    /**
     * A speaker named in full once and later by a shorter form speaks under the full form throughout: news
     * names an office or a person in full first and shortens it after (中新社 2023: "香港特區政府發言人27日表示"
     * then "特區政府發言人還説"; 南方日報-style profiles: "Daren Tang, WIPO's Director General, said" then
     * "Tang said"). The shorter form must end the longer one (at a word boundary for names of words) and be of
     * the same kind; the article's first full form wins.
     */
    static List<Attribution> fullForms(List<Attribution> inOrder) {
        List<Speaker> named = new ArrayList<>();
        List<Attribution> out = new ArrayList<>(inOrder.size());
        for (Attribution a : inOrder) {
            Speaker s = a.speaker();
            if (s == null || !s.isNamed() || s.name() == null) {
                out.add(a);
                continue;
            }
            Speaker full = null;
            for (Speaker earlier : named) {
                if (earlier.kind() == s.kind() && isShortFormOf(s.name(), earlier.name())) {
                    full = earlier;
                    break;
                }
            }
            if (full != null) {
                out.add(a.withSpeaker(s.title() == null || full.title() != null ? full
                        : new Speaker(full.name(), s.title(), full.kind())));
            } else {
                named.add(s);
                out.add(a);
            }
        }
        return out;
    }

    /** 特區政府發言人 of 香港特區政府發言人; 芬克 of 卡斯滕·芬克; Tang of Daren Tang (not "an" of "Tan"). */
    static boolean isShortFormOf(String shorter, String longer) {
        String s = fold(shorter);
        String l = fold(longer);
        if (s.length() < 2 || l.length() <= s.length() || !l.endsWith(s)) {
            return false;
        }
        char before = l.charAt(l.length() - s.length() - 1);
        boolean latin = s.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
        return !latin ? !Character.isLetter(before) || isHan(before) : !Character.isLetterOrDigit(before);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Names compared in one script and one case: the normalisation chain's script and case steps. */
    private static final FilterChain NAME_FOLD = FilterChain.of(new ScriptFilter(ScriptConverter.shared()),
            new CaseFilter());

    /** A statement repeated with other line breaks is the same statement. */
    private static final SpaceFilter NO_SPACES = SpaceFilter.dropAll();

    private static String fold(String name) {
        return NAME_FOLD.apply(name.strip());
    }

    /** To output records; a statement repeated by the same speaker (a press release's closing copy) is kept once. */
    private static List<Quote> toQuotes(ArticleView article, List<Attribution> resolved) {
        List<Quote> quotes = new ArrayList<>(resolved.size());
        Set<String> seen = new HashSet<>();
        for (Attribution a : resolved) {
            if (a.textEnd() <= a.textStart() || a.speaker().name() == null) {
                continue;
            }
            Span original = article.toOriginal(a.textStart(), a.textEnd());
            String text = original.coveredText(article.original());
            String key = a.speaker().name() + "|" + NO_SPACES.apply(article.view().substring(a.textStart(), a.textEnd()));
            if (!seen.add(key)) {
                continue;
            }
            quotes.add(new Quote(a.speaker().name(), a.speaker().title(), a.direct() ? Quote.DIRECT : Quote.INDIRECT,
                    text, original.start(), original.end()));
        }
        return List.copyOf(quotes);
    }
}
