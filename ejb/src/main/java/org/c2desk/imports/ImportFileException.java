package org.c2desk.imports;

import java.io.IOException;

/**
 * A file that cannot be imported at all: not in the expected encoding, or a header that is not the template's.
 * An IOException so it passes through the CSV parser's readers; the run is refused with its message.
 */
public class ImportFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long lineNumber;

    public ImportFileException(long lineNumber, String message) {
        super(message);
        this.lineNumber = lineNumber;
    }

    /** The line at fault (1 = the header), 0 when none. */
    public long lineNumber() {
        return lineNumber;
    }
}
