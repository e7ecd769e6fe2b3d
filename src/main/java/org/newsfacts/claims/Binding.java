package org.newsfacts.claims;

/**
 * How a claim's figure was tied to its subject, from the surest to the least sure. The id is what
 * {@code claims.jsonl} writes in {@code binding}; the base confidence is where a claim of that binding starts
 * before the binder takes off for a weak metric cue or a rival subject (see {@link ClaimBinder}).
 */
public enum Binding {
    /** Subject, metric cue and figure in one clause, with no punctuation between subject and figure. */
    CLAUSE("same_clause", 0.9),
    /** One element of a list aligned element by element (分別, 依次, respectively, "from X to Y"). */
    LIST("list_alignment", 0.85),
    /** A cell of a table flattened into text, bound to its row's label. */
    TABLE("table_row", 0.85),
    /** Subject elsewhere in the figure's sentence (another clause). */
    SENTENCE("same_sentence", 0.75),
    /** A figure in the headline, bound to a subject of the headline. */
    HEADLINE("headline", 0.7),
    /** The figure's sentence names no subject; the one before it does. */
    PREVIOUS_SENTENCE("previous_sentence", 0.45);

    private final String id;
    private final double base;

    Binding(String id, double base) {
        this.id = id;
        this.base = base;
    }

    public String id() {
        return id;
    }

    public double base() {
        return base;
    }
}
