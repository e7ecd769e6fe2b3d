package org.newsfacts.extract.quotes;

/**
 * Who a statement is attributed to: a named person, an organisation or office, or (until resolved) a pronoun
 * or no subject at all, which continue the last named speaker.
 */
record Speaker(String name, String title, Kind kind) {
    enum Kind {
        PERSON,
        /** An organisation or office speaking for itself (數碼港, 特區政府發言人, WIPO). */
        OFFICE,
        /** 他, 她, he, she: the last named person speaker. */
        PRONOUN,
        /** …，並指出: a clause with no subject of its own. */
        CONTINUATION,
        /** "the spokesperson": the last office that spoke. */
        OFFICE_ANAPHOR,
        /** 李家超出席…見記者，表示…: a clause after a comma with no subject speaks for the sentence's subject. */
        SENTENCE_SUBJECT
    }

    static Speaker person(String name, String title) {
        return new Speaker(name, title, Kind.PERSON);
    }

    static Speaker office(String name) {
        return new Speaker(name, null, Kind.OFFICE);
    }

    static final Speaker PRONOUN = new Speaker(null, null, Kind.PRONOUN);
    static final Speaker CONTINUATION = new Speaker(null, null, Kind.CONTINUATION);
    static final Speaker OFFICE_ANAPHOR = new Speaker(null, null, Kind.OFFICE_ANAPHOR);
    static final Speaker SENTENCE_SUBJECT = new Speaker(null, null, Kind.SENTENCE_SUBJECT);

    boolean isNamed() {
        return kind == Kind.PERSON || kind == Kind.OFFICE;
    }
}
