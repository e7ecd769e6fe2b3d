package org.newsfacts.text;


import java.util.ArrayList;
import java.util.List;

/**
 * One article as extractors read it: the matching view's text, with its paragraphs and sentences placed in
 * view offsets, and the way back to the repaired text that output offsets point into. Built once per article
 * with its {@link AnalyzedText} ({@link AnalyzedText#view()}), so the stages share one projection; immutable.
 */
public final class ArticleView {
    private final String original;
    private final MatchingView view;
    private final String viewText;
    private final List<Span> paragraphs;
    private final List<Span> sentences;

    ArticleView(String original, List<Paragraph> paragraphs, List<Sentence> sentences, MatchingView view) {
        this.original = original;
        this.view = view;
        this.viewText = view.text();
        List<Span> inView = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            inView.add(new Span(view.fromOriginal(p.start()), view.fromOriginal(p.end()), p.lang().code()));
        }
        this.paragraphs = List.copyOf(inView);
        inView = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            inView.add(new Span(view.fromOriginal(s.start()), view.fromOriginal(s.end()), s.lang().code()));
        }
        this.sentences = List.copyOf(inView);
    }

    /** The matching view with its map to the repaired text. */
    public MatchingView matching() {
        return view;
    }

    /** The matching view's text, which all view offsets point into. */
    public String view() {
        return viewText;
    }

    /** The repaired text, which output offsets point into. */
    public String original() {
        return original;
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public List<Span> sentences() {
        return sentences;
    }

    public Span toOriginal(int viewStart, int viewEnd) {
        return view.toOriginal(viewStart, viewEnd);
    }

    /** The view offset where an original offset's character starts. */
    public int toView(int originalOffset) {
        return view.fromOriginal(originalOffset);
    }

    public String originalOf(int viewStart, int viewEnd) {
        return toOriginal(viewStart, viewEnd).coveredText(original);
    }

    /** The language of a paragraph or sentence of this view (its span's type is the language's code). */
    public Lang langOf(Span block) {
        return Lang.ofCode(block.type());
    }

    /** Index of the paragraph holding a view position, or -1 (between paragraphs). */
    public int paragraphIndexAt(int viewPos) {
        return indexAt(paragraphs, viewPos);
    }

    public Span paragraphAt(int viewPos) {
        int i = paragraphIndexAt(viewPos);
        return i < 0 ? null : paragraphs.get(i);
    }

    /** The sentence holding a view position; where none does, the paragraph; else null. */
    public Span sentenceAt(int viewPos) {
        int i = indexAt(sentences, viewPos);
        return i >= 0 ? sentences.get(i) : paragraphAt(viewPos);
    }

    public int sentenceIndexAt(int viewPos) {
        return indexAt(sentences, viewPos);
    }

    private static int indexAt(List<Span> blocks, int pos) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span b = blocks.get(mid);
            if (pos < b.start()) {
                hi = mid - 1;
            } else if (pos >= b.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
