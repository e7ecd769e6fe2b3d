package org.newsfacts.extract.figures;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Test stand-in for the pipeline's matching view: line-break repair (a line break between two
 * Chinese characters or digits is deleted, as the ingest stage joins CJK lines without a space),
 * then Simplified script, full-width ASCII folded, dash forms to '-', corner quotes to curly ones.
 */
final class MatchingView {

    private MatchingView() {
    }

    static String of(String raw) {
        return fold(ZhConverterUtil.toSimple(repairLineBreaks(raw)));
    }

    /**
     * The view built with the pipeline's own line repair ({@code org.newsfacts.text.LineRepair}), or
     * null when that stage is not on the class path. Looked up by name so that this test does not
     * depend on the ingest stage being built.
     */
    static String withPipelineRepair(String raw) {
        try {
            java.lang.reflect.Method repair = Class.forName("org.newsfacts.text.LineRepair")
                    .getMethod("repair", String.class);
            return fold(ZhConverterUtil.toSimple((String) repair.invoke(null, raw)));
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
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

    /** Width, dash and quote folding of the matching view (no script conversion). */
    static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF0D') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            switch (c) {
                case '─', '—', '–', '―', '‐', '‑', '−', '－' -> {
                    if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '-') {
                        sb.append('-');
                    }
                    continue;
                }
                case '“', '「', '『', '〝' -> c = '“';
                case '”', '」', '』', '〞' -> c = '”';
                case '‘', '’' -> c = '\'';
                default -> {
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The form gold text is compared in: matching view without any whitespace. */
    static String compact(String text) {
        String v = fold(ZhConverterUtil.toSimple(text));
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            if (!Character.isWhitespace(v.charAt(i))) {
                sb.append(v.charAt(i));
            }
        }
        return sb.toString();
    }
}
