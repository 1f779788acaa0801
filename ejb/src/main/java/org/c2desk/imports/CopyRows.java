package org.c2desk.imports;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * New rows of an import chunk sent with PostgreSQL's {@code COPY ... FROM STDIN} (CSV) on the chunk's connection, so
 * in the chunk's transaction: rolled back with it, committed with its checkpoint. COPY streams the rows without a
 * statement to parse or parameters to bind per row, which is most of what a JDBC batch of multi-row INSERTs costs
 * (it is how the benchmark's reference, psql's {@code \copy}, loads). Values are quoted, so any text goes through;
 * null is the unquoted empty value.
 */
final class CopyRows {

    private final String sql;
    private final StringBuilder csv = new StringBuilder(64 * 1024);
    private int rows;
    private boolean rowStarted;

    /** @param table the table, with its columns in the order {@link #value} is called, e.g. {@code client (id, ...)} */
    CopyRows(String table) {
        this.sql = "copy " + table + " from stdin with (format csv)";
    }

    /** Appends one value of the current row (text, number, boolean, uuid; null). */
    CopyRows value(Object value) {
        if (rowStarted) {
            csv.append(',');
        }
        rowStarted = true;
        if (value == null) {
            return this;
        }
        if (value instanceof Boolean b) {
            csv.append(b ? 't' : 'f');
            return this;
        }
        String text = value.toString();
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
        return this;
    }

    /** Ends the current row. */
    CopyRows endRow() {
        csv.append('\n');
        rowStarted = false;
        rows++;
        return this;
    }

    int rows() {
        return rows;
    }

    /** The rows as COPY receives them. */
    String csv() {
        return csv.toString();
    }

    /** Sends the rows (nothing when there is none). */
    void copy(Connection connection) throws SQLException {
        if (rows == 0) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + sql + " failed: " + e.getMessage(), e);
        }
    }
}
