package org.newsfacts.records;

import java.io.IOException;

/**
 * An output file that is not what its record says: not JSON, a required field missing, a field of the wrong type.
 * The message names the file, then {@link #detail()}: where in it (line, column, the field's path) and what was
 * wrong, so a reader that names files its own way (the evaluator's {@code BadInputException}) can reuse the detail.
 */
public final class MalformedFile extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String detail;

    public MalformedFile(String file, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.file = file;
        this.detail = detail;
    }

    public String file() {
        return file;
    }

    /** Where in the file and what was wrong, without the file's name. */
    public String detail() {
        return detail;
    }
}
