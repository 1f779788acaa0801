package org.c2desk.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the validation pass (a dry run, or the first pass of all-or-nothing) would have written in the chunks it has
 * committed, by key ({@code import_planned_key}): a later chunk of the same file then judges a repeated key as the
 * real import would, where the earlier occurrence is already in the database. Written in the chunk's transaction,
 * so it survives a restart exactly as the counts do.
 */
final class PlannedKeys {

    /** A key some earlier row would have given to {@code id}; {@code flag}: clients' portal access. */
    record Planned(UUID id, Boolean flag) {}

    private PlannedKeys() {}

    static Map<String, Planned> find(Connection connection, UUID runId, String kind, Collection<String> values)
            throws SQLException {
        Map<String, Planned> found = new HashMap<>();
        if (values.isEmpty()) {
            return found;
        }
        // a lateral join probes the primary key once per value (see KeyLookup)
        try (PreparedStatement select = connection.prepareStatement("select t.key_value, t.target_id, t.flag"
                + " from unnest(?) as k(v) cross join lateral (select key_value, target_id, flag from"
                + " import_planned_key where import_run_id = ? and key_kind = ? and key_value = k.v) t")) {
            select.setArray(1, connection.createArrayOf("varchar", values.toArray()));
            select.setObject(2, runId);
            select.setString(3, kind);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    boolean flag = result.getBoolean(3);
                    found.put(
                            result.getString(1),
                            new Planned(result.getObject(2, UUID.class), result.wasNull() ? null : flag));
                }
            }
        }
        return found;
    }

    static void remember(Connection connection, UUID runId, String kind, Map<String, Planned> keys)
            throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("insert into import_planned_key"
                + " (import_run_id, key_kind, key_value, target_id, flag) values (?, ?, ?, ?, ?)"
                + " on conflict (import_run_id, key_kind, key_value) do update set target_id = excluded.target_id,"
                + " flag = excluded.flag")) {
            for (Map.Entry<String, Planned> key : keys.entrySet()) {
                upsert.setObject(1, runId);
                upsert.setString(2, kind);
                upsert.setString(3, key.getKey().length() > 600 ? key.getKey().substring(0, 600) : key.getKey());
                upsert.setObject(4, key.getValue().id());
                upsert.setObject(5, key.getValue().flag(), Types.BOOLEAN);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
