package org.newsfacts.extract.mentions;

import org.newsfacts.text.Span;

/** A word of HanLP's segmentation, placed in view offsets, with HanLP's part-of-speech tag (nr, nt, nnt, v …). */
public record Token(Span span, String word, String nature) {

    public Token(int start, int end, String word, String nature) {
        this(new Span(start, end), word, nature);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public boolean isPersonName() {
        return nature.startsWith("nr") && !nature.equals("nr1") && !nature.equals("nr2");
    }

    public boolean isOrganisation() {
        return nature.startsWith("nt") && !nature.equals("nnt");
    }

    /** HanLP's tag for posts and titles (局长, 总干事, 记者). */
    public boolean isTitle() {
        return nature.equals("nnt");
    }

    public boolean isPunctuation() {
        return nature.startsWith("w");
    }

    public int length() {
        return span.length();
    }
}
