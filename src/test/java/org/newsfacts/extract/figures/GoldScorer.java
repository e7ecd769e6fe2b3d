package org.newsfacts.extract.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores extracted figures against the gold {@code figures} of one article, by the rule of the
 * project's evaluator: the gold surface is placed inside the k-th occurrence of its context (compared
 * without whitespace, in Simplified script, width-folded); a figure matches it when the spans overlap
 * and value and unit are equal. Optional gold figures absorb the figures that match them and count
 * neither way. The scorer also counts how many matched figures have exactly the gold surface.
 */
final class GoldScorer {

    record GoldFigure(String surface, String context, BigDecimal value, String unit, String qualifier,
                      boolean optional) {
    }

    record Pair(GoldFigure gold, Figure found) {
        boolean sameSurface() {
            return MatchingView.compact(gold.surface()).equals(MatchingView.compact(found.surface()));
        }
    }

    record Result(String doc, List<Pair> matched, List<GoldFigure> missed, List<Figure> spurious, int unlocated) {
    }

    private GoldScorer() {
    }

    static List<GoldFigure> load(Path goldFile) throws IOException {
        JsonNode root = new ObjectMapper().readTree(goldFile.toFile());
        List<GoldFigure> out = new ArrayList<>();
        for (JsonNode f : root.path("figures")) {
            out.add(new GoldFigure(f.path("surface").asText(), f.path("context").asText(),
                    new BigDecimal(f.path("value").asText()), f.path("unit").asText(),
                    f.path("qualifier").isNull() ? null : f.path("qualifier").asText(),
                    f.path("optional").asBoolean(false)));
        }
        return out;
    }

    static String language(Path goldFile) throws IOException {
        return new ObjectMapper().readTree(goldFile.toFile()).path("lang").asText();
    }

    static Result score(String doc, String view, List<Figure> found, List<GoldFigure> gold) {
        StringBuilder compact = new StringBuilder(view.length());
        int[] toCompact = new int[view.length() + 1];
        for (int i = 0; i < view.length(); i++) {
            toCompact[i] = compact.length();
            if (!Character.isWhitespace(view.charAt(i))) {
                compact.append(view.charAt(i));
            }
        }
        toCompact[view.length()] = compact.length();
        String c = compact.toString();
        // Where each gold surface is: the k-th gold item with the same context and surface takes the k-th occurrence.
        int[] goldStart = new int[gold.size()];
        int[] goldEnd = new int[gold.size()];
        int unlocated = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (int g = 0; g < gold.size(); g++) {
            String ctx = MatchingView.compact(gold.get(g).context());
            String surf = MatchingView.compact(gold.get(g).surface());
            int inContext = ctx.indexOf(surf);
            List<Integer> occurrences = new ArrayList<>();
            for (int at = c.indexOf(ctx); at >= 0 && inContext >= 0; at = c.indexOf(ctx, at + 1)) {
                occurrences.add(at);
            }
            if (occurrences.isEmpty()) {
                goldStart[g] = -1;
                unlocated++;
                continue;
            }
            int nth = seen.merge(ctx + '\u0000' + surf, 1, Integer::sum) - 1;
            goldStart[g] = occurrences.get(Math.min(nth, occurrences.size() - 1)) + inContext;
            goldEnd[g] = goldStart[g] + surf.length();
        }
        record Candidate(int gold, int found, long score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (goldStart[g] < 0) {
                continue;
            }
            for (int f = 0; f < found.size(); f++) {
                int fs = toCompact[found.get(f).start()];
                int fe = toCompact[found.get(f).end()];
                int overlap = Math.min(fe, goldEnd[g]) - Math.max(fs, goldStart[g]);
                if (overlap > 0 && sameValue(gold.get(g).value(), found.get(f).value())
                        && gold.get(g).unit().toLowerCase(Locale.ROOT).equals(found.get(f).unit().toLowerCase(Locale.ROOT))) {
                    candidates.add(new Candidate(g, f, 2L * overlap + (gold.get(g).optional() ? 0 : 1)));
                }
            }
        }
        candidates.sort((a, b) -> Long.compare(b.score(), a.score()));
        int[] goldTo = new int[gold.size()];
        java.util.Arrays.fill(goldTo, -1);
        boolean[] taken = new boolean[found.size()];
        for (Candidate k : candidates) {
            if (goldTo[k.gold()] < 0 && !taken[k.found()]) {
                goldTo[k.gold()] = k.found();
                taken[k.found()] = true;
            }
        }
        List<Pair> matched = new ArrayList<>();
        List<GoldFigure> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (gold.get(g).optional()) {
                continue;
            }
            if (goldTo[g] >= 0) {
                matched.add(new Pair(gold.get(g), found.get(goldTo[g])));
            } else {
                missed.add(gold.get(g));
            }
        }
        List<Figure> spurious = new ArrayList<>();
        for (int f = 0; f < found.size(); f++) {
            if (!taken[f]) {
                spurious.add(found.get(f));
            }
        }
        return new Result(doc, matched, missed, spurious, unlocated);
    }

    /**
     * Equal as numbers; a gold value with two or more decimals is a rounded repeating fraction (三分一
     * = 33.33), matched by an extracted value that rounds to it (the evaluator's rule).
     */
    static boolean sameValue(BigDecimal gold, BigDecimal found) {
        if (gold.compareTo(found) == 0) {
            return true;
        }
        int goldDecimals = Math.max(0, gold.stripTrailingZeros().scale());
        int foundDecimals = Math.max(0, found.stripTrailingZeros().scale());
        return goldDecimals >= 2 && foundDecimals > goldDecimals
                && found.setScale(goldDecimals, RoundingMode.HALF_UP).compareTo(gold) == 0;
    }
}
