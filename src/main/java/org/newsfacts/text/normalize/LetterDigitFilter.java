package org.newsfacts.text.normalize;

/**
 * Letters and digits only: spaces, punctuation and symbols dropped, each kept character mapped to itself.
 * The form in which two copies of one story are compared (a syndicated article reposted with other line
 * breaks, other quotation marks, a different dash between two cities), where only the words tell.
 */
public final class LetterDigitFilter implements CharFilter {
    @Override
    public Normalized filter(String input, Runnable checkpoint) {
        Normalized.Builder out = new Normalized.Builder(input.length());
        int n = input.length();
        int i = 0;
        while (i < n) {
            checkpoint.run();
            int cp = input.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                out.append(input.substring(i, i + width), i, i + width);
            }
            i += width;
        }
        return out.build();
    }

    /** The same, without the offset map: two copies of a story are compared whole, no span is reported. */
    @Override
    public String apply(String input) {
        StringBuilder out = new StringBuilder(input.length());
        input.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
