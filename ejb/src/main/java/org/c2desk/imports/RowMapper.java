package org.c2desk.imports;

import java.util.List;

/**
 * Checks and maps the records of one kind of import file ({@link ClientRowMapper}, {@link CiRowMapper}); made for
 * the file's header, which it has already checked. Plain Java: what it resolves against is loaded once per step.
 */
public interface RowMapper {

    /** The record mapped, or refused with every problem found (never an exception). */
    ImportRow map(long recordNumber, long lineNumber, List<String> values);
}
