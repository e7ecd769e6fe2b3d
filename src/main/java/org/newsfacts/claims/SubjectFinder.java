package org.newsfacts.claims;

import org.newsfacts.extract.mentions.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The mentions a claim can be about, in view offsets: clusters from the mention extractor, the rest from subjects.tsv. */
final class SubjectFinder {
    private SubjectFinder() {
    }

    static List<SubjectHit> find(BindContext cx, ClaimLexicon lexicon) {
        List<SubjectHit> hits = new ArrayList<>();
        boolean[] taken = new boolean[cx.view.length() + 1];
        for (Mention m : cx.article.mentions()) {
            if (m.isCluster()) {
                int start = cx.matching.fromOriginal(m.start());
                int end = cx.matching.fromOriginal(m.end());
                hits.add(new SubjectHit(m.id(), "cluster", start, end, false));
                mark(taken, start, end);
            }
        }
        for (ClaimLexicon.SubjectName name : lexicon.subjects()) {
            // A subject of one edition ("GII {year} top 100") is the one the article reports; none without one.
            String id = name.id().contains("{year}")
                    ? cx.edition == null ? null : name.id().replace("{year}", cx.edition) : name.id();
            if (id == null) {
                continue;
            }
            for (int at = name.cue().indexIn(cx.view, cx.lowered, 0); at >= 0;
                 at = name.cue().indexIn(cx.view, cx.lowered, at + 1)) {
                int end = at + name.cue().form().length();
                if (!anyTaken(taken, at, end)) {
                    hits.add(new SubjectHit(id, name.kind(), at, end, name.anaphor()));
                    mark(taken, at, end);
                }
            }
        }
        hits.sort(Comparator.comparingInt(SubjectHit::start));
        return withPlaceAnaphors(cx, lexicon, hits, taken);
    }

    /**
     * "The city" (grammar.tsv anaphor) stands for the place named last before it, a cluster or an economy:
     * it takes that subject's id and kind, and names nothing when no place came before. "It" does so only where
     * it opens a sentence (opening-anaphor), as the sentence's subject.
     */
    private static List<SubjectHit> withPlaceAnaphors(BindContext cx, ClaimLexicon lexicon, List<SubjectHit> hits,
                                                      boolean[] taken) {
        List<SubjectHit> anaphors = new ArrayList<>();
        List<Cue> opening = lexicon.grammar("opening-anaphor");
        List<Cue> cues = new ArrayList<>(lexicon.grammar("anaphor"));
        cues.addAll(opening);
        for (Cue cue : cues) {
            for (int at = cue.indexIn(cx.view, cx.lowered, 0); at >= 0; at = cue.indexIn(cx.view, cx.lowered, at + 1)) {
                int end = at + cue.form().length();
                if (anyTaken(taken, at, end) || opening.contains(cue) && !opensSentence(cx, at)) {
                    continue;
                }
                SubjectHit last = null;
                for (SubjectHit h : hits) {
                    if (h.end() > at) {
                        break;
                    }
                    if (!h.anaphor() && (h.kind().equals("cluster") || h.kind().equals("economy"))) {
                        last = h;
                    }
                }
                if (last != null) {
                    anaphors.add(new SubjectHit(last.id(), last.kind(), at, end, false));
                    mark(taken, at, end);
                }
            }
        }
        // 前者 / 后者, "the former" / "the latter" stand for the first and the second of the two places named last
        // before them: dev2 36 "北京(PCT 3.8%、论文4.0%)和首尔(PCT 5.4%)分列第四、第五,前者的科研产出(论文全球占比4.0%)
        // 在前十中最高,后者则凭均衡表现保持竞争力" (Beijing; Seoul), as in any "A and B …; the former …, the latter …".
        for (String kind : List.of("former", "latter")) {
            for (Cue cue : lexicon.grammar(kind)) {
                for (int at = cue.indexIn(cx.view, cx.lowered, 0); at >= 0; at = cue.indexIn(cx.view, cx.lowered, at + 1)) {
                    int end = at + cue.form().length();
                    if (anyTaken(taken, at, end)) {
                        continue;
                    }
                    SubjectHit last = null;
                    SubjectHit before = null;
                    for (SubjectHit h : hits) {
                        if (h.end() > at) {
                            break;
                        }
                        if (!h.anaphor() && (h.kind().equals("cluster") || h.kind().equals("economy"))
                                && (last == null || !last.id().equals(h.id()))) {
                            before = last;
                            last = h;
                        }
                    }
                    SubjectHit meant = kind.equals("former") ? before : last;
                    if (before != null && meant != null) {
                        anaphors.add(new SubjectHit(meant.id(), meant.kind(), at, end, false));
                        mark(taken, at, end);
                    }
                }
            }
        }
        if (anaphors.isEmpty()) {
            return hits;
        }
        List<SubjectHit> all = new ArrayList<>(hits);
        all.addAll(anaphors);
        all.sort(Comparator.comparingInt(SubjectHit::start));
        return all;
    }

    /** Whether only spaces stand between the start of the sentence holding {@code at} and {@code at}. */
    private static boolean opensSentence(BindContext cx, int at) {
        int start = cx.sentenceOf(at).start();
        return cx.view.substring(start, at).isBlank();
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end && i < taken.length; i++) {
            taken[i] = true;
        }
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
