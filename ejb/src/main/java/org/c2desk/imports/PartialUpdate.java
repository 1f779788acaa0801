package org.c2desk.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The UPDATE an import chunk sends for the rows it updates: only the columns the file has (a column the file lacks
 * keeps its value), then who changed the row and its version; the row's id is the last parameter.
 *
 * @param columns the file's columns the statement sets, in parameter order
 * @param sql the statement
 */
record PartialUpdate(List<String> columns, String sql) {

    /**
     * @param updatable each column an update may write, as {column name in the file, its SQL assignment}
     * @param present whether the file has that column
     */
    static PartialUpdate of(String table, List<String[]> updatable, Predicate<String> present) {
        List<String> columns = new ArrayList<>();
        StringBuilder sql = new StringBuilder("update ").append(table).append(" set ");
        for (String[] column : updatable) {
            if (present.test(column[0])) {
                columns.add(column[0]);
                sql.append(column[1]).append(", ");
            }
        }
        sql.append("last_modified_by = ?, last_modified_on = now(), version = version + 1 where id = ?");
        return new PartialUpdate(List.copyOf(columns), sql.toString());
    }
}
