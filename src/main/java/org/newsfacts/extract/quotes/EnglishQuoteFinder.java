package org.newsfacts.extract.quotes;

import org.newsfacts.text.normalize.CaseFilter;

import org.newsfacts.text.ArticleView;
import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.text.Lang;
import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements in English paragraphs: quotations attributed after ("…," Tang said / said Tang) or before
 * (Tang said: "…"), reported speech (Tang said (that) …; Tang told reporters …; …, Tang said.), and
 * "according to" (According to WIPO, …; …, according to WIPO). The speaker is a person or organisation the
 * mention extractor found, or a pronoun continuing the last one.
 */
final class EnglishQuoteFinder {
    /** A quotation of fewer words is a name or a term in quotation marks ("patent box"), not a statement. */
    private static final int MIN_QUOTED_WORDS = 3;
    /** Words after a verb that say where or when, not what: "wrote in his blog on Sunday." */
    private static final Pattern CIRCUMSTANCE = Pattern.compile(
            "(?i)(?:in|at|on|during|after|before|via|through|when|while|from|with)\\b(?![^.]*\\bthat\\b)");
    /** A sentence's subject stands within this many chars of its start (after a title). */
    private static final int MAX_SUBJECT_LEAD = 80;
    /** How far before a quotation or verb the attribution words are looked for, in chars. */
    private static final int NEAR_VERB = 60;
    /** Longest apposition between a speaker and the verb, in chars. */
    private static final int MAX_APPOSITION = 120;
    /** Longest title between an inverted verb and its speaker ("said commerce minister Piyush Goyal"), in chars. */
    private static final int MAX_TITLE_BEFORE_NAME = 48;
    /** "A spokesperson for the HKSAR government said" / "the spokesperson said". */
    private static final Pattern OFFICE = Pattern.compile(
            "(?i)\\b(?:a|an|the)\\s+(spokesperson|spokesman|spokeswoman)(?:\\s+(?:for|of)\\s+(.{2,100}?))?\\s*$");
    private static final Pattern LISTENER_NAME = Pattern.compile("^(?:the\\s+)?(?:[A-Z][\\w&'-]*\\s*){1,4}");
    /** A relative clause that goes on after its speaker: "…, according to WIPO, which says …". */
    private static final Pattern RELATIVE = Pattern.compile("(?i)which\\s+");
    private static final Pattern THAT = Pattern.compile("^[^.,;:\"“”]{0,48}?\\bthat\\s+");

    private final SpeechLexicon lexicon;
    private final Pattern verb;
    private final Pattern verbBeforeQuote;
    /** "According to WIPO", and the newsroom's shorter "Per WIPO, “…”" (natlawreview 2023). */
    private final Pattern accordingTo = Pattern.compile("(?i)\\b(?:according to|per)\\s+");

    EnglishQuoteFinder(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
        List<String> quoted = new ArrayList<>();
        for (String v : lexicon.englishVerbs) {
            quoted.add(Pattern.quote(v).replace(" ", "\\E\\s+\\Q"));
        }
        this.verb = Pattern.compile("\\b(?:" + String.join("|", quoted) + ")\\b");
        this.verbBeforeQuote = Pattern.compile("(?:" + verb.pattern() + ")\\s*[:,]?\\s*$");
    }

    List<Attribution> find(ArticleView article, SpeakerIndex speakers) {
        String view = article.view();
        List<Attribution> found = new ArrayList<>();
        List<Span> paragraphs = article.paragraphs();
        Speaker speechBy = null;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Span p = paragraphs.get(pi);
            if (speechBy != null) {
                int lead = skip(view, p.start(), p.end(), " ");
                boolean salutation = ChineseQuoteFinder.trimEnd(view, p.start(), p.end()) > p.start()
                        && view.charAt(lastNonSpace(view, p)) == ',';
                if ((article.langOf(p) != Lang.EN && !salutation) || startsWithAny(view, lead, lexicon.speechEnds)) {
                    speechBy = null;
                } else {
                    Attribution body = speechParagraph(view, pi, p, speechBy);
                    if (body != null) {
                        found.add(body);
                    }
                    continue;
                }
            }
            if (article.langOf(p) != Lang.EN) {
                continue;
            }
            Speaker introduced = speechIntroduced(view, speakers, p);
            if (introduced != null) {
                speechBy = introduced;
                continue;
            }
            List<QuoteMarks.Span> quotes = QuoteMarks.find(view, p.start(), p.end());
            List<Span> used = new ArrayList<>();
            List<Attribution> quoted = new ArrayList<>();
            for (QuoteMarks.Span q : quotes) {
                Attribution a = quotation(article, speakers, pi, p, q);
                if (a != null) {
                    quoted.add(a);
                    used.add(new Span(q.open(), q.after()));
                }
            }
            found.addAll(quoted);
            found.addAll(reported(article, speakers, pi, p, quotes, used, quoted));
        }
        return found;
    }

    private static int lastNonSpace(String view, Span p) {
        int i = p.end() - 1;
        while (i > p.start() && Character.isWhitespace(view.charAt(i))) {
            i--;
        }
        return i;
    }

    /** The speaker a paragraph introduces as giving the speech that follows ("Following is the speech by …"), or null. */
    private Speaker speechIntroduced(String view, SpeakerIndex speakers, Span p) {
        int lead = skip(view, p.start(), p.end(), " ");
        for (Pattern intro : lexicon.speechIntros) {
            Matcher m = intro.matcher(view).region(lead, p.end());
            if (!m.lookingAt()) {
                continue;
            }
            for (int i = m.end(); i < p.end(); i++) {
                Mention person = speakers.startingAt(i);
                if (person != null && person.isPerson()) {
                    return SpeakerIndex.speakerOf(person);
                }
            }
        }
        return null;
    }

    /** A paragraph of a published speech's body as the speaker's direct words; not its salutation ("…, ladies and gentlemen,"). */
    private static Attribution speechParagraph(String view, int pi, Span p, Speaker speaker) {
        int from = skip(view, p.start(), p.end(), " ");
        int to = p.end();
        while (to > from && Character.isWhitespace(view.charAt(to - 1))) {
            to--;
        }
        if (to <= from || view.charAt(to - 1) == ',' || words(view.substring(from, to)) < MIN_QUOTED_WORDS) {
            return null;
        }
        return new Attribution(pi, from, speaker, true, from, to, true);
    }

    /** A quotation with its speaker after ("…," Tang said; "…," said Tang) or before (Tang said: "…"). */
    private Attribution quotation(ArticleView article, SpeakerIndex speakers, int pi, Span p,
                                  QuoteMarks.Span q) {
        String view = article.view();
        if (words(view.substring(q.contentStart(), q.contentEnd())) < MIN_QUOTED_WORDS) {
            return null;
        }
        boolean opens = article.sentenceIndexAt(q.open()) == article.sentenceIndexAt(p.start());
        int i = skip(view, q.after(), p.end(), " ,");
        Found s = speakerAt(view, speakers, i, p.end());
        if (s != null) {
            Matcher v = verb.matcher(view).region(skip(view, s.end(), p.end(), " "), p.end());
            if (v.lookingAt()) {
                return new Attribution(pi, i, s.speaker, true, q.contentStart(), contentEnd(view, q), opens);
            }
        }
        Matcher v = verb.matcher(view).region(i, p.end());
        if (v.lookingAt()) {
            Found after = speakerAfterVerb(view, speakers, skip(view, v.end(), p.end(), " "), p.end());
            if (after != null) {
                return new Attribution(pi, i, after.speaker, true, q.contentStart(), contentEnd(view, q), opens);
            }
        }
        Found statement = statementAfter(view, i, p.end());
        if (statement != null) {
            return new Attribution(pi, i, statement.speaker, true, q.contentStart(), contentEnd(view, q), opens);
        }
        // "…," WIPO Director General Daren Tang said in a statement (The Daily Updates 2022); "…," Commerce and
        // Industry Minister Nirmala Sitharaman said here (The Statesman 2016): the speaker's title stands before
        // the name, between the quotation and the verb, with no punctuation.
        Matcher later = verb.matcher(view).region(i, Math.min(p.end(), i + MAX_APPOSITION));
        if (later.find() && later.start() > i && !view.substring(i, later.start()).matches("(?s).*[,.;:\"“”].*")) {
            Found titled = speakerEndingBefore(view, speakers, later.start(), i);
            if (titled != null && titled.speaker.isNamed() && isTitle(view.substring(i, titled.start()))) {
                return new Attribution(pi, i, titled.speaker, true, q.contentStart(), contentEnd(view, q), opens);
            }
        }
        // Tang said: "…" / Tang added, "…"
        int from = Math.max(p.start(), q.open() - NEAR_VERB);
        Matcher tail = verbBeforeQuote.matcher(view.substring(from, q.open()));
        if (tail.find()) {
            int verbStart = from + tail.start();
            Found s2 = speakerEndingBefore(view, speakers, verbStart, p.start());
            if (s2 != null) {
                return new Attribution(pi, s2.start(), s2.speaker, true, q.contentStart(), contentEnd(view, q), opens);
            }
        }
        return null;
    }

    /**
     * "…," read the statement: a verb of [english-statement-verbs] inverted before an office anaphor ("the
     * statement"), which speaks for the office that spoke last; or null.
     */
    private Found statementAfter(String view, int at, int limit) {
        for (String v : lexicon.englishStatementVerbs) {
            int end = at + v.length();
            if (end < limit && view.regionMatches(true, at, v, 0, v.length()) && view.charAt(end) == ' ') {
                int from = skip(view, end, limit, " ");
                for (String anaphor : lexicon.englishOfficeAnaphors) {
                    int after = from + anaphor.length();
                    if (after <= limit && view.regionMatches(true, from, anaphor, 0, anaphor.length())
                            && (after == view.length() || !Character.isLetter(view.charAt(after)))) {
                        return new Found(Speaker.OFFICE_ANAPHOR, from, after);
                    }
                }
            }
        }
        return null;
    }

    /** The quotation's words without the comma that hands over to the attribution ("…," he said). */
    private static int contentEnd(String view, QuoteMarks.Span q) {
        int end = q.contentEnd();
        while (end > q.contentStart() && (view.charAt(end - 1) == ',' || view.charAt(end - 1) == ' ')) {
            end--;
        }
        return end;
    }

    /** Reported speech outside quotation marks. */
    private List<Attribution> reported(ArticleView article, SpeakerIndex speakers, int pi, Span p,
                                       List<QuoteMarks.Span> quotes, List<Span> used, List<Attribution> quoted) {
        String view = article.view();
        List<Attribution> found = new ArrayList<>();
        Matcher v = verb.matcher(view).region(p.start(), p.end());
        while (v.find()) {
            if (inside(quotes, v.start()) || inside(used, v.start())) {
                continue;
            }
            Span sentence = article.sentenceAt(v.start());
            int sStart = Math.max(p.start(), sentence == null ? p.start() : sentence.start());
            int sEnd = Math.min(p.end(), sentence == null ? p.end() : sentence.end());
            boolean opens = article.sentenceIndexAt(v.start()) == article.sentenceIndexAt(p.start());
            Found before = speakerEndingBefore(view, speakers, v.start(), sStart);
            if (before != null) {
                int k = v.end();
                if (CaseFilter.lower(v.group()).equals("told")) {
                    k = afterListener(view, k, sEnd);
                    if (k < 0) {
                        continue;
                    }
                }
                if (isParenthetical(view, before.start(), k, sStart, sEnd)) {
                    // "Hong Kong's participation, Chan points out, helps …": the sentence around the attribution.
                    int to = ChineseQuoteFinder.trimEnd(view, sStart, sEnd);
                    found.add(new Attribution(pi, before.start(), before.speaker, false, sStart, to, opens));
                    continue;
                }
                int from = statementStart(view, k, sEnd);
                int to = ChineseQuoteFinder.trimEnd(view, from, sEnd);
                if (to > from && startsWithAny(view, from, lexicon.englishParticiples)) {
                    // "…," he said, adding that …: the participle rule reports it.
                    continue;
                }
                if (to > from && CIRCUMSTANCE.matcher(view).region(from, to).lookingAt()) {
                    // "…, Chan wrote in his blog on Sunday.": where it was said, not what.
                    to = from;
                }
                if (to > from && words(view.substring(from, to)) >= MIN_QUOTED_WORDS && view.charAt(from) != '“'
                        && view.charAt(from) != '"') {
                    found.add(new Attribution(pi, before.start(), before.speaker, false, from, to, opens));
                    continue;
                }
                // "…, Tang said." The statement is what the sentence said before the speaker.
                if (to <= from) {
                    Attribution a = statementBefore(view, pi, sStart, before.start(), before.speaker, opens);
                    if (a != null) {
                        found.add(a);
                    }
                }
                continue;
            }
            // "…, said Tang."
            Found after = speakerAfterVerb(view, speakers, skip(view, v.end(), sEnd, " "), sEnd);
            if (after != null && ChineseQuoteFinder.trimEnd(view, after.end(), sEnd) == after.end()) {
                Attribution a = statementBefore(view, pi, sStart, v.start(), after.speaker, opens);
                if (a != null) {
                    found.add(a);
                }
            }
        }
        List<Attribution> before = new ArrayList<>(quoted);
        before.addAll(found);
        found.addAll(participles(article, speakers, pi, p, quotes, before));
        Matcher according = accordingTo.matcher(view).region(p.start(), p.end());
        while (according.find()) {
            Found s = speakerAt(view, speakers, according.end(), p.end());
            if (s == null) {
                continue;
            }
            Span sentence = article.sentenceAt(according.start());
            int sStart = Math.max(p.start(), sentence == null ? p.start() : sentence.start());
            int sEnd = Math.min(p.end(), sentence == null ? p.end() : sentence.end());
            boolean opens = article.sentenceIndexAt(according.start()) == article.sentenceIndexAt(p.start());
            int afterSpeaker = skip(view, s.end(), sEnd, " ");
            int close = view.indexOf(')', afterSpeaker);
            if (afterSpeaker < sEnd && view.charAt(afterSpeaker) == '(' && close > 0 && close < sEnd
                    && close - afterSpeaker <= 12) {
                // "According to the World Intellectual Property Organization (WIPO), …": the acronym in brackets.
                afterSpeaker = close + 1;
            }
            int rest = skip(view, afterSpeaker, sEnd, " ,");
            int to = ChineseQuoteFinder.trimEnd(view, rest, sEnd);
            // "According to X, statement": a comma after the speaker; "…, according to the World Intellectual
            // Property Organization (WIPO) of the United Nations." (CNA 2024) has none, and its statement is before.
            boolean commaAfter = view.substring(s.end(), rest).contains(",");
            if (commaAfter && to > rest && words(view.substring(rest, to)) >= MIN_QUOTED_WORDS) {
                found.add(new Attribution(pi, according.start(), s.speaker, false, rest, to, opens));
                if (RELATIVE.matcher(view).region(rest, to).lookingAt()) {
                    // "Since 2016, the GII has sought …, according to the WIPO, which says this approach …"
                    // (Yicai Global 2023); "…, according to the ministry, which added that …": the relative
                    // clause goes on after a statement that stands before the speaker.
                    Attribution earlier = statementBefore(view, pi, sStart, according.start(), s.speaker, opens);
                    if (earlier != null) {
                        found.add(earlier);
                    }
                }
            } else {
                Attribution a = statementBefore(view, pi, sStart, according.start(), s.speaker, opens);
                if (a != null) {
                    found.add(a);
                }
            }
        }
        return found;
    }

    private static boolean isParenthetical(String view, int speakerStart, int afterVerb, int sStart, int sEnd) {
        int b = speakerStart;
        while (b > sStart && view.charAt(b - 1) == ' ') {
            b--;
        }
        int a = afterVerb;
        while (a < sEnd && view.charAt(a) == ' ') {
            a++;
        }
        return b > sStart && view.charAt(b - 1) == ',' && a < sEnd && view.charAt(a) == ',';
    }

    /**
     * "…," he said, adding that …; X highlighted …, noting that …: a participle after a comma reports more of
     * what the sentence's speaker said — the speaker already attributed in the sentence, else its subject.
     */
    private List<Attribution> participles(ArticleView article, SpeakerIndex speakers, int pi, Span p,
                                          List<QuoteMarks.Span> quotes, List<Attribution> already) {
        String view = article.view();
        // Lower case of this paragraph only: a whole article per paragraph would make long articles quadratic.
        String lower = CaseFilter.lower(view.substring(p.start(), p.end()));
        List<Attribution> found = new ArrayList<>();
        for (String participle : lexicon.englishParticiples) {
            String needle = ", " + participle + " ";
            for (int rel = lower.indexOf(needle); rel >= 0; rel = lower.indexOf(needle, rel + 1)) {
                int at = p.start() + rel;
                if (inside(quotes, at)) {
                    continue;
                }
                Span sentence = article.sentenceAt(at);
                int sStart = Math.max(p.start(), sentence == null ? p.start() : sentence.start());
                int sEnd = Math.min(p.end(), sentence == null ? p.end() : sentence.end());
                Speaker speaker = null;
                int speakerAt = -1;
                for (Attribution a : already) {
                    if (a.paragraph() == pi && a.at() >= sStart && a.at() < at) {
                        speaker = a.speaker();
                        speakerAt = a.at();
                    }
                }
                for (int i = sStart; speaker == null && i < Math.min(at, sStart + MAX_SUBJECT_LEAD); i++) {
                    Mention m = speakers.startingAt(i);
                    if (m != null && m.isPerson()) {
                        speaker = SpeakerIndex.speakerOf(m);
                        speakerAt = i;
                    }
                }
                if (speaker == null) {
                    continue;
                }
                int from = statementStart(view, at + needle.length(), sEnd);
                int to = ChineseQuoteFinder.trimEnd(view, from, sEnd);
                if (to > from && words(view.substring(from, to)) >= MIN_QUOTED_WORDS) {
                    found.add(new Attribution(pi, speakerAt, speaker, false, from, to,
                            article.sentenceIndexAt(at) == article.sentenceIndexAt(p.start())));
                }
            }
        }
        return found;
    }

    /** "X told reporters (on Monday) (that) …": where the statement may start after the listener, or -1. */
    private int afterListener(String view, int at, int limit) {
        int i = skip(view, at, limit, " ");
        String rest = CaseFilter.lower(view.substring(i, limit));
        for (String listener : lexicon.englishTold) {
            if (rest.startsWith(listener + " ") || rest.startsWith(listener + ",")) {
                return i + listener.length();
            }
        }
        Matcher name = LISTENER_NAME.matcher(view.substring(i, limit));
        return name.find() ? i + name.end() : -1;
    }

    /** After the verb: "(in a statement) that …" or directly ", …" / ": …". */
    private static int statementStart(String view, int at, int limit) {
        Matcher that = THAT.matcher(view.substring(at, limit));
        if (that.find()) {
            return at + that.end();
        }
        return skip(view, at, limit, " ,:");
    }

    private static Attribution statementBefore(String view, int pi, int sentenceStart, int attributionStart,
                                               Speaker speaker, boolean opens) {
        int end = attributionStart;
        // "…, Hong Kong's finance chief Paul Chan Mo-po wrote": the statement ends at the comma before the
        // speaker's title.
        int comma = view.lastIndexOf(',', attributionStart - 1);
        if (comma > sentenceStart && attributionStart - comma <= MAX_SUBJECT_LEAD
                && !view.substring(comma + 1, attributionStart).contains("\"")) {
            if (view.substring(comma + 1, attributionStart).contains("”")) {
                // “…, elsewhere,” WIPO Director General Daren Tang said: the comma is the quotation's own, and
                // the quotation rules attribute it.
                return null;
            }
            end = comma + 1;
        }
        while (end > sentenceStart && (view.charAt(end - 1) == ' ' || view.charAt(end - 1) == ',')) {
            end--;
        }
        if (end == attributionStart || words(view.substring(sentenceStart, end)) < MIN_QUOTED_WORDS) {
            // No comma before the attribution: "The government said" is a subject, not a tail.
            return null;
        }
        if (view.charAt(end - 1) == '”' || view.charAt(end - 1) == '"') {
            // "…," he said: a quotation, which the quotation rules attribute.
            return null;
        }
        return new Attribution(pi, attributionStart, speaker, false, sentenceStart, end, opens);
    }

    private record Found(Speaker speaker, Span span) {
        Found(Speaker speaker, int start, int end) {
            this(speaker, new Span(start, end));
        }

        int start() {
            return span.start();
        }

        int end() {
            return span.end();
        }
    }

    /** Capitalised title words, with "and", "of", "for", "the" between them: "Commerce and Industry Minister". */
    private static boolean isTitle(String words) {
        for (String w : words.strip().split("\\s+")) {
            if (!w.isEmpty() && !w.matches("[A-Z][\\w'’.-]*|and|of|for|the")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "…," said commerce minister Piyush Goyal (Fortune India 2022): the verb, then a few title words, then the
     * person, then the sentence's end or a comma. Only a person: "said the WIPO report" names no speaker.
     */
    private static Found titledSpeakerAfter(String view, SpeakerIndex speakers, int at, int limit) {
        int end = Math.min(limit, at + MAX_TITLE_BEFORE_NAME);
        for (int i = at; i < end; i++) {
            char c = view.charAt(i);
            if (",.;:\"“”(".indexOf(c) >= 0) {
                return null;
            }
            if (i > at && view.charAt(i - 1) != ' ') {
                continue;
            }
            Mention m = speakers.startingAt(i);
            if (m != null && m.isPerson()) {
                int e = speakers.endOf(i);
                int next = skip(view, e, limit, " ");
                if (next >= limit || ",.;".indexOf(view.charAt(next)) >= 0) {
                    return new Found(SpeakerIndex.speakerOf(m), i, e);
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The speaker after an inverted verb ("…," said Tang). An organisation there may only name the office in a
     * person's title: "…," said WIPO Director General Daren Tang (DBW 2022) is the same title as in "…," WIPO
     * Director General Daren Tang said (The Daily Updates 2022), so the person after it speaks, not WIPO.
     */
    private Found speakerAfterVerb(String view, SpeakerIndex speakers, int at, int limit) {
        Found first = speakerAt(view, speakers, at, limit);
        if (first != null && first.speaker.kind() != Speaker.Kind.OFFICE) {
            return first;
        }
        Found titled = titledSpeakerAfter(view, speakers, at, limit);
        return titled != null && (first == null || first.end() <= titled.start()) ? titled : first;
    }

    /** A speaker starting at {@code at}: a person or organisation mention, or he / she / they. */
    private Found speakerAt(String view, SpeakerIndex speakers, int at, int limit) {
        Mention m = speakers.startingAt(at);
        int from = at;
        if (m == null && view.regionMatches(true, at, "the ", 0, 4)) {
            // "according to the WIPO" (yicaiglobal 2023), "According to the World Intellectual Property Organization".
            from = at + 4;
            m = speakers.startingAt(from);
        }
        if (m != null) {
            int end = speakers.endOf(from);
            // "according to WIPO's Global Innovation Index": the index speaks, not WIPO (CONVENTIONS rule 6).
            if (view.startsWith("'s", end) || view.startsWith("’s", end)) {
                return null;
            }
            return new Found(SpeakerIndex.speakerOf(m), at, end);
        }
        for (String pronoun : lexicon.englishPronouns) {
            int end = at + pronoun.length();
            if (end <= limit && view.regionMatches(true, at, pronoun, 0, pronoun.length())
                    && (end == view.length() || !Character.isLetter(view.charAt(end)))) {
                return new Found(Speaker.PRONOUN, at, end);
            }
        }
        return null;
    }

    /**
     * A speaker ending just before {@code verbStart}, with only adverbs (also, later) between, or an apposition
     * (Zhang Zhicheng, deputy director of the China National Intellectual Property Administration, said).
     */
    private Found speakerEndingBefore(String view, SpeakerIndex speakers, int verbStart, int limit) {
        int window = Math.max(limit, verbStart - NEAR_VERB);
        Matcher adverbs = lexicon.englishBetween.matcher(view.substring(window, verbStart));
        int e = adverbs.find() ? window + adverbs.start() : verbStart;
        Mention m = speakers.endingAt(e);
        if (m != null) {
            return new Found(SpeakerIndex.speakerOf(m), speakers.startOf(e), e);
        }
        if (e > limit && view.charAt(e - 1) == ',') {
            int comma = view.lastIndexOf(',', e - 2);
            if (comma > limit && e - comma <= MAX_APPOSITION) {
                Mention named = speakers.endingAt(comma);
                if (named != null) {
                    return new Found(SpeakerIndex.speakerOf(named), speakers.startOf(comma), e);
                }
            }
        }
        Found office = office(view, speakers, limit, e);
        if (office != null) {
            return office;
        }
        Found coordinated = subjectOfCoordinatedVerb(view, speakers, limit, e);
        if (coordinated != null) {
            return coordinated;
        }
        for (String pronoun : lexicon.englishPronouns) {
            int start = e - pronoun.length();
            if (start >= limit && view.regionMatches(true, start, pronoun, 0, pronoun.length())
                    && (start == 0 || !Character.isLetter(view.charAt(start - 1)))) {
                return new Found(Speaker.PRONOUN, start, e);
            }
        }
        // "In a statement, it also said …", "The ministry said …", "The statement also noted that …" (The Star
        // 2024, FMT 2024): the office that spoke last, if one did.
        for (String anaphor : lexicon.englishOfficeAnaphors) {
            int start = e - anaphor.length();
            if (start >= limit && view.regionMatches(true, start, anaphor, 0, anaphor.length())
                    && (start == 0 || !Character.isLetter(view.charAt(start - 1)))) {
                return new Found(Speaker.OFFICE_ANAPHOR, start, e);
            }
        }
        return null;
    }

    /**
     * "Sun Dong spoke to reporters after the launch and said …": the sentence's subject, when the verb is the
     * second of two joined by "and" and nothing but words stands between.
     */
    private static Found subjectOfCoordinatedVerb(String view, SpeakerIndex speakers, int sentenceStart, int verbStart) {
        String before = view.substring(sentenceStart, verbStart);
        if (!before.matches("(?s).*\\sand\\s*$")) {
            return null;
        }
        for (int i = sentenceStart; i < Math.min(verbStart, sentenceStart + MAX_SUBJECT_LEAD); i++) {
            Mention m = speakers.startingAt(i);
            if (m != null && m.isPerson()) {
                int end = speakers.endOf(i);
                String between = view.substring(end, verbStart);
                if (between.length() <= MAX_APPOSITION && !between.matches("(?s).*[,;:\"“”].*")) {
                    return new Found(SpeakerIndex.speakerOf(m), i, end);
                }
                return null;
            }
        }
        return null;
    }

    /**
     * An office speaking: "a spokesperson for China's Hong Kong Special Administrative Region (HKSAR) government"
     * becomes that government's spokesperson, named by the organisation's id where the extractor knows it; "the
     * spokesperson" alone is left for the caller to tie to the last office that spoke.
     */
    private Found office(String view, SpeakerIndex speakers, int limit, int end) {
        int window = Math.max(limit, end - MAX_APPOSITION - 40);
        Matcher m = OFFICE.matcher(view.substring(window, end));
        if (!m.find()) {
            return null;
        }
        int start = window + m.start();
        String post = CaseFilter.lower(m.group(1));
        if (m.group(2) == null) {
            return new Found(Speaker.OFFICE_ANAPHOR, start, end);
        }
        int orgStart = window + m.start(2);
        int orgEnd = window + m.end(2);
        String owner = null;
        for (int i = orgStart; i < orgEnd && owner == null; i++) {
            Mention org = speakers.startingAt(i);
            if (org != null && org.isOrganisation()) {
                owner = org.id();
            }
        }
        if (owner == null) {
            owner = view.substring(orgStart, orgEnd).replaceAll("^(?i:the)\\s+", "").replaceAll("\\s*\\([^)]*\\)", "")
                    .replaceAll("^[A-Z][\\w-]*'s\\s+", "").strip();
        }
        return new Found(Speaker.office(owner + " " + post), start, end);
    }

    private static boolean inside(List<?> spans, int pos) {
        for (Object o : spans) {
            if (o instanceof QuoteMarks.Span q && pos > q.open() && pos < q.close()) {
                return true;
            }
            if (o instanceof Span s && s.contains(pos)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String view, int at, List<String> lowerWords) {
        for (String w : lowerWords) {
            if (view.regionMatches(true, at, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    private static int skip(String view, int at, int limit, String chars) {
        int i = at;
        while (i < limit && chars.indexOf(view.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
