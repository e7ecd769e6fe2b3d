package org.newsfacts.extract.mentions;

import org.newsfacts.text.ArticleView;
import org.newsfacts.text.Span;
import org.newsfacts.text.TimeLimit;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.newsfacts.text.Lang;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's dictionary segmenter with its person-name (Chinese, transliterated) and organisation recognisers,
 * run over the Chinese paragraphs of an article's matching view. The view is in Simplified script, which is
 * what HanLP's dictionaries are written in, so Traditional articles are segmented as well as mainland ones.
 * HanLP reads its dictionaries on the first Chinese paragraph, not at start-up: an English article never
 * pays for them.
 */
final class ChineseSegmenter {
    /**
     * HanLP's segmenters keep no state between calls, but nothing in its documentation promises that, so each
     * thread gets its own; they share HanLP's read-only dictionaries.
     */
    private final ThreadLocal<Segment> segments = ThreadLocal.withInitial(ChineseSegmenter::withRecognisers);
    private final ThreadLocal<Segment> plain = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enableOrganizationRecognize(false)
            .enablePlaceRecognize(false)
            .enableOffset(true));

    /** HanLP's segmenter with the recognisers this extractor uses (person, transliterated name, organisation). */
    static Segment withRecognisers() {
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(false)
                .enableOrganizationRecognize(true)
                .enablePlaceRecognize(false)
                .enableOffset(true);
    }

    /** The words of every paragraph that holds Chinese, in order, in view offsets. */
    List<Token> segment(ArticleView article) {
        ChineseDictionaries.awaitLoaded();
        List<Token> tokens = new ArrayList<>();
        Segment segment = segments.get();
        String view = article.view();
        for (Span p : article.paragraphs()) {
            if (article.langOf(p) == Lang.EN || !hasHan(view, p.start(), p.end())) {
                continue;
            }
            for (int from = p.start(); from < p.end(); ) {
                TimeLimit.check();
                int to = pieceEnd(view, from, p.end());
                for (Term term : segment.seg(view.substring(from, to))) {
                    int start = from + term.offset;
                    int end = start + term.word.length();
                    if (end <= to && view.regionMatches(start, term.word, 0, term.word.length())) {
                        tokens.add(new Token(start, end, term.word, term.nature == null ? "x" : term.nature.toString()));
                    }
                }
                from = to;
            }
        }
        return tokens;
    }

    /** Longest text given to HanLP at once; its organisation recogniser slows with the square of the length. */
    static final int MAX_PIECE = 2000;

    /**
     * Where the piece of a paragraph starting at {@code from} ends: the whole paragraph when it is short (news
     * paragraphs are), else after the last sentence end (。！？；) within {@link #MAX_PIECE}, so names are not cut;
     * text without any punctuation is cut at the limit.
     */
    static int pieceEnd(String view, int from, int end) {
        if (end - from <= MAX_PIECE) {
            return end;
        }
        int limit = from + MAX_PIECE;
        for (int i = limit - 1; i > from + MAX_PIECE / 2; i--) {
            char c = view.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';') {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(view.charAt(limit)) ? limit - 1 : limit;
    }

    /** A plain segmentation of one word or phrase (no name recognition), offsets from 0. */
    List<Token> split(String phrase) {
        ChineseDictionaries.awaitLoaded();
        List<Token> tokens = new ArrayList<>();
        for (Term term : plain.get().seg(phrase)) {
            tokens.add(new Token(term.offset, term.offset + term.word.length(), term.word,
                    term.nature == null ? "x" : term.nature.toString()));
        }
        return tokens;
    }

    static boolean hasHan(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
