package org.newsfacts.ingest;

/**
 * One printed line of a PDF page as PDFBox places it: its text, where it starts and ends across the page,
 * its baseline, and its type size. Coordinates are in points from the page's top-left corner.
 *
 * @param page          page number, from 1
 * @param text          the line's text, words separated by single spaces
 * @param x0            left edge of the first glyph
 * @param x1            right edge of the last glyph
 * @param baseline      baseline, measured down from the top of the page
 * @param size          type size in points of most of the line's glyphs
 * @param firstUnit     width of what a typesetter could not split at the start of the line: one Chinese
 *                      character, or a whole Latin word or number
 * @param spaceWidth    width of a word space in the line's font
 * @param hangingIndent where the text after a leading list marker starts ({@code "- "}, {@code "• "}), or NaN:
 *                      the following lines of a list item start there
 */
public record PrintedLine(int page, String text, float x0, float x1, float baseline, float size, float firstUnit,
                          float spaceWidth, float hangingIndent) {

    public float width() {
        return x1 - x0;
    }
}
