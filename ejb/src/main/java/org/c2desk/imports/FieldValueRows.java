package org.c2desk.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.customfield.OwnerKind;
import org.c2desk.customfield.TypedValue;

/**
 * Writes the custom field values of a chunk of imported clients or CIs with JDBC batches: a value is inserted or
 * replaces the stored one; a blank value clears the field of an updated owner (a new one simply has none).
 */
final class FieldValueRows {

    /** One imported owner: its id, whether the chunk creates it, its values by column (null: blank). */
    record Owner(UUID id, boolean inserted, Map<CustomColumn, TypedValue> values) {}

    private FieldValueRows() {}

    static void write(Connection connection, OwnerKind kind, String by, List<Owner> owners) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("insert into field_value (id, owner_kind, owner_id,"
                        + " definition_id, section_id, text_value, decimal_value, integer_value, datetime_value, date_value,"
                        + " boolean_value, reference_id, last_modified_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (owner_kind, owner_id, definition_id) do update set section_id = excluded.section_id,"
                        + " text_value = excluded.text_value, decimal_value = excluded.decimal_value,"
                        + " integer_value = excluded.integer_value, datetime_value = excluded.datetime_value,"
                        + " date_value = excluded.date_value, boolean_value = excluded.boolean_value,"
                        + " reference_id = excluded.reference_id, last_modified_by = excluded.last_modified_by,"
                        + " last_modified_on = now()");
                PreparedStatement delete = connection.prepareStatement(
                        "delete from field_value" + " where owner_kind = ? and owner_id = ? and definition_id = ?")) {
            int upserts = 0;
            int deletes = 0;
            for (Owner owner : owners) {
                for (Map.Entry<CustomColumn, TypedValue> entry : owner.values().entrySet()) {
                    TypedValue value = entry.getValue();
                    UUID definition = entry.getKey().definition().getId();
                    if (value == null) {
                        if (!owner.inserted()) {
                            delete.setString(1, kind.name());
                            delete.setObject(2, owner.id());
                            delete.setObject(3, definition);
                            delete.addBatch();
                            deletes++;
                        }
                        continue;
                    }
                    int i = 0;
                    upsert.setObject(++i, ImportIds.next());
                    upsert.setString(++i, kind.name());
                    upsert.setObject(++i, owner.id());
                    upsert.setObject(++i, definition);
                    upsert.setObject(++i, entry.getKey().sectionId());
                    upsert.setObject(++i, value instanceof TypedValue.Text t ? t.value() : null, Types.VARCHAR);
                    upsert.setObject(++i, value instanceof TypedValue.Decimal d ? d.value() : null, Types.NUMERIC);
                    upsert.setObject(++i, value instanceof TypedValue.Int n ? n.value() : null, Types.BIGINT);
                    upsert.setObject(
                            ++i,
                            value instanceof TypedValue.DateTime t ? t.value() : null,
                            Types.TIMESTAMP_WITH_TIMEZONE);
                    upsert.setObject(++i, value instanceof TypedValue.Date d ? d.value() : null, Types.DATE);
                    upsert.setObject(++i, value instanceof TypedValue.Bool b ? b.value() : null, Types.BOOLEAN);
                    upsert.setObject(++i, value instanceof TypedValue.Reference r ? r.id() : null, Types.OTHER);
                    upsert.setString(++i, by);
                    upsert.addBatch();
                    upserts++;
                }
            }
            if (deletes > 0) {
                delete.executeBatch();
            }
            if (upserts > 0) {
                upsert.executeBatch();
            }
        }
    }
}
