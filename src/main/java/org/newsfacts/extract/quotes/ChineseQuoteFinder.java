package org.newsfacts.extract.quotes;

import org.newsfacts.text.ArticleView;
import org.newsfacts.text.Span;
import org.newsfacts.extract.mentions.MatchingForm;
import org.newsfacts.extract.mentions.Mention;
import org.newsfacts.text.Lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Statements in Chinese paragraphs:
 * <ul>
 * <li>reported speech, a speaker then a verb of speech then what was said, to the end of the sentence
 *     (張志成表示，…); the speaker may be a person, an office (特區政府發言人) or an organisation (數碼港), with
 *     adverbs and circumstances between (陳茂波在發布會致辭時表示);</li>
 * <li>direct quotation after the verb (陳細明表示︰「…」) or before the speaker (「…」他說);</li>
 * <li>pronouns and subjectless clauses (他表示, 他續指出, …，並指出) for the finder's caller to resolve;</li>
 * <li>the headline form 陳家昌：與內地珠聯璧合雙向賦能.</li>
 * </ul>
 */
final class ChineseQuoteFinder {
    /** Characters that end a clause: the subject of a verb of speech stands after the last of them. */
    private static final String CLAUSE_BREAKS = ",.;:!?。“”\"、";
    private static final String SENTENCE_END = "。;!?.";
    /** Marks that open captions and list items (▲數碼港表示): not part of any subject. */
    private static final String LEAD_MARKS = "▲▼▶◀■□●○◆◇★☆-*·• ";
    /** Farthest a speaker may stand before the verb, circumstances included. */
    private static final int MAX_GAP = 30;
    /** Longest reported statement taken; news sentences are a few hundred characters at most. */
    static final int MAX_STATEMENT = 2000;
    /** A headline is a short paragraph. */
    private static final int MAX_HEADLINE = 60;
    /** A title phrase before a headline speaker (數碼港主席陳細明：) is short and has no punctuation. */
    private static final int MAX_LEAD_TITLE = 24;

    private final SpeechLexicon lexicon;

    ChineseQuoteFinder(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Attribution> find(ArticleView article, SpeakerIndex speakers) {
        String view = article.view();
        List<Attribution> found = new ArrayList<>();
        List<Span> paragraphs = article.paragraphs();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Span p = paragraphs.get(pi);
            if (article.langOf(p) == Lang.EN || !hasHan(view, p.start(), p.end())) {
                continue;
            }
            List<QuoteMarks.Span> quotes = QuoteMarks.find(view, p.start(), p.end());
            Attribution headline = headline(view, speakers, pi, p);
            if (headline != null) {
                found.add(headline);
                continue;
            }
            List<Attribution> inParagraph = new ArrayList<>();
            for (int i = p.start(); i < p.end(); i++) {
                String verb = lexicon.verbAt(view, i);
                if (verb == null) {
                    continue;
                }
                Attribution a = reported(article, speakers, quotes, pi, p, i, verb);
                if (a != null) {
                    inParagraph.add(a);
                    i += verb.length() - 1;
                }
            }
            inParagraph.addAll(accordingTo(article, speakers, pi, p));
            inParagraph.sort((a, b) -> Integer.compare(a.at(), b.at()));
            found.addAll(endBeforeNextSpeaker(view, inParagraph));
        }
        return found;
    }

    private Attribution reported(ArticleView article, SpeakerIndex speakers, List<QuoteMarks.Span> quotes, int pi,
                                 Span p, int verbStart, String verb) {
        String view = article.view();
        int verbEnd = verbStart + verb.length();
        if (insideQuotation(quotes, verbStart)) {
            return null;
        }
        if (lexicon.shortVerbs.contains(verb) && startsWithAny(view.substring(verbStart, Math.min(p.end(), verbStart + 4)),
                lexicon.shortVerbWords)) {
            // 說服力, 稱讚, 指數: a one-character verb that begins another word is that word.
            return null;
        }
        Subject subject = subject(view, speakers, p, verbStart, verb);
        if (subject == null) {
            return null;
        }
        int k = skipColonOrComma(view, verbEnd, p.end());
        QuoteMarks.Span opening = quoteOpeningAt(quotes, k);
        if (opening != null && isTermInRunningText(view, opening, p.end())) {
            // 表示，「深圳—香港—廣州」三地皆為集群作出貢獻: a name in quotation marks opens a reported statement.
            opening = null;
        }
        boolean opensParagraph = article.sentenceIndexAt(verbStart) == article.sentenceIndexAt(leadStart(view, p));
        if (opening != null) {
            return new Attribution(pi, subject.start, subject.speaker, true, opening.contentStart(),
                    opening.contentEnd(), opensParagraph);
        }
        Span sentence = article.sentenceAt(verbStart);
        int sentenceEnd = sentence == null ? p.end() : Math.min(sentence.end(), p.end());
        // A reported statement runs to its sentence's end, but no further than MAX_STATEMENT: in text without
        // punctuation the "sentence" is the whole paragraph, and each verb in it would copy all of it.
        int end = trimEnd(view, k, Math.min(sentenceEnd, k + MAX_STATEMENT));
        String said = view.substring(k, end);
        if (said.isBlank()) {
            // 「……」他說。 The statement is the quotation just before the speaker.
            QuoteMarks.Span before = quoteClosingBefore(view, quotes, subject.start, p.start());
            return before == null ? null : new Attribution(pi, subject.start, subject.speaker, true,
                    before.contentStart(), before.contentEnd(), opensParagraph);
        }
        if (lexicon.attitudes.contains(said.strip())) {
            // 楊夢甦表示祝賀。城大將繼續…: the words after the courtesy are the statement, when the speaker opens
            // the paragraph; otherwise (…榮登全球第一位，數碼港表示歡迎及祝賀。) nothing was said.
            if (!opensParagraph || !speakerOpens(view, p, subject.start) || sentenceEnd >= p.end()) {
                return null;
            }
            int from = skipSpaces(view, sentenceEnd, p.end());
            int to = trimEnd(view, from, p.end());
            return to > from ? new Attribution(pi, subject.start, subject.speaker, false, from, to, true) : null;
        }
        return new Attribution(pi, subject.start, subject.speaker, false, k, end, opensParagraph);
    }

    /**
     * 根據世界知識產權組織官方解釋，…; 據聶德權介紹，…: a clause that opens with "according to" a speaker, then a
     * comma; the rest of the sentence is that speaker's indirect statement ([according-to] in speech-verbs.txt).
     */
    private List<Attribution> accordingTo(ArticleView article, SpeakerIndex speakers, int pi, Span p) {
        String view = article.view();
        List<Attribution> found = new ArrayList<>();
        for (String word : lexicon.accordingTo) {
            for (int at = view.indexOf(word, p.start()); at >= 0 && at < p.end(); at = view.indexOf(word, at + 1)) {
                int lead = leadStart(view, p);
                if (at > lead && CLAUSE_BREAKS.indexOf(view.charAt(at - 1)) < 0 && view.charAt(at - 1) != ' '
                        && view.charAt(at - 1) != '?') {
                    // 數據, 依據: the character is part of a word, not a clause's "according to".
                    continue;
                }
                int start = at + word.length();
                Mention m = speakers.startingAt(start);
                if (m == null || isNotSpeaker(m.id())) {
                    continue;
                }
                int k = speakers.endOf(start);
                if (view.startsWith("官方", k)) {
                    k += 2;
                }
                if (view.startsWith("的", k)) {
                    k += 1;
                }
                for (String w : lexicon.accordingToWords) {
                    if (view.startsWith(w, k)) {
                        k += w.length();
                        break;
                    }
                }
                if (k >= p.end() || view.charAt(k) != ',') {
                    continue;
                }
                int from = skipSpaces(view, k + 1, p.end());
                Span sentence = article.sentenceAt(from);
                int sentenceEnd = sentence == null ? p.end() : Math.min(sentence.end(), p.end());
                int to = trimEnd(view, from, Math.min(sentenceEnd, from + MAX_STATEMENT));
                if (countHan(view.substring(from, to)) < 4) {
                    continue;
                }
                boolean opens = article.sentenceIndexAt(at) == article.sentenceIndexAt(lead);
                found.add(new Attribution(pi, at, SpeakerIndex.speakerOf(m), false, from, to, opens));
            }
        }
        return found;
    }

    /** A short quotation with no clause of its own, which the sentence then goes on after. */
    private static boolean isTermInRunningText(String view, QuoteMarks.Span q, int limit) {
        if (!q.closed() || containsAny(view.substring(q.contentStart(), q.contentEnd()), ",。;!?:")) {
            return false;
        }
        int after = q.after();
        return after < limit && SENTENCE_END.indexOf(view.charAt(after)) < 0 && view.charAt(after) != ',';
    }

    private record Subject(Speaker speaker, int start) {
    }

    /**
     * Who speaks: the mention (or office, pronoun, nothing) that ends where the words between it and the verb
     * are only adverbs and circumstances.
     */
    private Subject subject(String view, SpeakerIndex speakers, Span p, int verbStart, String verb) {
        // Only the last MAX_GAP characters can hold the subject: the look back for a clause break stops there.
        int clauseStart = clauseStart(view, Math.max(p.start(), verbStart - MAX_GAP - 1), verbStart);
        for (int e = verbStart; e >= Math.max(clauseStart, verbStart - MAX_GAP); e--) {
            String gap = view.substring(e, verbStart);
            if (!lexicon.between.matcher(gap).matches()) {
                continue;
            }
            Mention m = speakers.endingAt(e);
            if (m != null && !isNotSpeaker(m.id())) {
                return new Subject(SpeakerIndex.speakerOf(m), speakers.startOf(e));
            }
            if (speakers.isBylineEndingAt(e)) {
                return null;
            }
            String title = SpeechLexicon.endingAt(lexicon.officeTitles, view, e);
            if (title != null) {
                Mention org = speakers.endingAt(e - title.length());
                if (org != null && org.isOrganisation()) {
                    String written = titleAsWritten(view, e - title.length(), e);
                    return new Subject(SpeakerIndex.office(org, written), speakers.startOf(e - title.length()));
                }
                // 發言人表示 / 發言人稱 opening a clause with no organisation: the office that spoke last (中新社
                // 2023, 新華社 2023: "發言人表示,《香港創科發展藍圖》…" after "香港特區政府發言人…表示").
                if (org == null && e - title.length() >= clauseStart
                        && opensClause(view, clauseStart, e - title.length())) {
                    return new Subject(Speaker.OFFICE_ANAPHOR, e - title.length());
                }
            }
            String pronoun = SpeechLexicon.endingAt(lexicon.pronouns, view, e);
            if (pronoun != null && e - pronoun.length() >= clauseStart && opensClause(view, clauseStart, e - pronoun.length())) {
                return new Subject(Speaker.PRONOUN, e - pronoun.length());
            }
            if (e == clauseStart && (startsWithAny(gap, lexicon.continuations) || startsWithAny(verb, lexicon.continuations))) {
                return new Subject(Speaker.CONTINUATION, e);
            }
            if (e == clauseStart && clauseStart > p.start() && ",".indexOf(view.charAt(clauseStart - 1)) >= 0) {
                return new Subject(Speaker.SENTENCE_SUBJECT, e);
            }
        }
        return null;
    }

    /** Nothing but a connective (其中, 而) stands between the clause's start and {@code at}. */
    private boolean opensClause(String view, int clauseStart, int at) {
        String lead = view.substring(clauseStart, at).strip();
        return lead.isEmpty() || lexicon.connectives.contains(lead) || !hasHan(view, at - 1, at);
    }

    /** The title as the view writes it; the caller converts it to Traditional for the speaker's name. */
    private static String titleAsWritten(String view, int start, int end) {
        return view.substring(start, end);
    }

    private boolean isNotSpeaker(String name) {
        return lexicon.notSpeakers.contains(MatchingForm.of(name));
    }

    /** 陳家昌：與內地珠聯璧合雙向賦能: a short line, a speaker opening it, a colon, the words. */
    private Attribution headline(String view, SpeakerIndex speakers, int pi, Span p) {
        int lead = leadStart(view, p);
        int colon = view.indexOf(':', lead);
        if (colon < 0 || colon >= p.end()) {
            return null;
        }
        // Transcript form in the body: 孫東：「這三個大學校長領軍的實驗室只是一個代表…」 (Now 2025), any length.
        QuoteMarks.Span transcript = null;
        int afterColon = skipSpaces(view, colon + 1, p.end());
        for (QuoteMarks.Span q : QuoteMarks.find(view, afterColon, p.end())) {
            if (q.open() == afterColon) {
                transcript = q;
            }
            break;
        }
        if (p.length() > MAX_HEADLINE && transcript == null) {
            return null;
        }
        int speakerEnd = colon;
        while (speakerEnd > lead && view.charAt(speakerEnd - 1) == ' ') {
            speakerEnd--;
        }
        Speaker speaker = null;
        int speakerStart = -1;
        Mention m = speakers.endingAt(speakerEnd);
        if (m != null) {
            speaker = SpeakerIndex.speakerOf(m);
            speakerStart = speakers.startOf(speakerEnd);
        } else {
            String title = SpeechLexicon.endingAt(lexicon.officeTitles, view, speakerEnd);
            Mention org = title == null ? null : speakers.endingAt(speakerEnd - title.length());
            if (org != null && org.isOrganisation()) {
                speaker = SpeakerIndex.office(org, view.substring(speakerEnd - title.length(), speakerEnd));
                speakerStart = speakers.startOf(speakerEnd - title.length());
            }
        }
        if (speaker == null || !speakerOpens(view, p, speakerStart)) {
            return null;
        }
        if (transcript != null) {
            return new Attribution(pi, speakerStart, speaker, true, transcript.contentStart(), transcript.contentEnd(), true);
        }
        int from = skipSpaces(view, colon + 1, p.end());
        int to = trimEnd(view, from, p.end());
        String said = view.substring(from, to);
        if (countHan(said) < 4 || containsAny(said, "。!?")) {
            return null;
        }
        return new Attribution(pi, speakerStart, speaker, true, from, to, true);
    }

    /** The speaker stands in the paragraph's first clause, after nothing but a title (數碼港主席陳細明). */
    private static boolean speakerOpens(String view, Span p, int speakerStart) {
        int lead = leadStart(view, p);
        if (speakerStart < lead) {
            return false;
        }
        String before = view.substring(lead, speakerStart);
        if (before.length() > MAX_LEAD_TITLE) {
            return false;
        }
        for (int i = 0; i < before.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(before.charAt(i)) >= 0 || before.charAt(i) == ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * A statement ends where the next speaker's clause begins when both stand in one sentence
     * (甲表示，……，乙則認為……).
     */
    private static List<Attribution> endBeforeNextSpeaker(String view, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found.size());
        Attribution previous = null;
        for (int i = 0; i < found.size(); i++) {
            Attribution a = found.get(i);
            boolean subjectless = a.speaker().kind() == Speaker.Kind.SENTENCE_SUBJECT
                    || a.speaker().kind() == Speaker.Kind.CONTINUATION;
            if (subjectless && previous != null && a.at() > previous.textStart() && a.at() < previous.textEnd()) {
                // 孫東表示，…，相信…: a subjectless clause inside a statement goes on with the same speaker.
                continue;
            }
            if (!a.direct() && i + 1 < found.size()) {
                Attribution next = found.get(i + 1);
                boolean nextSubjectless = next.speaker().kind() == Speaker.Kind.SENTENCE_SUBJECT
                        || next.speaker().kind() == Speaker.Kind.CONTINUATION;
                if (!nextSubjectless && next.at() > a.textStart() && next.at() < a.textEnd()) {
                    int end = trimEnd(view, a.textStart(), next.at());
                    while (end > a.textStart() && ",，".indexOf(view.charAt(end - 1)) >= 0) {
                        end--;
                    }
                    a = new Attribution(a.paragraph(), a.at(), a.speaker(), false, a.textStart(), end, a.opensParagraph());
                }
            }
            if (a.textEnd() > a.textStart()) {
                out.add(a);
                previous = a;
            }
        }
        return out;
    }

    // --- small helpers ---------------------------------------------------------------------------------

    static int leadStart(String view, Span p) {
        int i = p.start();
        while (i < p.end() && LEAD_MARKS.indexOf(view.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int clauseStart(String view, int paragraphStart, int before) {
        for (int i = before - 1; i >= paragraphStart; i--) {
            if (CLAUSE_BREAKS.indexOf(view.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return paragraphStart;
    }

    private static boolean insideQuotation(List<QuoteMarks.Span> quotes, int pos) {
        for (QuoteMarks.Span q : quotes) {
            if (pos > q.open() && pos < q.close()) {
                return true;
            }
        }
        return false;
    }

    private static QuoteMarks.Span quoteOpeningAt(List<QuoteMarks.Span> quotes, int pos) {
        for (QuoteMarks.Span q : quotes) {
            if (q.open() == pos) {
                return q;
            }
        }
        return null;
    }

    /**
     * The quotation that closes just before {@code pos}, with only a comma or spaces between, or the speaker's
     * title: “科技集群是…。”世界知識産權組織總幹事鄧鴻森說 (深圳新聞網 2024); “…,”WIPO总干事弗朗西斯·高锐表示
     * (新华社 2017, 51haodu copy).
     */
    private static QuoteMarks.Span quoteClosingBefore(String view, List<QuoteMarks.Span> quotes, int pos, int limit) {
        int i = pos;
        while (i > limit && pos - i < MAX_LEAD_TITLE && CLAUSE_BREAKS.indexOf(view.charAt(i - 1)) < 0
                && view.charAt(i - 1) != ' ') {
            i--;
        }
        if (i == limit || view.charAt(i - 1) != '”') {
            i = pos;
        }
        while (i > limit && (view.charAt(i - 1) == ' ' || view.charAt(i - 1) == ',')) {
            i--;
        }
        for (QuoteMarks.Span q : quotes) {
            if (q.closed() && q.close() == i - 1) {
                return q;
            }
        }
        return null;
    }

    private static int skipColonOrComma(String view, int at, int limit) {
        int i = skipSpaces(view, at, limit);
        if (i < limit && ":,".indexOf(view.charAt(i)) >= 0) {
            i = skipSpaces(view, i + 1, limit);
        }
        return i;
    }

    private static int skipSpaces(String view, int at, int limit) {
        int i = at;
        while (i < limit && Character.isWhitespace(view.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End of a statement: without trailing spaces and the sentence's final punctuation. */
    static int trimEnd(String view, int start, int end) {
        int e = end;
        while (e > start && (Character.isWhitespace(view.charAt(e - 1)) || SENTENCE_END.indexOf(view.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }

    private static boolean startsWithAny(String text, List<String> prefixes) {
        for (String p : prefixes) {
            if (text.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean hasHan(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static int countHan(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }
}
