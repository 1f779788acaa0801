package org.c2desk.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Looks rows up by a chunk's keys with one query that probes the key's index once per key: a lateral join over the
 * array of keys. A plain {@code column = any (?)} (worse, an OR of several) is planned afresh for each chunk, and
 * while an import grows the table faster than its statistics follow, the planner took a sequential scan of the
 * whole table for each chunk: the import slowed down as the table grew.
 */
final class KeyLookup {

    /** Reads one row of the answer. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet result) throws SQLException;
    }

    private KeyLookup() {}

    /**
     * Calls {@code row} for each row of {@code table} whose {@code keyExpression} (an indexed expression, e.g.
     * {@code lower(email_address)}) equals one of {@code keys}; nothing when there is no key.
     */
    static void each(
            Connection connection, String columns, String table, String keyExpression, Collection<?> keys, Row row)
            throws SQLException {
        each(connection, columns, table, keyExpression, "varchar", keys, row);
    }

    static void each(
            Connection connection,
            String columns,
            String table,
            String keyExpression,
            String keyType,
            Collection<?> keys,
            Row row)
            throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement("select t.* from unnest(?) as k(v)"
                + " cross join lateral (select " + columns + " from " + table + " where " + keyExpression
                + " = k.v) t")) {
            select.setArray(1, connection.createArrayOf(keyType, keys.toArray()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    row.read(result);
                }
            }
        }
    }
}
