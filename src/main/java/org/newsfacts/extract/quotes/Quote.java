package org.newsfacts.extract.quotes;

import org.newsfacts.text.Span;

/**
 * A statement attributed to a person or an office: {@code quotes.jsonl}'s record.
 *
 * @param speaker       the person's name (Traditional script, as the mentions' id) or the office (特區政府發言人)
 * @param speakerTitle  the speaker's title as the article gives it, or null
 * @param kind          {@link #DIRECT} (inside quotation marks, or a headline "name：words") or {@link #INDIRECT}
 * @param text          the statement as written ({@code text.substring(start, end)} of the repaired text)
 * @param span          where the statement is in the repaired text (Java chars, end exclusive), typed by {@code kind}
 */
public record Quote(String speaker, String speakerTitle, String kind, String text, Span span) {
    public static final String DIRECT = "direct";
    public static final String INDIRECT = "indirect";

    public Quote(String speaker, String speakerTitle, String kind, String text, int start, int end) {
        this(speaker, speakerTitle, kind, text, new Span(start, end, kind));
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
