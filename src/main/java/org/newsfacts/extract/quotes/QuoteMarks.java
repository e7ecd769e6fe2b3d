package org.newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations in a paragraph of the matching view, where every opening mark is “ and every closing one ” (「」
 * 『』 included) and English straight quotes stay ". Nested quotations are kept inside their outer one:
 * 「『深圳-香港-廣州』創新集群…」 is one quotation.
 */
final class QuoteMarks {
    /**
     * A top-level quotation: its marks at {@code open} and {@code close} (close is the paragraph's end if unclosed).
     * Not a look-alike of {@code text.Span}: it holds the positions of two marks, one of which may be missing
     * ({@code closed}), and the quoted words lie between them ({@link #contentStart}, {@link #contentEnd}).
     */
    record Span(int open, int close, boolean closed) {
        int contentStart() {
            return open + 1;
        }

        int contentEnd() {
            return close;
        }

        int after() {
            return closed ? close + 1 : close;
        }
    }

    private QuoteMarks() {
    }

    static List<Span> find(String view, int start, int end) {
        List<Span> spans = new ArrayList<>();
        int depth = 0;
        int open = -1;
        boolean straightOpen = false;
        int straightAt = -1;
        for (int i = start; i < end; i++) {
            char c = view.charAt(i);
            if (c == '“') {
                if (depth == 0 && !straightOpen) {
                    open = i;
                }
                depth++;
            } else if (c == '”') {
                if (depth > 0) {
                    depth--;
                    if (depth == 0 && !straightOpen) {
                        spans.add(new Span(open, i, true));
                    }
                }
            } else if (c == '"' && depth == 0) {
                if (!straightOpen) {
                    straightOpen = true;
                    straightAt = i;
                } else {
                    straightOpen = false;
                    spans.add(new Span(straightAt, i, true));
                }
            }
        }
        if (depth > 0 && open >= 0) {
            spans.add(new Span(open, end, false));
        } else if (straightOpen) {
            spans.add(new Span(straightAt, end, false));
        }
        spans.sort((a, b) -> a.open() - b.open());
        return spans;
    }
}
