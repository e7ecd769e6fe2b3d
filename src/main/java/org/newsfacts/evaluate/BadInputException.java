package org.newsfacts.evaluate;

import java.nio.file.Path;

/** An input the evaluator cannot score against: a missing folder, an unreadable or malformed file. */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public BadInputException(Path file, String cause) {
        super(file + ": " + cause);
        this.file = file;
    }

    public BadInputException(Path file, String cause, Throwable underlying) {
        super(file + ": " + cause, underlying);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
