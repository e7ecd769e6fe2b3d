package org.newsfacts.report;

import org.newsfacts.text.Lang;

/**
 * The {@code lang} attribute for a stretch of text. It matters for Chinese: the browser picks Traditional or
 * Simplified glyph forms (and the matching font) by it, and the page's own language is English.
 */
final class LangAttribute {
    private LangAttribute() {
    }

    /** The code, or null where no single language applies (mixed, unknown): the element inherits the page's. */
    static String of(Lang lang) {
        if (lang == null || lang == Lang.MIXED || lang == Lang.UNKNOWN) {
            return null;
        }
        return lang.code();
    }
}
