package org.c2desk.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.c2desk.audit.ObjectKind;

/**
 * The audit trail of an import chunk: one entry per object the chunk created or changed, written in one statement,
 * naming the import run and the file's line that wrote it (the run's report and file hold the values; reading every
 * object's old values first would make imports much slower).
 */
final class ImportAudit {

    /** One object a chunk wrote, from the file's {@code line}. */
    record Written(UUID id, boolean inserted, long line) {}

    private ImportAudit() {}

    static void write(Connection connection, ObjectKind kind, UUID runId, String by, List<Written> written)
            throws SQLException {
        if (written.isEmpty()) {
            return;
        }
        List<UUID> entries = new ArrayList<>(written.size());
        List<UUID> ids = new ArrayList<>(written.size());
        List<String> actions = new ArrayList<>(written.size());
        List<String> lines = new ArrayList<>(written.size());
        for (Written w : written) {
            entries.add(ImportIds.next());
            ids.add(w.id());
            actions.add(w.inserted() ? "CREATED" : "UPDATED");
            lines.add(Long.toString(w.line()));
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry (id, object_kind,"
                + " object_id, action, actor_name, actor_kind, channel, occurred_on, changes)"
                + " select t.entry, ?, t.id, t.action, ?, 'RESOURCE', 'IMPORT', now(),"
                + " jsonb_build_array(jsonb_build_object('field', 'ImportRun', 'label', null, 'before', null,"
                + " 'after', ?::text), jsonb_build_object('field', 'Line', 'label', null, 'before', null, 'after', t.line))"
                + " from unnest(?::uuid[], ?::uuid[], ?::varchar[], ?::varchar[]) as t (entry, id, action, line)")) {
            insert.setString(1, kind.name());
            insert.setString(2, by);
            insert.setString(3, runId.toString());
            insert.setArray(4, connection.createArrayOf("uuid", entries.toArray()));
            insert.setArray(5, connection.createArrayOf("uuid", ids.toArray()));
            insert.setArray(6, connection.createArrayOf("varchar", actions.toArray()));
            insert.setArray(7, connection.createArrayOf("varchar", lines.toArray()));
            insert.executeUpdate();
        }
    }
}
