package org.newsfacts.extract.mentions;

import org.newsfacts.text.normalize.CaseFilter;
import org.newsfacts.text.normalize.FilterChain;
import org.newsfacts.text.normalize.SpaceFilter;

import org.newsfacts.text.ArticleView;
import org.newsfacts.text.Lang;
import org.newsfacts.text.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named in English text, without a statistical model: a run of capitalised words is a person's name
 * when a title stands before it (WIPO Director General Daren Tang; Secretary for Innovation, Technology and
 * Industry Sun Dong), a form of address (Mr Tang), a title in apposition after it (Daren Tang, WIPO's director
 * general,), or a reporting verb next to it (Daren Tang said; said Daren Tang; according to Daren Tang).
 * Once introduced, the surname alone (Tang said, Mr Tang) refers to the same person.
 */
final class EnglishPersonRecognizer {
    /** One word of a name: Daren, Mo-po, O'Neil, or an initial. */
    private static final String NAME_WORD = "(?:[A-Z][a-z]+(?:[-'][A-Za-z]?[a-z]+)*|[A-Z]\\.|[A-Z]{2,}(?![a-z']))";
    private static final Pattern NAME_RUN = Pattern.compile(NAME_WORD + "(?: " + NAME_WORD + ")*");

    private static final Pattern OWNER = Pattern.compile("(?:[A-Z][\\w&-]*(?:'s)?\\s+){1,3}$");

    private final Set<String> nonNames;
    private final Pattern titleBefore;
    private final Pattern titleAfter;
    private final Pattern honorificBefore;
    private final Pattern honorificTail;
    private final Pattern verbAfter;
    private final Pattern verbBefore;
    private final Map<String, TitleLexicon.Kind> titleKinds;

    EnglishPersonRecognizer(TitleLexicon titles, Set<String> nonNames, List<String> speechVerbs) {
        this.nonNames = Set.copyOf(nonNames);
        List<String> titleWords = new ArrayList<>();
        Map<String, TitleLexicon.Kind> kinds = new LinkedHashMap<>();
        String titleAlternation = englishTitles(titles, titleWords, kinds);
        this.titleKinds = Map.copyOf(kinds);
        String verbs = alternation(speechVerbs);
        // The title, then perhaps its remit (for Innovation, Technology and Industry), then the name.
        // A colon may stand between a label and the name ("Editor: Martin Kadiev", yicaiglobal 2023).
        this.titleBefore = Pattern.compile("(?i:\\b(" + titleAlternation + "))"
                + "(?:\\s+(?:for|of)\\s+(?:(?:[A-Z][\\w&'-]*|and|the|of),?\\s+){1,9}?)?\\s*:?\\s*$");
        // Honorifics between a title and the name stay out of both: "Minister Datuk Armizan Mohd Ali" (The Star 2024).
        this.honorificTail = Pattern.compile("(?:\\b(?:" + alternation(titles.honorifics()) + ")\\s*)+$");
        // ", WIPO's chief economist," / ", deputy director of the China National Intellectual Property Administration,"
        this.titleAfter = Pattern.compile("^,\\s+((?:(?:the|a|an|its|[A-Z][\\w&-]*'s|[A-Z][A-Za-z&-]+|[a-z][a-z-]*)\\s+){0,4}?"
                + "(?i:(" + titleAlternation + "))\\b[^,;.]{0,90})");
        this.honorificBefore = Pattern.compile("\\b(?:" + alternation(titles.honorifics()) + ")\\s*$");
        this.verbAfter = Pattern.compile("^,?\\s+(?:(?:also|then|later|further|again)\\s+)?(?:" + verbs + ")\\b");
        this.verbBefore = Pattern.compile("(?i:\\b(?:" + verbs + "|according to))\\s+$");
    }

    private static String englishTitles(TitleLexicon titles, List<String> words, Map<String, TitleLexicon.Kind> kinds) {
        titles.englishEntries().forEach((phrase, kind) -> {
            words.add(phrase);
            kinds.put(phrase, kind);
        });
        words.sort((a, b) -> b.length() - a.length());
        return alternation(words);
    }

    private static String alternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        List<String> quoted = new ArrayList<>();
        for (String w : sorted) {
            quoted.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        }
        return String.join("|", quoted);
    }

    List<ChinesePersonRecognizer.Found> recognise(ArticleView article, List<Span> blocked) {
        String view = article.view();
        List<ChinesePersonRecognizer.Found> found = new ArrayList<>();
        Map<String, ChinesePersonRecognizer.Found> introduced = new LinkedHashMap<>();
        for (Span p : article.paragraphs()) {
            if (article.langOf(p) != Lang.EN) {
                continue;
            }
            Matcher run = NAME_RUN.matcher(view);
            run.region(p.start(), p.end());
            while (run.find()) {
                ChinesePersonRecognizer.Found f = introduction(view, p, run.start(), run.end(), blocked);
                if (f != null) {
                    found.add(f);
                    introduced.putIfAbsent(view.substring(f.start(), f.end()), f);
                }
            }
        }
        found.addAll(references(article, introduced, found, blocked));
        return withFullNames(view, found);
    }

    /**
     * A name introduced in full and later by its first words only is one person: "MIMOS … Saat Shukri Embong" then
     * "Saat Shukri said" (The Sun 2025), as Malay and Arabic names drop the last part. The shorter find takes the
     * full name as its id.
     */
    private static List<ChinesePersonRecognizer.Found> withFullNames(String view, List<ChinesePersonRecognizer.Found> found) {
        List<String> names = new ArrayList<>();
        for (ChinesePersonRecognizer.Found f : found) {
            names.add(f.name() != null ? f.name() : view.substring(f.start(), f.end()));
        }
        List<ChinesePersonRecognizer.Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            ChinesePersonRecognizer.Found f = found.get(i);
            String name = names.get(i);
            String full = null;
            if (name.contains(" ")) {
                for (String other : names) {
                    if (other.startsWith(name + " ") && (full == null || other.length() > full.length())) {
                        full = other;
                    }
                }
            }
            out.add(full == null ? f : new ChinesePersonRecognizer.Found(f.start(), f.end(), f.titleStart(), f.titleEnd(),
                    f.byline(), f.evidence(), full));
        }
        return out;
    }

    /** A person introduced by the run of capitalised words [start, end), or null. */
    private ChinesePersonRecognizer.Found introduction(String view, Span p, int runStart, int runEnd,
                                                       List<Span> blocked) {
        List<Span> words = words(view, runStart, runEnd);
        // The name is at the run's end; earlier words may be a title or an organisation (WIPO Director General).
        int last = words.size() - 1;
        // Capitals join runs only for a surname such as TENG: an acronym ending a run ("… Daren Tang WIPO") is cut off.
        while (last > 0 && isAllCaps(view, words.get(last)) && !isCapitalSurname(view, words, last)) {
            last--;
        }
        int firstOfName = last;
        while (firstOfName > 0 && last - firstOfName < 3 && isNameWord(view, words.get(firstOfName - 1))) {
            firstOfName--;
        }
        for (int first = Math.max(firstOfName, last - 3); first <= last; first++) {
            int start = words.get(first).start();
            int end = words.get(last).end();
            int count = last - first + 1;
            if (!allNameWords(view, words, first, last) || overlapsBlocked(blocked, start, end)) {
                continue;
            }
            String before = view.substring(Math.max(p.start(), start - 160), start);
            String after = view.substring(end, Math.min(p.end(), end + 120));
            String titled = honorificTail.matcher(before).replaceFirst("");
            Matcher title = titleBefore.matcher(titled);
            if (count >= 2 && title.find()) {
                int titleStart = start - before.length() + title.start();
                int titleEnd = start - before.length() + titled.length();
                return new ChinesePersonRecognizer.Found(start, end, extendOverOwner(view, titleStart, p.start()), titleEnd,
                        kindOf(title.group(1)) == TitleLexicon.Kind.BYLINE, "english title");
            }
            if (honorificBefore.matcher(before).find()) {
                return new ChinesePersonRecognizer.Found(start, end, -1, -1, false, "english honorific");
            }
            if (count >= 2 && count <= 4) {
                Matcher apposition = titleAfter.matcher(after);
                if (apposition.find()) {
                    return new ChinesePersonRecognizer.Found(start, end, end + apposition.start(1), end + apposition.end(1),
                            kindOf(apposition.group(2)) == TitleLexicon.Kind.BYLINE, "english apposition");
                }
                if (verbAfter.matcher(after).find() || verbBefore.matcher(before).find()) {
                    return new ChinesePersonRecognizer.Found(start, end, -1, -1, false, "english verb");
                }
            }
        }
        return null;
    }

    /** "WIPO Director General": the organisation written before a title belongs to the title. */
    private static int extendOverOwner(String view, int titleStart, int limit) {
        int i = titleStart;
        Matcher owner = OWNER.matcher(view.substring(Math.max(limit, i - 40), i));
        if (owner.find()) {
            i = i - (owner.end() - owner.start());
        }
        return i;
    }

    /** A title as the lexicon keys it: the chain's case folding, spaces collapsed. */
    private static final FilterChain TITLE_KEY = FilterChain.of(new CaseFilter(), SpaceFilter.collapse());

    private TitleLexicon.Kind kindOf(String title) {
        String key = TITLE_KEY.apply(title);
        return titleKinds.getOrDefault(key, TitleLexicon.Kind.OFFICIAL);
    }

    /** Surnames alone (Tang said, Mr Tang) and repeats of full names, for people introduced above. */
    private List<ChinesePersonRecognizer.Found> references(ArticleView article,
                                                           Map<String, ChinesePersonRecognizer.Found> introduced,
                                                           List<ChinesePersonRecognizer.Found> found,
                                                           List<Span> blocked) {
        String view = article.view();
        List<ChinesePersonRecognizer.Found> refs = new ArrayList<>();
        Map<String, String> partToName = new LinkedHashMap<>();
        Set<String> sharedParts = new HashSet<>();
        for (String name : introduced.keySet()) {
            for (String part : name.split(" ")) {
                if (part.length() > 1 && !part.endsWith(".")) {
                    String old = partToName.putIfAbsent(part, name);
                    if (old != null && !old.equals(name)) {
                        sharedParts.add(part);
                    }
                }
            }
        }
        for (Span p : article.paragraphs()) {
            if (article.langOf(p) != Lang.EN) {
                continue;
            }
            Matcher run = NAME_RUN.matcher(view);
            run.region(p.start(), p.end());
            while (run.find()) {
                for (Span w : words(view, run.start(), run.end())) {
                    int start = w.start();
                    String rest = view.substring(start, run.end());
                    for (String name : introduced.keySet()) {
                        if (rest.startsWith(name) && free(found, refs, start, start + name.length())) {
                            refs.add(new ChinesePersonRecognizer.Found(start, start + name.length(), -1, -1,
                                    introduced.get(name).byline(), "repeat", name));
                        }
                    }
                }
                // A lone surname speaks or is addressed: Tang said, said Tang, Mr Tang.
                String word = view.substring(run.start(), run.end());
                String name = partToName.get(word);
                if (name == null || sharedParts.contains(word) || !free(found, refs, run.start(), run.end())
                        || overlapsBlocked(blocked, run.start(), run.end())) {
                    continue;
                }
                String before = view.substring(Math.max(p.start(), run.start() - 40), run.start());
                String after = view.substring(run.end(), Math.min(p.end(), run.end() + 40));
                if (honorificBefore.matcher(before).find() || verbAfter.matcher(after).find()
                        || verbBefore.matcher(before).find()) {
                    refs.add(new ChinesePersonRecognizer.Found(run.start(), run.end(), -1, -1,
                            introduced.get(name).byline(), "surname", name));
                }
            }
        }
        return refs;
    }

    private static boolean free(List<ChinesePersonRecognizer.Found> a, List<ChinesePersonRecognizer.Found> b,
                                int start, int end) {
        for (List<ChinesePersonRecognizer.Found> list : List.of(a, b)) {
            for (ChinesePersonRecognizer.Found f : list) {
                if (f.start() < end && start < f.end()) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean allNameWords(String view, List<Span> words, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!isNameWord(view, words.get(i)) && !(i == last && i > first && isCapitalSurname(view, words, i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A surname in capitals after a hyphenated given name, as Hong Kong and Taiwan write Chinese names in
     * English: "Prof. Jin-Guang TENG" (PolyU 2025), "Kam-fai WONG". An acronym (WIPO, GII) never follows such a
     * given name.
     */
    private boolean isCapitalSurname(String view, List<Span> words, int i) {
        String w = words.get(i).coveredText(view);
        String given = words.get(i - 1).coveredText(view);
        return w.length() >= 2 && w.length() <= 8 && w.equals(w.toUpperCase(Locale.ROOT)) && !nonNames.contains(w)
                && given.contains("-") && isNameWord(view, words.get(i - 1));
    }

    private static boolean isAllCaps(String view, Span word) {
        String w = word.coveredText(view);
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
    }

    private boolean isNameWord(String view, Span word) {
        String w = word.coveredText(view);
        return !nonNames.contains(w) && !(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)));
    }

    private static List<Span> words(String view, int start, int end) {
        List<Span> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            int j = view.indexOf(' ', i);
            if (j < 0 || j > end) {
                j = end;
            }
            words.add(new Span(i, j));
            i = j + 1;
        }
        return words;
    }

    private static boolean overlapsBlocked(List<Span> blocked, int start, int end) {
        Span span = new Span(start, end);
        return blocked.stream().anyMatch(span::overlaps);
    }
}
