package org.c2desk.imports;

import java.util.List;

/**
 * One data record of an import file on its way from the batch processor to the writer: either mapped, or refused
 * with its reasons (never an exception: a bad row must not stop the job).
 */
public record ImportRow(long recordNumber, long lineNumber, MappedClient client, List<Rejection> rejections) {

    public ImportRow {
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
    }

    public boolean rejected() {
        return !rejections.isEmpty();
    }
}
