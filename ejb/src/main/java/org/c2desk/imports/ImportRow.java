package org.c2desk.imports;

import java.util.List;

/**
 * One data record of an import file on its way from the batch processor to the writer: either mapped (its
 * {@code item}: a {@link MappedClient}, a {@link MappedCi}), or refused with its reasons (never an exception: a bad
 * row must not stop the job).
 */
public record ImportRow(long recordNumber, long lineNumber, Object item, List<Rejection> rejections) {

    public ImportRow {
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
    }

    public boolean rejected() {
        return !rejections.isEmpty();
    }

    /** The mapped client of a client import. */
    public MappedClient client() {
        return (MappedClient) item;
    }

    /** The mapped CI of a CI import. */
    public MappedCi ci() {
        return (MappedCi) item;
    }

    /** The same record refused for {@code problems} (found by the writer). */
    public ImportRow refused(List<Rejection.Cell> problems) {
        return new ImportRow(
                recordNumber,
                lineNumber,
                null,
                problems.stream().map(p -> p.at(lineNumber, recordNumber)).toList());
    }
}
