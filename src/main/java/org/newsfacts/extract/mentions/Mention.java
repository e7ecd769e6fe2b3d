package org.newsfacts.extract.mentions;

import org.newsfacts.text.Span;

/**
 * A named cluster, person or organisation in an article: {@code mentions.jsonl}'s record.
 *
 * @param type     {@link #CLUSTER}, {@link #PERSON} or {@link #ORG}
 * @param id       canonical name: a cluster's WIPO name (no US state), a person's name in Traditional script,
 *                 an organisation's name from organisations.tsv or as written
 * @param surface  the words as the article writes them ({@code text.substring(start, end)})
 * @param span     where the words are in the repaired text (Java chars, end exclusive), typed by {@code type}
 * @param title    a person's title as written beside the name (中國科學技術部副部長), else null
 * @param byline   a person who wrote, photographed or edited the article: never a speaker of its content
 * @param speaker  may be quoted as saying something (people who are not bylines; named offices and bodies)
 */
public record Mention(String type, String id, String surface, Span span, String title, boolean byline,
                      boolean speaker) {
    public static final String CLUSTER = "cluster";
    public static final String PERSON = "person";
    public static final String ORG = "org";

    public Mention(String type, String id, String surface, int start, int end, String title, boolean byline,
                   boolean speaker) {
        this(type, id, surface, new Span(start, end, type), title, byline, speaker);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public boolean isPerson() {
        return PERSON.equals(type);
    }

    public boolean isOrganisation() {
        return ORG.equals(type);
    }

    public boolean isCluster() {
        return CLUSTER.equals(type);
    }

    public boolean overlaps(Span other) {
        return span.overlaps(other);
    }
}
