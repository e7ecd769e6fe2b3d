package org.newsfacts.claims;

import java.util.Locale;

/**
 * A word or phrase looked for in a matching view: Chinese in the view's Simplified form, English matched
 * without case, except all-capital acronyms (US, PCT), which must be written so, so that "us" is not the US.
 */
public record Cue(String form, boolean caseSensitive, boolean latin) {

    public static Cue of(String viewForm) {
        boolean latin = viewForm.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c));
        boolean acronym = latin && viewForm.length() <= 5 && viewForm.equals(viewForm.toUpperCase(Locale.ROOT));
        return new Cue(acronym ? viewForm : lower(viewForm), acronym, latin);
    }

    /** Lower case that keeps every char where it is, so offsets in the lowered copy are offsets in the view. */
    public static String lower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Occurrences are searched in {@code view} (as written) or {@code lowered} (its lower-case copy). */
    int indexIn(String view, String lowered, int from) {
        String haystack = caseSensitive ? view : lowered;
        int at = haystack.indexOf(form, from);
        while (at >= 0 && latin && !isWordBoundary(haystack, at, at + form.length())) {
            at = haystack.indexOf(form, at + 1);
        }
        return at;
    }

    int lastIndexIn(String view, String lowered, int from, int before) {
        int best = -1;
        for (int at = indexIn(view, lowered, from); at >= 0 && at + form.length() <= before;
             at = indexIn(view, lowered, at + 1)) {
            best = at;
        }
        return best;
    }

    private static boolean isWordBoundary(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) > 0x2E80;
        boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) > 0x2E80;
        return before && after;
    }
}
