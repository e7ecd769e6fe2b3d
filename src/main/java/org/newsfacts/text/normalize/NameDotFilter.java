package org.newsfacts.text.normalize;

/**
 * The marks set between the parts of a transliterated name (馬爾科·阿萊曼, 馬爾科・阿萊曼, 馬爾科‧阿萊曼) made a
 * full stop, the form the full-width ． takes after {@link WidthFilter}. Only the evaluator applies it: it
 * compares names a gold annotator typed with names as the paper set them, where the choice of dot says
 * nothing; the extractors read the dot the paper wrote and report it as written.
 */
public final class NameDotFilter extends CharMapFilter {
    public static final String NAME_DOTS = "·・‧•∙";

    @Override
    public char map(char c) {
        return NAME_DOTS.indexOf(c) >= 0 ? '.' : c;
    }
}
