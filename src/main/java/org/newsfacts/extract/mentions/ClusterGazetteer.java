package org.newsfacts.extract.mentions;

import org.newsfacts.files.LexiconFile;
import org.newsfacts.lexicon.Trie;
import org.newsfacts.text.normalize.CaseFilter;
import org.newsfacts.text.normalize.DashFilter;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The innovation clusters of {@code models/mentions/clusters.tsv} and the forms that name them, matched on an article's
 * matching view (folded further by {@link FoldedText}, so any dash and either script match). Which matches are
 * the cluster is for {@link ClusterRecognizer} to decide: a form is sure, bare, loose or ambiguous.
 */
final class ClusterGazetteer {
    /** How far a form alone can be trusted to name its cluster. */
    enum Kind {
        /** Names the cluster wherever it stands (深圳─香港─廣州, 深港穗). */
        SURE,
        /** A place's own name (北京, 矽谷): the cluster only where the text speaks of the ranking. */
        BARE,
        /**
         * An economy's name that is also its one cluster (新加坡): the cluster only when a rank stands beside it or
         * it is listed with a cluster named by a sure form, since ranking words near it usually rank the economy.
         */
        ECONOMY,
        /** A wider area (粵港澳大灣區): the cluster only when the next words say cluster. */
        LOOSE,
        /** A bare form of two clusters (劍橋): a country word nearby decides. */
        AMBIGUOUS
    }

    record Form(String clusterId, String written, Kind kind, boolean exactCase) {
    }

    /** The places a several-city cluster is named after, each in the forms a text may write it (Shenzhen, 深圳). */
    record CityList(String clusterId, List<List<String>> places) {
    }

    private static final Pattern MARK = Pattern.compile("\\[([^\\]]*)]");
    private static final Pattern STATE_SUFFIX = Pattern.compile(",\\s*[A-Z]{2}(?=\\s*[–—-]|\\s*$)");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("^(de|ja|ko|fr|en|es|it)$");

    private static final Pattern PLACE_DASH = Pattern.compile("\\s*[" + DashFilter.DASHES.replace("-", "\\-") + "]+\\s*");

    private static final Pattern GIVEN_NAME = Pattern.compile("\\[\\s*given name:\\s*([^\\]]*)]", Pattern.CASE_INSENSITIVE);

    private final Trie<Form> forms;
    private final List<CityList> cityLists;
    private final Set<String> givenNames;

    private ClusterGazetteer(Trie<Form> forms, List<CityList> cityLists, Set<String> givenNames) {
        this.forms = forms;
        this.cityLists = cityLists;
        this.givenNames = givenNames;
    }

    static ClusterGazetteer load(Path file) {
        Trie<Form> trie = Trie.exact();
        List<CityList> cityLists = new java.util.ArrayList<>();
        Set<String> givenNames = new HashSet<>();
        for (String line : LexiconFile.read(file).lines()) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 3 || cols[0].equals("cluster_en")) {
                continue;
            }
            String id = clusterId(cols[0]);
            boolean oneCity = !id.contains("–") && !id.contains("-");
            Map<String, Kind> written = new LinkedHashMap<>();
            for (String plain : List.of(cols[0], id, cols[1], cols[2])) {
                if (!plain.isBlank()) {
                    written.putIfAbsent(plain.strip(), oneCity ? Kind.BARE : Kind.SURE);
                }
            }
            if (cols.length > 3) {
                for (String alias : splitAliases(cols[3])) {
                    addAlias(alias.strip(), oneCity, written);
                    Matcher given = GIVEN_NAME.matcher(alias);
                    while (given.find()) {
                        for (String word : given.group(1).split("[,\\s]+")) {
                            if (!word.isBlank()) {
                                givenNames.add(word.strip());
                            }
                        }
                    }
                }
            }
            written.forEach((form, kind) -> {
                String key = FoldedText.key(MatchingForm.of(form));
                if (!key.isBlank()) {
                    trie.add(key, new Form(id, form, kind, isAcronym(form)));
                }
            });
            if (!oneCity) {
                cityLists.add(cityList(id, List.of(id, cols[1], cols[2])));
            }
        }
        return new ClusterGazetteer(trie.freeze(), List.copyOf(cityLists), Set.copyOf(givenNames));
    }

    /** Each place of a several-city name, in every column that splits into as many places as the English id. */
    private static CityList cityList(String id, List<String> names) {
        String[] english = PLACE_DASH.split(id);
        List<java.util.Set<String>> places = new java.util.ArrayList<>();
        for (String place : english) {
            places.add(new java.util.LinkedHashSet<>(List.of(MatchingForm.of(place.strip()))));
        }
        for (String name : names.subList(1, names.size())) {
            String[] parts = PLACE_DASH.split(name.strip());
            if (parts.length == english.length) {
                for (int k = 0; k < parts.length; k++) {
                    if (!parts[k].isBlank()) {
                        places.get(k).add(MatchingForm.of(parts[k].strip()));
                    }
                }
            }
        }
        List<List<String>> frozen = new java.util.ArrayList<>();
        places.forEach(p -> frozen.add(List.copyOf(p)));
        return new CityList(id, List.copyOf(frozen));
    }

    List<CityList> cityLists() {
        return cityLists;
    }

    /** Aliases are ;-separated, but a note in brackets may hold a ; of its own ("[mainland; also Santiago]"). */
    static List<String> splitAliases(String column) {
        List<String> aliases = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < column.length(); i++) {
            char c = column.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            }
            if (c == ';' && depth == 0) {
                aliases.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        aliases.add(current.toString());
        return aliases;
    }

    /** WIPO's English name without the US state its tables add: "San Jose–San Francisco, CA" → "San Jose–San Francisco". */
    static String clusterId(String clusterEn) {
        return STATE_SUFFIX.matcher(clusterEn.strip()).replaceAll("").strip();
    }

    private static void addAlias(String alias, boolean oneCity, Map<String, Kind> written) {
        if (alias.isEmpty()) {
            return;
        }
        Kind kind = oneCity ? Kind.BARE : Kind.SURE;
        Matcher m = MARK.matcher(alias);
        String form = alias;
        int firstMark = -1;
        while (m.find()) {
            if (firstMark < 0) {
                firstMark = m.start();
            }
            String mark = CaseFilter.lower(m.group(1).strip());
            if (mark.startsWith("skip")) {
                return;
            } else if (mark.startsWith("loose")) {
                kind = Kind.LOOSE;
            } else if (mark.startsWith("ambiguous")) {
                kind = Kind.AMBIGUOUS;
            } else if (mark.startsWith("bare") && kind == Kind.SURE) {
                kind = Kind.BARE;
            } else if (mark.startsWith("economy") && kind.ordinal() < Kind.ECONOMY.ordinal()) {
                kind = Kind.ECONOMY;
            } else if (LANGUAGE_TAG.matcher(mark).matches()) {
                // Another language's form of the same name: matched like any other.
                continue;
            }
        }
        if (firstMark >= 0) {
            form = alias.substring(0, firstMark).strip();
        }
        if (!form.isEmpty()) {
            // The more cautious reading wins: a form marked loose or ambiguous anywhere is never taken as sure.
            written.merge(form, kind, (old, now) -> now.ordinal() > old.ordinal() ? now : old);
        }
    }

    /** WIPO-style acronyms (LA, SZ–HK–GZ) match only in capitals: "la" is a word of other languages. */
    private static boolean isAcronym(String form) {
        int letters = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLetter(c)) {
                if (!(c >= 'A' && c <= 'Z')) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0;
    }

    Trie<Form> forms() {
        return forms;
    }

    /**
     * Latin words of every cluster form (Hong, Kong, Tokyo …): places, not parts of people's names. A word a form
     * marks [given name: …] (Ann of Ann Arbor) is left out, since people bear it too ("Ann Sarnoff said"); the form
     * keeps another word that is never a name (Arbor), so the whole place name still cannot be read as a person.
     */
    Set<String> latinWords() {
        Set<String> words = new HashSet<>();
        for (Form f : forms.values()) {
            for (String w : f.written().split("[^A-Za-z]+")) {
                if (!w.isEmpty() && !givenNames.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
