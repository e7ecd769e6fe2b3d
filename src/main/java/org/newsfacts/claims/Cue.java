package org.newsfacts.claims;

import org.newsfacts.text.normalize.CaseFilter;

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

    /**
     * The normalisation chain's case folding, which keeps every char where it is, so offsets in the lowered
     * copy are offsets in the view.
     */
    public static String lower(String s) {
        return CaseFilter.lower(s);
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

    /** The first occurrence at or after {@code from} that ends by {@code to}, or -1; scans no further than {@code to}. */
    int indexWithin(String view, String lowered, int from, int to) {
        String haystack = caseSensitive ? view : lowered;
        for (int at = from; at + form.length() <= Math.min(to, haystack.length()); at++) {
            if (startsAt(haystack, form, at) && (!latin || isWordBoundary(haystack, at, at + form.length()))) {
                return at;
            }
        }
        return -1;
    }

    /** The last occurrence that starts at or after {@code from} and ends by {@code before}, or -1. */
    int lastIndexIn(String view, String lowered, int from, int before) {
        String haystack = caseSensitive ? view : lowered;
        for (int at = Math.min(before, haystack.length()) - form.length(); at >= Math.max(0, from); at--) {
            if (startsAt(haystack, form, at) && (!latin || isWordBoundary(haystack, at, at + form.length()))) {
                return at;
            }
        }
        return -1;
    }

    /** {@code text.lastIndexOf(word)} within [from, before) only: a miss costs the window, not the text. */
    static int lastIndexWithin(String text, String word, int from, int before) {
        for (int at = Math.min(before, text.length()) - word.length(); at >= Math.max(0, from); at--) {
            if (startsAt(text, word, at)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * {@code text.startsWith(word, at)} for {@code at} in range, looking at the first character before the call:
     * the window scans above try every position, and most positions fail on the first character (the claim
     * stage's largest cost of our own in the profile was these calls).
     */
    private static boolean startsAt(String text, String word, int at) {
        if (word.isEmpty() || at < 0 || at >= text.length()) {
            return text.startsWith(word, at);
        }
        return text.charAt(at) == word.charAt(0) && text.startsWith(word, at);
    }

    private static boolean isWordBoundary(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) > 0x2E80;
        boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) > 0x2E80;
        return before && after;
    }
}
