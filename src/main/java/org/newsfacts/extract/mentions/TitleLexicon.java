package org.newsfacts.extract.mentions;

import org.newsfacts.files.LexiconFile;
import org.newsfacts.lexicon.Trie;
import org.newsfacts.text.normalize.CaseFilter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Titles, roles and labels written beside people's names ({@code models/mentions/titles.txt}), and the words that
 * often follow a name. Chinese entries are kept in matching form, English ones in lower case.
 */
final class TitleLexicon {
    enum Kind {
        /** An office, post or profession (副局長, Director General). */
        OFFICIAL,
        /** Who made the article (記者, 責任編輯, reporter): such a person is not a speaker in it. */
        BYLINE
    }

    private final Trie<Kind> chinese;
    private final List<String> labels;
    private final List<String> credits;
    private final List<String> afterName;
    private final Map<String, Kind> english;
    private final List<String> honorifics;

    private TitleLexicon(Trie<Kind> chinese, List<String> labels, List<String> credits, List<String> afterName,
                         Map<String, Kind> english, List<String> honorifics) {
        this.chinese = chinese;
        this.labels = labels;
        this.credits = credits;
        this.afterName = afterName;
        this.english = english;
        this.honorifics = honorifics;
    }

    static TitleLexicon load(Path file) {
        LexiconFile data = LexiconFile.read(file);
        Trie<Kind> chinese = Trie.exact();
        data.section("official").forEach(t -> chinese.add(MatchingForm.of(t), Kind.OFFICIAL));
        data.section("byline").forEach(t -> chinese.add(MatchingForm.of(t), Kind.BYLINE));
        Map<String, Kind> english = new LinkedHashMap<>();
        data.section("english").forEach(t -> english.put(CaseFilter.lower(t), Kind.OFFICIAL));
        data.section("english-byline").forEach(t -> english.put(CaseFilter.lower(t), Kind.BYLINE));
        return new TitleLexicon(chinese.freeze(), forms(data.section("label")), forms(data.section("credit")),
                forms(data.section("after-name")), Map.copyOf(english), List.copyOf(data.section("honorific")));
    }

    private static List<String> forms(List<String> entries) {
        List<String> forms = new ArrayList<>();
        entries.forEach(e -> forms.add(MatchingForm.of(e)));
        forms.sort((a, b) -> b.length() - a.length());
        return List.copyOf(forms);
    }

    /** Chinese titles in matching form; a title's kind is its value. */
    Trie<Kind> chinese() {
        return chinese;
    }

    /** English titles in lower case, with their kinds. */
    Map<String, Kind> englishEntries() {
        return english;
    }

    List<String> labels() {
        return labels;
    }

    List<String> credits() {
        return credits;
    }

    List<String> afterName() {
        return afterName;
    }

    List<String> honorifics() {
        return honorifics;
    }

    /** The kind of a HanLP title word (nnt) that the lexicon may not list: a byline if the lexicon says so. */
    Kind kindOf(String viewWord) {
        Trie.Match<Kind> m = chinese.longestAt(viewWord, 0);
        return m != null && m.end() == viewWord.length() ? m.values().get(0) : Kind.OFFICIAL;
    }
}
