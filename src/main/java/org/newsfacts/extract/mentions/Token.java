package org.newsfacts.extract.mentions;

/** A word of HanLP's segmentation, placed in view offsets, with HanLP's part-of-speech tag (nr, nt, nnt, v …). */
public record Token(int start, int end, String word, String nature) {
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
        return end - start;
    }
}
