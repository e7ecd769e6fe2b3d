package org.newsfacts.extract.mentions;

import org.newsfacts.lexicon.Trie;
import org.newsfacts.text.ArticleView;
import org.newsfacts.text.Span;
import org.newsfacts.text.normalize.LetterDigitFilter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Innovation clusters named in an article. A sure form (深圳─香港─廣州, Tokyo–Yokohama) is taken wherever it
 * stands; a city's own name only where the text speaks of the ranking ({@link RankingContext}) or lists it with
 * a cluster named by a sure form in the same sentence; a loose name
 * (粵港澳大灣區) only when followed by the word cluster; an ambiguous one (劍橋) only when a country word
 * nearby decides between its clusters.
 */
final class ClusterRecognizer {
    /** An exact-case form is compared by its letters and digits: the spaces and dash a text writes between its cities vary. */
    private static final LetterDigitFilter WORDS_ONLY = new LetterDigitFilter();

    /** Lines of a table or list are this short; their context is the run of short lines they stand in. */
    private static final int SHORT_LINE = 30;
    private static final int TABLE_LOOKBACK = 60;

    private final ClusterGazetteer gazetteer;
    private final RankingContext context;
    private final List<java.util.regex.Pattern> cityListPatterns;
    /** Each city list's places, each as its written forms in ASCII lower case (see {@link #mayMatch}). */
    private final List<List<List<String>>> cityListForms;

    ClusterRecognizer(ClusterGazetteer gazetteer, RankingContext context) {
        this.gazetteer = gazetteer;
        this.context = context;
        this.cityListPatterns = cityListPatterns(gazetteer);
        List<List<List<String>>> forms = new ArrayList<>();
        for (ClusterGazetteer.CityList list : gazetteer.cityLists()) {
            List<List<String>> places = new ArrayList<>();
            for (List<String> place : list.places()) {
                places.add(place.stream().map(ClusterRecognizer::asciiLower).toList());
            }
            forms.add(List.copyOf(places));
        }
        this.cityListForms = List.copyOf(forms);
    }

    /**
     * @param tokens HanLP's words, to tell 寧德 from 寧德時代 (a name inside a longer word is not the place)
     * @param orgs   organisations already found, in view offsets: a city inside one (北京大學) is not a cluster
     */
    List<Mention> recognise(ArticleView article, List<Token> tokens, List<Span> orgs) {
        String view = article.view();
        FoldedText folded = FoldedText.of(view);
        String text = folded.text();
        List<Trie.Match<ClusterGazetteer.Form>> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Trie.Match<ClusterGazetteer.Form> match = longestValidAt(folded, view, i);
            if (match == null) {
                i++;
                continue;
            }
            i = match.end();
            matches.add(new Trie.Match<>(folded.sourceOf(match.start()), folded.sourceEnd(match.end()), match.values()));
        }
        addCityLists(article, matches);
        // Sentences that name a cluster by a sure form list clusters: a city beside it is one too.
        Set<Integer> listingSentences = new HashSet<>();
        for (Trie.Match<ClusterGazetteer.Form> m : matches) {
            if (m.values().stream().allMatch(f -> f.kind() == ClusterGazetteer.Kind.SURE)
                    && m.values().stream().map(ClusterGazetteer.Form::clusterId).distinct().count() == 1) {
                listingSentences.add(article.sentenceIndexAt(m.start()));
            }
        }
        String[] decided = new String[matches.size()];
        Set<String> accepted = new HashSet<>();
        for (int k = 0; k < matches.size(); k++) {
            Trie.Match<ClusterGazetteer.Form> m = matches.get(k);
            boolean listed = listingSentences.contains(article.sentenceIndexAt(m.start())) && article.sentenceIndexAt(m.start()) >= 0;
            decided[k] = decide(article, tokens, orgs, m.values(), m.start(), m.end(), listed);
            if (decided[k] != null) {
                accepted.add(decided[k]);
            }
        }
        acceptListNeighbours(article, tokens, orgs, matches, decided, accepted);
        List<Mention> found = new ArrayList<>();
        for (int k = 0; k < matches.size(); k++) {
            if (decided[k] != null) {
                Trie.Match<ClusterGazetteer.Form> m = matches.get(k);
                Span original = article.toOriginal(m.start(), m.end());
                found.add(new Mention(Mention.CLUSTER, decided[k], original.coveredText(article.original()), original.start(),
                        original.end(), null, false, false));
            }
        }
        return found;
    }

    /** The one cluster all forms of a match name, or null when they name several. */
    private static String onlyCluster(Trie.Match<ClusterGazetteer.Form> match) {
        Set<String> ids = new HashSet<>();
        match.values().forEach(f -> ids.add(f.clusterId()));
        return ids.size() == 1 ? ids.iterator().next() : null;
    }

    private static final java.util.regex.Pattern JOINER_ONLY =
            java.util.regex.Pattern.compile("\\s*(?:,|、|，|\\band\\b|和|与|及)\\s*");

    /**
     * A city listed right beside places the article names as clusters elsewhere is one of them: "中国较去年增加了
     * 镇江、无锡、福州3个" (baogao 2023; 镇江 and 无锡 are clusters in the next sentence), "Zhenjiang, Wuxi and
     * Fuzhou" (yicaiglobal 2023). Only a one-city name, and only when nothing but a list word stands between.
     */
    private void acceptListNeighbours(ArticleView article, List<Token> tokens, List<Span> orgs,
                                      List<Trie.Match<ClusterGazetteer.Form>> matches, String[] decided,
                                      Set<String> accepted) {
        String view = article.view();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < matches.size(); k++) {
                Trie.Match<ClusterGazetteer.Form> m = matches.get(k);
                if (decided[k] != null || onlyCluster(m) == null
                        || m.values().stream().anyMatch(f -> f.kind() != ClusterGazetteer.Kind.BARE)
                        || insideLongerWord(tokens, m.start(), m.end()) || insideOrganisation(orgs, m.start(), m.end())) {
                    continue;
                }
                boolean besideCluster = false;
                for (int n : new int[]{k - 1, k + 1}) {
                    if (n < 0 || n >= matches.size()) {
                        continue;
                    }
                    String neighbour = decided[n] != null ? decided[n] : onlyCluster(matches.get(n));
                    if (neighbour == null || !accepted.contains(neighbour)) {
                        continue;
                    }
                    Trie.Match<ClusterGazetteer.Form> other = matches.get(n);
                    String between = n < k ? view.substring(other.end(), m.start()) : view.substring(m.end(), other.start());
                    besideCluster |= JOINER_ONLY.matcher(between).matches();
                }
                if (besideCluster) {
                    decided[k] = onlyCluster(m);
                    accepted.add(decided[k]);
                    changed = true;
                }
            }
        }
    }

    /**
     * A several-city cluster written as its places in a list rather than with dashes: "Shenzhen, Hong Kong and
     * Guangzhou" (aretenews 2023), "from Tokyo to Yokohama" (same), "香港聯同深圳、廣州" (hk01 2025). All of its
     * places must stand together, joined only by list words, in an article that speaks of the ranking; such a
     * list then counts as a sure form. Matches already found by the gazetteer win where they overlap.
     */
    private void addCityLists(ArticleView article, List<Trie.Match<ClusterGazetteer.Form>> matches) {
        String view = article.view();
        if (!context.hasCue(view)) {
            return;
        }
        String lower = asciiLower(view);
        for (int k = 0; k < cityListPatterns.size(); k++) {
            if (!mayMatch(cityListForms.get(k), lower)) {
                continue;
            }
            java.util.regex.Matcher m = cityListPatterns.get(k).matcher(view);
            String id = gazetteer.cityLists().get(k).clusterId();
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean overlaps = matches.stream().anyMatch(x -> x.start() < end && start < x.end());
                if (!overlaps) {
                    matches.add(new Trie.Match<>(start, end, List.of(new ClusterGazetteer.Form(
                            id, m.group(), ClusterGazetteer.Kind.SURE, false))));
                }
            }
        }
        matches.sort(java.util.Comparator.comparingInt(Trie.Match::start));
    }

    /**
     * Whether a city list's pattern can match the text at all: each of its matches holds every place, so every
     * place must have some form in the text. Most lists fail this at once; scanning for a case-insensitive
     * alternation of every order of the places at each position of the text was a tenth of the CPU time of the
     * mention stage. The patterns fold case in ASCII only (no UNICODE_CASE), as {@link #asciiLower} does.
     */
    private static boolean mayMatch(List<List<String>> places, String lowerText) {
        for (List<String> forms : places) {
            boolean found = false;
            for (String form : forms) {
                if (lowerText.contains(form)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The text with A-Z as a-z and every other character as it is (the same length, the same offsets). */
    static String asciiLower(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static final String LIST_JOINER =
            "\\s*(?:,\\s*and|,|、|，|\\band\\b|\\bto\\b|&|与|和|及|以及|联同|连同)\\s*";

    /** One pattern per several-city cluster: its places in any order, joined by list words. */
    private static List<java.util.regex.Pattern> cityListPatterns(ClusterGazetteer gazetteer) {
        List<java.util.regex.Pattern> patterns = new ArrayList<>();
        for (ClusterGazetteer.CityList list : gazetteer.cityLists()) {
            List<String> alternatives = new ArrayList<>();
            for (List<Integer> order : permutations(list.places().size())) {
                StringBuilder one = new StringBuilder();
                for (int i = 0; i < order.size(); i++) {
                    if (i > 0) {
                        one.append(LIST_JOINER);
                    }
                    one.append("(?:");
                    one.append(String.join("|", list.places().get(order.get(i)).stream()
                            .map(java.util.regex.Pattern::quote).toList()));
                    one.append(")");
                }
                alternatives.add(one.toString());
            }
            patterns.add(java.util.regex.Pattern.compile("(?<![A-Za-z])(?:" + String.join("|", alternatives)
                    + ")(?![A-Za-z])", java.util.regex.Pattern.CASE_INSENSITIVE));
        }
        return List.copyOf(patterns);
    }

    private static List<List<Integer>> permutations(int n) {
        List<List<Integer>> out = new ArrayList<>();
        permute(new ArrayList<>(), n, out);
        return out;
    }

    private static void permute(List<Integer> prefix, int n, List<List<Integer>> out) {
        if (prefix.size() == n) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < n; i++) {
            if (!prefix.contains(i)) {
                prefix.add(i);
                permute(prefix, n, out);
                prefix.remove(prefix.size() - 1);
            }
        }
    }

    /** The longest form at a position whose edges are word edges (for Latin letters) and whose case fits. */
    private Trie.Match<ClusterGazetteer.Form> longestValidAt(FoldedText folded, String view, int at) {
        List<Trie.Match<ClusterGazetteer.Form>> all = gazetteer.forms().allAt(folded.text(), at);
        for (int k = all.size() - 1; k >= 0; k--) {
            Trie.Match<ClusterGazetteer.Form> m = all.get(k);
            int start = folded.sourceOf(m.start());
            int end = folded.sourceEnd(m.end());
            if (!latinEdgesFree(view, start, end)) {
                continue;
            }
            List<ClusterGazetteer.Form> fitting = m.values().stream()
                    .filter(f -> !f.exactCase() || WORDS_ONLY.apply(view.substring(start, end))
                            .equals(WORDS_ONLY.apply(MatchingForm.of(f.written()))))
                    .toList();
            if (!fitting.isEmpty()) {
                return new Trie.Match<>(m.start(), m.end(), fitting);
            }
        }
        return null;
    }

    private static boolean latinEdgesFree(String view, int start, int end) {
        boolean latinStart = isLatinOrDigit(view.charAt(start));
        boolean latinEnd = isLatinOrDigit(view.charAt(end - 1));
        return !(latinStart && start > 0 && isLatinOrDigit(view.charAt(start - 1)))
                && !(latinEnd && end < view.length() && isLatinOrDigit(view.charAt(end)));
    }

    private static boolean isLatinOrDigit(char c) {
        return (c < 0x250 && Character.isLetterOrDigit(c));
    }

    private String decide(ArticleView article, List<Token> tokens, List<Span> orgs,
                          List<ClusterGazetteer.Form> forms, int start, int end, boolean listedWithCluster) {
        Set<String> ids = new LinkedHashSet<>();
        ClusterGazetteer.Kind kind = ClusterGazetteer.Kind.SURE;
        for (ClusterGazetteer.Form f : forms) {
            ids.add(f.clusterId());
            if (f.kind().ordinal() > kind.ordinal()) {
                kind = f.kind();
            }
        }
        if (ids.size() > 1) {
            kind = ClusterGazetteer.Kind.AMBIGUOUS;
        }
        String view = article.view();
        Span sentence = article.sentenceAt(start);
        Span paragraph = article.paragraphAt(start);
        int blockStart = sentence != null ? sentence.start() : Math.max(0, start - 200);
        int blockEnd = sentence != null ? Math.max(sentence.end(), end) : Math.min(view.length(), end + 200);
        switch (kind) {
            case SURE:
                return ids.iterator().next();
            case ECONOMY:
                // "Singapore ranked fourth" (fmt 2024) ranks the economy: only a list of clusters decides.
                return !insideLongerWord(tokens, start, end) && listedWithCluster ? ids.iterator().next() : null;
            case LOOSE:
                int paragraphEnd = paragraph != null ? paragraph.end() : blockEnd;
                return context.looseNameIsCluster(view, end, Math.max(paragraphEnd, end))
                        ? ids.iterator().next() : null;
            default:
                if (insideLongerWord(tokens, start, end) || insideOrganisation(orgs, start, end)
                        || !(listedWithCluster || speaksOfRanking(article, start, end, blockStart, blockEnd))) {
                    return null;
                }
                if (kind == ClusterGazetteer.Kind.BARE) {
                    return ids.iterator().next();
                }
                String sentenceText = view.substring(blockStart, blockEnd);
                return context.disambiguate(List.copyOf(ids), sentenceText, start - blockStart, end - blockStart);
        }
    }

    private boolean speaksOfRanking(ArticleView article, int start, int end, int blockStart, int blockEnd) {
        String view = article.view();
        if (context.hasCue(view.substring(blockStart, blockEnd))
                || context.hasRankBeside(view, start, end, blockStart, blockEnd)) {
            return true;
        }
        // A table cell or list line: the run of short lines above it (its header) says what it lists.
        int p = article.paragraphIndexAt(start);
        if (p < 0 || article.paragraphs().get(p).length() > SHORT_LINE) {
            return false;
        }
        for (int k = p - 1; k >= 0 && k >= p - TABLE_LOOKBACK; k--) {
            Span line = article.paragraphs().get(k);
            if (line.length() > SHORT_LINE) {
                // The line that introduces a list ends in a colon and says what it lists (全球100大创新集群…：).
                String intro = view.substring(line.start(), line.end()).strip();
                return (intro.endsWith(":") || intro.endsWith("：")) && context.hasCue(intro);
            }
            if (context.hasCue(view.substring(line.start(), line.end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A city name that HanLP reads as part of a longer word (寧德 in 寧德時代新能源科技股份有限公司) names
     * something else. A longer place word (北京市) or a person-name misreading (HanLP's 伦敦更) does not count.
     */
    private static boolean insideLongerWord(List<Token> tokens, int start, int end) {
        int k = firstTokenEndingAfter(tokens, start);
        for (; k < tokens.size() && tokens.get(k).start() < end; k++) {
            Token t = tokens.get(k);
            boolean longer = t.start() <= start && t.end() >= end && t.length() > end - start;
            if (longer && !t.nature().startsWith("ns") && !t.nature().startsWith("nr")) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideOrganisation(List<Span> orgs, int start, int end) {
        Span span = new Span(start, end);
        return orgs.stream().anyMatch(org -> org.contains(span) && org.length() > span.length());
    }

    static int firstTokenEndingAfter(List<Token> tokens, int pos) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
