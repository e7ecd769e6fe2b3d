package org.newsfacts.ingest;

/** A file that cannot be read as an article, with a message a person can act on. */
public final class ReadFailure extends Exception {
    public ReadFailure(String message) {
        super(message);
    }

    public ReadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
