package org.newsfacts.extract.mentions;

import org.newsfacts.files.LexiconFile;
import org.newsfacts.text.normalize.CaseFilter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a stretch of text speaks of the innovation-cluster ranking, which makes a plain city name in it a
 * cluster: cue words (集群, 排名, ranking, top 15) and ranks written beside the name (北京（第4）, Beijing (4th)),
 * all read from {@code models/mentions/cluster-context.txt}. Also the words that decide an ambiguous name (劍橋 +
 * 英國) and those that make a loose one the cluster (大灣區 + 集群).
 */
final class RankingContext {
    /** How far around a name a rank or qualifier may stand, in chars. */
    private static final int NEAR = 24;
    /** How far after a name a rank may end: an English verb phrase ("holds the third position") is longer than 北京（第4）. */
    private static final int RANK_AFTER_REACH = 32;

    private final List<String> chineseCues;
    private final List<String> englishCues;
    private final List<Pattern> cuePatterns;
    private final List<Pattern> rankAfter;
    private final List<Pattern> rankBefore;
    private final List<Pattern> looseFollowers;
    private final List<Qualifier> qualifiers;

    record Qualifier(String clusterId, List<String> words) {
    }

    private RankingContext(List<String> chineseCues, List<String> englishCues, List<Pattern> cuePatterns,
                           List<Pattern> rankAfter, List<Pattern> rankBefore, List<Pattern> looseFollowers,
                           List<Qualifier> qualifiers) {
        this.chineseCues = chineseCues;
        this.englishCues = englishCues;
        this.cuePatterns = cuePatterns;
        this.rankAfter = rankAfter;
        this.rankBefore = rankBefore;
        this.looseFollowers = looseFollowers;
        this.qualifiers = qualifiers;
    }

    static RankingContext load(Path file) {
        LexiconFile data = LexiconFile.read(file);
        List<String> chinese = new ArrayList<>();
        List<String> english = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        for (String cue : data.section("cues")) {
            if (cue.startsWith("re:")) {
                patterns.add(Pattern.compile(cue.substring(3)));
            } else if (cue.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
                english.add(CaseFilter.lower(cue));
            } else {
                chinese.add(MatchingForm.of(cue));
            }
        }
        List<Qualifier> qualifiers = new ArrayList<>();
        for (String line : data.section("qualifiers")) {
            String[] cols = line.split("\t");
            if (cols.length == 2) {
                List<String> words = new ArrayList<>();
                for (String w : cols[1].split(";")) {
                    if (!w.isBlank()) {
                        words.add(MatchingForm.of(w.strip()));
                    }
                }
                qualifiers.add(new Qualifier(ClusterGazetteer.clusterId(cols[0]), List.copyOf(words)));
            }
        }
        return new RankingContext(List.copyOf(chinese), List.copyOf(english), List.copyOf(patterns),
                regexes(data.section("rank-after")), regexes(data.section("rank-before")),
                regexes(data.section("loose-followers")), List.copyOf(qualifiers));
    }

    private static List<Pattern> regexes(List<String> lines) {
        List<Pattern> patterns = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("re:")) {
                patterns.add(Pattern.compile(line.substring(3), Pattern.CASE_INSENSITIVE));
            }
        }
        return List.copyOf(patterns);
    }

    /** A cue word or pattern anywhere in {@code text} (view text). */
    boolean hasCue(String text) {
        for (String cue : chineseCues) {
            if (text.contains(cue)) {
                return true;
            }
        }
        String lower = CaseFilter.lower(text);
        for (String cue : englishCues) {
            for (int at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) {
                if (at == 0 || !Character.isLetter(lower.charAt(at - 1))) {
                    return true;
                }
            }
        }
        for (Pattern p : cuePatterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** A rank written right after or right before the name at view span [start, end). */
    boolean hasRankBeside(String view, int start, int end, int blockStart, int blockEnd) {
        String after = view.substring(end, Math.min(blockEnd, end + RANK_AFTER_REACH));
        for (Pattern p : rankAfter) {
            if (p.matcher(after).find()) {
                return true;
            }
        }
        String before = view.substring(Math.max(blockStart, start - NEAR), start);
        for (Pattern p : rankBefore) {
            if (p.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /** The words after a loose name say it is the cluster (大灣區 + 科技集群). */
    boolean looseNameIsCluster(String view, int end, int blockEnd) {
        String after = view.substring(end, Math.min(blockEnd, end + NEAR));
        for (Pattern p : looseFollowers) {
            if (p.matcher(after).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of the candidate clusters of an ambiguous name, the one whose country words stand nearest it in the
     * sentence; null when none or several tie.
     */
    String disambiguate(List<String> candidates, String sentence, int nameStartInSentence, int nameEndInSentence) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        String lowerSentence = CaseFilter.lower(sentence);
        for (Qualifier q : qualifiers) {
            if (!candidates.contains(q.clusterId())) {
                continue;
            }
            for (String word : q.words()) {
                boolean latin = word.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
                String hay = latin ? sentence : lowerSentence;
                String needle = latin ? word : CaseFilter.lower(word);
                for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
                    if (latin && !wholeWord(hay, at, at + needle.length())) {
                        continue;
                    }
                    int distance = at >= nameEndInSentence ? at - nameEndInSentence
                            : at + needle.length() <= nameStartInSentence ? nameStartInSentence - at - needle.length() : -1;
                    if (distance < 0 || distance > NEAR) {
                        continue;
                    }
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = q.clusterId();
                        tie = false;
                    } else if (distance == bestDistance && !q.clusterId().equals(best)) {
                        tie = true;
                    }
                }
            }
        }
        return tie ? null : best;
    }

    private static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
