package org.newsfacts.extract.quotes;

import org.newsfacts.text.normalize.CaseFilter;

import org.newsfacts.files.LexiconFile;
import org.newsfacts.extract.mentions.MatchingForm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of reported speech, from {@code models/quotes/speech-verbs.txt} (and the office titles of
 * {@code models/mentions/titles.txt}): Chinese entries in matching form (Simplified), English ones in lower case.
 */
final class SpeechLexicon {
    final List<String> verbs;
    final List<String> shortVerbs;
    final List<String> shortVerbWords;
    /** What may stand between a speaker and the verb, as one regex: zero or more items, whole. */
    final Pattern between;
    final List<String> attitudes;
    final List<String> pronouns;
    final List<String> continuations;
    final List<String> connectives;
    final List<String> notSpeakers;
    final List<String> englishVerbs;
    final List<String> englishPronouns;
    final List<String> englishTold;
    final List<String> officeTitles;
    /** What may stand between an English speaker and the verb, as one regex anchored at the verb. */
    final Pattern englishBetween;
    final List<String> englishParticiples;
    /** "it", "the statement", "the ministry": an office that spoke before speaks again (lower case). */
    final List<String> englishOfficeAnaphors;
    /** 根據 / 據 before a speaker, and the words (解釋, 介紹) that may follow the speaker. */
    final List<String> accordingTo;
    final List<String> accordingToWords;
    /** 顯示, 指出: what a report or data does when it is cited as the source of a sentence. */
    final List<String> sourceVerbs;
    /** "Following is the speech by …": the paragraph that introduces a published speech (patterns). */
    final List<Pattern> speechIntros;
    /** Lower-case openings of the paragraph that ends a published speech ("ends/"). */
    final List<String> speechEnds;
    /** "read": a verb whose subject is the statement itself, inverted after a quotation ("…," read the statement). */
    final List<String> englishStatementVerbs;

    private SpeechLexicon(List<String> verbs, List<String> shortVerbs, List<String> shortVerbWords, Pattern between, List<String> attitudes,
                          List<String> pronouns, List<String> continuations, List<String> connectives,
                          List<String> notSpeakers,
                          List<String> englishVerbs, List<String> englishPronouns, List<String> englishTold,
                          List<String> officeTitles, Pattern englishBetween, List<String> englishParticiples,
                          List<String> englishOfficeAnaphors, List<String> accordingTo,
                          List<String> accordingToWords, List<String> sourceVerbs, List<Pattern> speechIntros,
                          List<String> speechEnds, List<String> englishStatementVerbs) {
        this.englishStatementVerbs = englishStatementVerbs;
        this.sourceVerbs = sourceVerbs;
        this.speechIntros = speechIntros;
        this.speechEnds = speechEnds;
        this.englishOfficeAnaphors = englishOfficeAnaphors;
        this.accordingTo = accordingTo;
        this.accordingToWords = accordingToWords;
        this.verbs = verbs;
        this.shortVerbs = shortVerbs;
        this.shortVerbWords = shortVerbWords;
        this.between = between;
        this.attitudes = attitudes;
        this.pronouns = pronouns;
        this.continuations = continuations;
        this.connectives = connectives;
        this.notSpeakers = notSpeakers;
        this.englishVerbs = englishVerbs;
        this.englishPronouns = englishPronouns;
        this.englishTold = englishTold;
        this.officeTitles = officeTitles;
        this.englishBetween = englishBetween;
        this.englishParticiples = englishParticiples;
    }

    static SpeechLexicon load(Path modelsDir) {
        LexiconFile speech = LexiconFile.read(modelsDir.resolve("quotes/speech-verbs.txt"));
        LexiconFile titles = LexiconFile.read(modelsDir.resolve("mentions/titles.txt"));
        List<String> items = new ArrayList<>();
        for (String item : speech.section("between")) {
            items.add(item.startsWith("re:") ? MatchingForm.of(item.substring(3)) : Pattern.quote(MatchingForm.of(item)));
        }
        items.sort((a, b) -> b.length() - a.length());
        Pattern between = Pattern.compile("(?:" + String.join("|", items) + ")*");
        return new SpeechLexicon(longestFirst(chinese(speech.section("verbs"))), chinese(speech.section("short-verbs")),
                longestFirst(chinese(speech.section("short-verb-words"))), between, longestFirst(chinese(speech.section("attitudes"))), longestFirst(chinese(speech.section("pronouns"))),
                longestFirst(chinese(speech.section("continuations"))), longestFirst(chinese(speech.section("connectives"))),
                chinese(speech.section("not-speakers")),
                longestFirst(lower(speech.section("english-verbs"))), lower(speech.section("english-pronouns")),
                longestFirst(lower(speech.section("english-told"))), longestFirst(chinese(titles.section("official"))),
                englishBetween(speech.section("english-between")), longestFirst(lower(speech.section("english-participles"))),
                longestFirst(lower(speech.section("english-office-anaphors"))),
                longestFirst(chinese(speech.section("according-to"))),
                longestFirst(chinese(speech.section("according-to-words"))),
                longestFirst(chinese(speech.section("source-verbs"))),
                speech.section("english-speech-intros").stream()
                        .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE)).toList(),
                lower(speech.section("english-speech-ends")),
                longestFirst(lower(speech.section("english-statement-verbs"))));
    }

    private static Pattern englishBetween(List<String> items) {
        List<String> quoted = new ArrayList<>();
        for (String item : longestFirst(items)) {
            // "re:" lines are patterns: a date in brackets, "(Sept 26)".
            quoted.add(item.startsWith("re:") ? item.substring(3) : Pattern.quote(item).replace(" ", "\\E\\s+\\Q"));
        }
        return Pattern.compile("(?i)(?:\\s+(?:" + String.join("|", quoted) + "))*\\s*$");
    }

    private static List<String> chinese(List<String> entries) {
        List<String> forms = new ArrayList<>();
        entries.forEach(e -> forms.add(MatchingForm.of(e)));
        return List.copyOf(forms);
    }

    private static List<String> lower(List<String> entries) {
        List<String> forms = new ArrayList<>();
        entries.forEach(e -> forms.add(CaseFilter.lower(e)));
        return List.copyOf(forms);
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        return List.copyOf(sorted);
    }

    /** The longest verb written at {@code at}, or null. */
    String verbAt(String view, int at) {
        for (String v : verbs) {
            if (view.startsWith(v, at)) {
                return v;
            }
        }
        return null;
    }

    /** One of {@code words} starts at {@code at}, or within {@code slack} characters after it (數據也顯示). */
    static boolean startsWithAny(String text, int at, List<String> words, int slack) {
        for (int i = at; i <= Math.min(text.length(), at + slack); i++) {
            if (startsWithAny(text, i, words)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithAny(String text, int at, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** The longest of {@code words} that {@code text} ends with at {@code end}, or null. */
    static String endingAt(List<String> words, String text, int end) {
        for (String w : words) {
            if (end >= w.length() && text.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }
}
