package org.newsfacts.cli;

/**
 * Makes a message safe to print as one line of standard error: a file name with a newline could otherwise
 * forge a line of the run's report, and a bidi override (U+202E) could make a name read backwards. Control
 * characters and bidi controls are written as escapes ({@code \n}, {@code \u202E}); a backslash is doubled so
 * the escapes cannot be forged either.
 */
public final class OneLine {
    private OneLine() {
    }

    public static String of(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || isBidiControl(c) || Character.getType(c) == Character.FORMAT
                            || Character.isSurrogate(c) && !validPair(message, i)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
