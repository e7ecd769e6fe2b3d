package org.newsfacts.extract.figures;

import org.newsfacts.text.LineRepair;
import org.newsfacts.text.MatchingViewBuilder;
import org.newsfacts.text.normalize.ScriptConverter;
import org.newsfacts.text.normalize.SpaceFilter;

/**
 * The pipeline's matching view (its normalisation chain, not a copy of it) over the seeds' text, with the line
 * breaks repaired either as the brief simulates them or by the pipeline's own {@link LineRepair}.
 */
final class MatchingView {
    private static final MatchingViewBuilder VIEWS = new MatchingViewBuilder(ScriptConverter.shared());

    private MatchingView() {
    }

    static String of(String raw) {
        return VIEWS.build(repairLineBreaks(raw)).text();
    }

    /** The view built on the pipeline's own line repair. */
    static String withPipelineRepair(String raw) {
        return VIEWS.build(LineRepair.repair(raw)).text();
    }

    /** Deletes a single line break (with the spaces around it) between two CJK characters or digits, not digit–digit. */
    static String repairLineBreaks(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
                i++;
                continue;
            }
            int j = i;
            int newlines = 0;
            while (j < raw.length() && Character.isWhitespace(raw.charAt(j))) {
                newlines += raw.charAt(j) == '\n' ? 1 : 0;
                j++;
            }
            char before = sb.length() > 0 ? sb.charAt(sb.length() - 1) : ' ';
            char after = j < raw.length() ? raw.charAt(j) : ' ';
            // One line break is a wrap; a blank line separates paragraphs, headings and bullets.
            boolean join = newlines == 1 && cjkOrDigit(before) && cjkOrDigit(after)
                    && !(Character.isDigit(before) && Character.isDigit(after));
            if (!join) {
                sb.append(raw, i, j);
            }
            i = j;
        }
        return sb.toString();
    }

    private static boolean cjkOrDigit(char c) {
        return Character.isDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }

    /** The form gold text is compared in: the matching view with every space dropped. */
    static String compact(String text) {
        return SpaceFilter.dropAll().apply(VIEWS.build(text).text());
    }
}
