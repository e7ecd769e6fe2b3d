package org.newsfacts.extract.mentions;

import org.newsfacts.files.LexiconFile;
import org.newsfacts.lexicon.Trie;
import org.newsfacts.text.normalize.CaseFilter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code models/mentions/organisations.tsv} and {@code models/mentions/org-suffixes.txt} know about organisations: the
 * named ones with their forms and tags, how other names end, which suffix words alone are generic, and the
 * English descriptions that refer back to a named one ("the UN agency").
 */
final class OrganisationLexicon {
    record Known(String id, Set<String> tags) {
        boolean canSpeak() {
            return tags.contains("speaker");
        }
    }

    record Anaphor(String phrase, String tag) {
    }

    private final Trie<Known> named;
    private final List<String> chineseSuffixes;
    private final List<String> englishSuffixes;
    private final List<String> englishLowerHeads;
    private final Set<String> notNames;
    private final List<Anaphor> anaphors;
    private final Set<String> latinWords;
    private final java.util.Map<String, Known> byId;
    /** The last characters of the Chinese suffixes, to rule most words out at once. */
    private final String suffixEnds;

    private OrganisationLexicon(Trie<Known> named, List<String> chineseSuffixes, List<String> englishSuffixes,
                                List<String> englishLowerHeads, Set<String> notNames, List<Anaphor> anaphors,
                                Set<String> latinWords) {
        this.named = named;
        this.englishLowerHeads = englishLowerHeads;
        this.chineseSuffixes = chineseSuffixes;
        this.englishSuffixes = englishSuffixes;
        this.notNames = notNames;
        this.anaphors = anaphors;
        this.latinWords = latinWords;
        java.util.Map<String, Known> ids = new java.util.HashMap<>();
        named.values().forEach(k -> ids.putIfAbsent(k.id(), k));
        this.byId = java.util.Map.copyOf(ids);
        StringBuilder ends = new StringBuilder();
        chineseSuffixes.forEach(x -> ends.append(x.charAt(x.length() - 1)));
        this.suffixEnds = ends.toString();
    }

    /** An organisation of organisations.tsv (not one recognised by its suffix). */
    boolean isNamed(String id) {
        return byId.containsKey(id);
    }

    /** Whether the named organisation {@code id} carries {@code tag}. */
    boolean hasTag(String id, String tag) {
        Known k = byId.get(id);
        return k != null && k.tags().contains(tag);
    }

    static OrganisationLexicon load(Path modelsDir) {
        Trie<Known> named = Trie.exact();
        Set<String> latinWords = new HashSet<>();
        for (String line : LexiconFile.read(modelsDir.resolve("mentions/organisations.tsv")).lines()) {
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                continue;
            }
            Set<String> tags = new HashSet<>(List.of(cols[1].strip().split("\\s*,\\s*")));
            Known known = new Known(cols[0].strip(), Set.copyOf(tags));
            named.add(FoldedText.key(MatchingForm.of(known.id())), known);
            for (String form : cols[2].split(";")) {
                String f = form.strip();
                if (!f.isEmpty()) {
                    named.add(FoldedText.key(MatchingForm.of(f)), known);
                    for (String w : f.split("[^A-Za-z]+")) {
                        if (!w.isEmpty()) {
                            latinWords.add(w);
                        }
                    }
                }
            }
        }
        LexiconFile suffixes = LexiconFile.read(modelsDir.resolve("mentions/org-suffixes.txt"));
        List<String> chinese = new ArrayList<>();
        for (String s : suffixes.section("chinese")) {
            chinese.add(MatchingForm.of(s));
        }
        // Longest first: 有限公司 before 公司.
        chinese.sort((a, b) -> b.length() - a.length());
        Set<String> notNames = new HashSet<>();
        for (String s : suffixes.section("not-names")) {
            notNames.add(MatchingForm.of(s));
        }
        List<Anaphor> anaphors = new ArrayList<>();
        for (String line : suffixes.section("anaphors")) {
            String[] cols = line.split("\t");
            if (cols.length == 2) {
                anaphors.add(new Anaphor(CaseFilter.lower(cols[0].strip()), cols[1].strip()));
            }
        }
        anaphors.sort((a, b) -> b.phrase().length() - a.phrase().length());
        return new OrganisationLexicon(named.freeze(), List.copyOf(chinese), List.copyOf(suffixes.section("english")),
                List.copyOf(suffixes.section("english-lower")), Set.copyOf(notNames), List.copyOf(anaphors), Set.copyOf(latinWords));
    }

    Trie<Known> named() {
        return named;
    }

    /** The Chinese suffix a word ends with (longest), or null. */
    String chineseSuffixOf(String word) {
        if (word.isEmpty() || suffixEnds.indexOf(word.charAt(word.length() - 1)) < 0) {
            return null;
        }
        for (String s : chineseSuffixes) {
            if (word.endsWith(s)) {
                return s;
            }
        }
        return null;
    }

    boolean isChineseSuffix(String word) {
        return chineseSuffixes.contains(word);
    }

    List<String> englishSuffixes() {
        return englishSuffixes;
    }

    /** Heads of government bodies that house styles write in lower case ("the foreign ministry"). */
    List<String> englishLowerHeads() {
        return englishLowerHeads;
    }

    boolean isGeneric(String viewWord) {
        return notNames.contains(viewWord);
    }

    List<Anaphor> anaphors() {
        return anaphors;
    }

    /** Latin words of the named organisations' forms (World, Intellectual, Cyberport …): not parts of people's names. */
    Set<String> latinWords() {
        return latinWords;
    }
}
