package org.newsfacts.text.normalize;

/**
 * A filter that replaces each character by one character, whatever stands beside it (width, case, quotation
 * marks): the length never changes, so an offset in its output is the same offset in its input, and a run of
 * such filters folds to one table ({@link #chain}), which is what the number grammar reads through, one
 * character at a time, on its hottest path.
 */
public abstract class CharMapFilter implements CharFilter {

    /** The character {@code c} becomes. */
    public abstract char map(char c);

    @Override
    public final Normalized filter(String input, Runnable checkpoint) {
        Normalized.Builder out = new Normalized.Builder(input.length());
        for (int i = 0; i < input.length(); i++) {
            checkpoint.run();
            out.append(map(input.charAt(i)), i, i + 1);
        }
        return out.build();
    }

    /** The text with every character mapped; offsets are unchanged, so no map is built. */
    @Override
    public final String apply(String input) {
        char[] chars = input.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = map(chars[i]);
        }
        return new String(chars);
    }

    /**
     * The filters applied in order, as one table over every {@code char}: {@code chain(a, b).map(c)} is
     * {@code b.map(a.map(c))}, looked up rather than computed.
     */
    public static CharMapFilter chain(CharMapFilter... filters) {
        char[] table = new char[0x10000];
        for (int c = 0; c < table.length; c++) {
            char f = (char) c;
            for (CharMapFilter filter : filters) {
                f = filter.map(f);
            }
            table[c] = f;
        }
        return new CharMapFilter() {
            @Override
            public char map(char c) {
                return table[c];
            }
        };
    }
}
