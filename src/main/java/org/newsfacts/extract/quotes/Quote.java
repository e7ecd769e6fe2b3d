package org.newsfacts.extract.quotes;

/**
 * A statement attributed to a person or an office: {@code quotes.jsonl}'s record.
 *
 * @param speaker       the person's name (Traditional script, as the mentions' id) or the office (特區政府發言人)
 * @param speakerTitle  the speaker's title as the article gives it, or null
 * @param kind          {@link #DIRECT} (inside quotation marks, or a headline "name：words") or {@link #INDIRECT}
 * @param text          the statement as written ({@code text.substring(start, end)} of the repaired text)
 * @param start         offset of the statement in the repaired text
 * @param end           exclusive
 */
public record Quote(String speaker, String speakerTitle, String kind, String text, int start, int end) {
    public static final String DIRECT = "direct";
    public static final String INDIRECT = "indirect";
}
