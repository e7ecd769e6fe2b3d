package org.newsfacts.text.normalize;

/**
 * Spaces, in the forms the stages compare text in. What counts as a space is one definition
 * ({@link #isSpace}): every Unicode space or line break, the ideographic and no-break ones included.
 * <ul>
 *   <li>{@link #collapse()}: no space at either end, a run of spaces one space, and none between two Han
 *   characters (Chinese writes none; 相關 新聞 set across a line is 相關新聞), the form of a heading looked
 *   up in a list;</li>
 *   <li>{@link #dropAll()}: every space and every invisible format character (zero-width space, soft hyphen,
 *   byte-order mark) gone, the evaluator's form: a gold annotator's copy of a sentence keeps its words, not
 *   where the lines broke;</li>
 *   <li>{@link #besideHyphen()}: every space a plain space, but none beside a {@code -} (run
 *   {@link DashFilter#everyDash()} first), the gazetteers' form: "San Jose - San Francisco", "聖何塞 ─ 三藩市" and
 *   "聖何塞─三藩市" are one name however the paper spaced the dash.</li>
 * </ul>
 * A character that is kept maps to itself; a dropped one maps to nothing, so an offset of the output still
 * points at the character it came from.
 */
public final class SpaceFilter implements CharFilter {
    private enum Mode { COLLAPSE, DROP_ALL, BESIDE_HYPHEN }

    private final Mode mode;

    private SpaceFilter(Mode mode) {
        this.mode = mode;
    }

    public static SpaceFilter collapse() {
        return new SpaceFilter(Mode.COLLAPSE);
    }

    public static SpaceFilter dropAll() {
        return new SpaceFilter(Mode.DROP_ALL);
    }

    public static SpaceFilter besideHyphen() {
        return new SpaceFilter(Mode.BESIDE_HYPHEN);
    }

    /** A space or line break of any width or kind. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    @Override
    public Normalized filter(String input, Runnable checkpoint) {
        Normalized.Builder out = new Normalized.Builder(input.length());
        int n = input.length();
        int i = 0;
        while (i < n) {
            checkpoint.run();
            char c = input.charAt(i);
            if (mode == Mode.DROP_ALL) {
                if (!isSpace(c) && Character.getType(c) != Character.FORMAT) {
                    out.append(c, i, i + 1);
                }
                i++;
                continue;
            }
            if (!isSpace(c)) {
                out.append(c, i, i + 1);
                i++;
                continue;
            }
            int end = i;
            while (end < n && isSpace(input.charAt(end))) {
                end++;
            }
            if (mode == Mode.BESIDE_HYPHEN) {
                boolean besideHyphen = end < n && input.charAt(end) == '-'
                        || out.length() > 0 && out.lastCodePoint() == '-';
                for (int k = i; k < end && !besideHyphen; k++) {
                    out.append(' ', k, k + 1);
                }
                i = end;
                continue;
            }
            boolean inside = out.length() > 0 && end < n;
            boolean betweenHan = inside && CharClass.isHan(out.lastCodePoint()) && CharClass.isHan(input.codePointAt(end));
            if (inside && !betweenHan) {
                out.append(' ', i, end);
            }
            i = end;
        }
        return out.build();
    }
}
