package org.c2desk.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.c2desk.audit.ObjectKind;
import org.c2desk.customfield.OwnerKind;
import org.c2desk.customfield.TypedValue;
import org.c2desk.imports.ClientReferences.EnterpriseRef;

/**
 * Writes one chunk of CI rows in the caller's transaction (the batch chunk's), as {@link ClientImportWriter} does
 * for clients: finds with one query per key the CIs the chunk's rows match (the English name within the folder, the
 * external id) and the clients its Owner cells name, decides insert or update per row, refuses a row whose name
 * several CIs of the folder share, whose external id another CI holds (or an earlier row took), whose CINumber is
 * not the number of the CI it matches, whose owner is unknown or ambiguous, or that would create a CI without a
 * required custom field; then writes with JDBC batches, the rejections and the run's counts in the same
 * transaction. A validation pass decides the same way and writes only the rejections, the counts and its planned
 * keys ({@link PlannedKeys}).
 */
@Stateless
public class CiImportWriter {

    @Resource(lookup = "java:app/jdbc/c2desk")
    DataSource dataSource;

    @EJB
    ImportProgress progress;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ChunkOutcome write(UUID runId, String by, UpsertKey key, boolean dryRun, List<ImportRow> rows) {
        try (Connection connection = dataSource.getConnection()) {
            return write(connection, runId, by, key, dryRun, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write a chunk of import " + runId + ": " + e.getMessage(), e);
        }
    }

    private record Existing(UUID id, long ciNumber) {}

    private record Planned(ImportRow row, UUID id, boolean insert, UUID ownerId) {}

    private ChunkOutcome write(
            Connection connection, UUID runId, String by, UpsertKey key, boolean dryRun, List<ImportRow> rows)
            throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        Set<String> externalIds = new LinkedHashSet<>();
        Set<String> owners = new LinkedHashSet<>();
        for (ImportRow row : rows) {
            if (!row.rejected()) {
                MappedCi ci = row.ci();
                if (key == UpsertKey.NAME_IN_FOLDER) {
                    names.add(ci.nameInFolder());
                }
                if (ci.externalId() != null) {
                    externalIds.add(ci.externalId());
                }
                if (ci.owner() != null) {
                    owners.add(ci.owner().toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, List<UUID>> byName = new HashMap<>();
        Map<String, UUID> byExternalId = new HashMap<>();
        Map<UUID, Existing> existing = new HashMap<>();
        findByName(connection, names, byName, existing);
        findByExternalId(connection, externalIds, byExternalId, existing);
        Map<String, List<UUID>> ownersByRef = findOwners(connection, owners);
        if (dryRun) {
            // What earlier chunks of this validation pass would have written counts as written.
            PlannedKeys.find(connection, runId, UpsertKey.NAME_IN_FOLDER.name(), names)
                    .forEach((name, p) -> byName.put(name, List.of(p.id())));
            PlannedKeys.find(connection, runId, UpsertKey.EXTERNAL_ID.name(), externalIds)
                    .forEach((id, p) -> byExternalId.put(id, p.id()));
        }

        List<Planned> planned = new ArrayList<>();
        List<ImportRow> rejected = new ArrayList<>();
        for (ImportRow row : rows) {
            if (row.rejected()) {
                rejected.add(row);
                continue;
            }
            MappedCi ci = row.ci();
            List<Rejection.Cell> problems = new ArrayList<>();
            UUID target = null;
            if (key == UpsertKey.NAME_IN_FOLDER) {
                List<UUID> holders = byName.getOrDefault(ci.nameInFolder(), List.of());
                if (holders.size() > 1) {
                    problems.add(new Rejection.Cell(
                            CiRowMapper.ENGLISH_NAME,
                            ci.englishName(),
                            "EnglishName: "
                                    + holders.size()
                                    + " CIs of the folder have this name, the row cannot tell which to update"
                                    + " (match on ExternalId instead)"));
                } else if (holders.size() == 1) {
                    target = holders.get(0);
                }
            } else if (key == UpsertKey.EXTERNAL_ID) {
                target = byExternalId.get(ci.externalId());
            }
            boolean insert = target == null;
            UUID id = insert ? ImportIds.next() : target;
            if (ci.externalId() != null) {
                UUID holder = byExternalId.get(ci.externalId());
                if (holder != null && !holder.equals(id)) {
                    problems.add(new Rejection.Cell(
                            CiRowMapper.EXTERNAL_ID,
                            ci.externalId(),
                            "ExternalId: \"" + ci.externalId() + "\" is already the external id of another CI"));
                }
            }
            if (ci.ciNumber() != null) {
                Existing matched = existing.get(id);
                if (insert || matched == null) {
                    problems.add(new Rejection.Cell(
                            CiRowMapper.CI_NUMBER,
                            ci.ciNumber().toString(),
                            "CINumber: the"
                                    + " row matches no CI" + (key == null ? " (no upsert key chosen)" : "")
                                    + ", and the number"
                                    + " of a new CI is given by C2 Desk: leave CINumber blank to create it"));
                } else if (matched.ciNumber() != ci.ciNumber()) {
                    problems.add(new Rejection.Cell(
                            CiRowMapper.CI_NUMBER,
                            ci.ciNumber().toString(),
                            "CINumber: the"
                                    + " row's " + key.column() + " matches CI number " + matched.ciNumber() + ", not "
                                    + ci.ciNumber()));
                }
            }
            UUID ownerId = null;
            if (ci.owner() != null) {
                List<UUID> found = ownersByRef.getOrDefault(ci.owner().toLowerCase(Locale.ROOT), List.of());
                if (found.isEmpty()) {
                    problems.add(new Rejection.Cell(
                            CiRowMapper.OWNER,
                            ci.owner(),
                            "Owner: no client has the id," + " e-mail address or user name \"" + ci.owner() + "\""));
                } else if (found.size() > 1) {
                    problems.add(new Rejection.Cell(
                            CiRowMapper.OWNER,
                            ci.owner(),
                            "Owner: " + found.size()
                                    + " clients have the e-mail address \"" + ci.owner()
                                    + "\": give the client's user name"
                                    + " or id"));
                } else {
                    ownerId = found.get(0);
                }
            }
            if (insert) {
                for (Map.Entry<CustomColumn, TypedValue> value :
                        ci.customValues().entrySet()) {
                    if (value.getKey().required() && value.getValue() == null) {
                        problems.add(new Rejection.Cell(
                                value.getKey().sequenceColumn(),
                                "",
                                value.getKey().englishName() + " is required"));
                    }
                }
            }
            if (!problems.isEmpty()) {
                rejected.add(row.refused(problems));
                continue;
            }
            // Later rows of the chunk see this one: a repeated key updates it, a repeated external id is refused.
            if (ci.externalId() != null) {
                byExternalId.put(ci.externalId(), id);
            }
            if (key == UpsertKey.NAME_IN_FOLDER) {
                byName.put(ci.nameInFolder(), List.of(id));
            }
            planned.add(new Planned(row, id, insert, ownerId));
        }

        int inserted = (int) planned.stream().filter(Planned::insert).count();
        int updated = planned.size() - inserted;
        if (!dryRun) {
            insertCis(connection, by, planned);
            updateCis(connection, by, planned);
            enterprises(connection, planned);
            FieldValueRows.write(
                    connection,
                    OwnerKind.CI,
                    by,
                    planned.stream()
                            .map(p -> new FieldValueRows.Owner(
                                    p.id(), p.insert(), p.row().ci().customValues()))
                            .toList());
            ImportAudit.write(
                    connection,
                    ObjectKind.CI,
                    runId,
                    by,
                    planned.stream()
                            .map(p -> new ImportAudit.Written(
                                    p.id(), p.insert(), p.row().lineNumber()))
                            .toList());
        } else {
            Map<String, PlannedKeys.Planned> plannedNames = new HashMap<>();
            Map<String, PlannedKeys.Planned> plannedIds = new HashMap<>();
            for (Planned p : planned) {
                if (key == UpsertKey.NAME_IN_FOLDER) {
                    plannedNames.put(p.row().ci().nameInFolder(), new PlannedKeys.Planned(p.id(), null));
                }
                if (p.row().ci().externalId() != null) {
                    plannedIds.put(p.row().ci().externalId(), new PlannedKeys.Planned(p.id(), null));
                }
            }
            PlannedKeys.remember(connection, runId, UpsertKey.NAME_IN_FOLDER.name(), plannedNames);
            PlannedKeys.remember(connection, runId, UpsertKey.EXTERNAL_ID.name(), plannedIds);
        }
        if (rows.isEmpty()) {
            return new ChunkOutcome(0, 0, 0, false);
        }
        boolean stop = progress.recordChunk(
                runId,
                rows.size(),
                inserted,
                updated,
                rejected,
                rows.get(0).recordNumber(),
                rows.get(rows.size() - 1).recordNumber());
        return new ChunkOutcome(inserted, updated, rejected.size(), stop);
    }

    /** The CIs named so in their folder ({@code ci_name_idx}), by "folder id/lower-case name". */
    private static void findByName(
            Connection connection, Set<String> keys, Map<String, List<UUID>> byName, Map<UUID, Existing> existing)
            throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        List<Object> folders = new ArrayList<>();
        List<Object> lowerNames = new ArrayList<>();
        for (String k : keys) {
            int slash = k.indexOf('/');
            folders.add(UUID.fromString(k.substring(0, slash)));
            lowerNames.add(k.substring(slash + 1));
        }
        // a lateral join probes ci_name_idx once per key (see KeyLookup)
        try (PreparedStatement select = connection.prepareStatement("select t.id, t.ci_number, k.folder, k.name"
                + " from unnest(?, ?) as k(folder, name) cross join lateral (select id, ci_number from"
                + " configuration_item where ci_folder_id = k.folder and lower(english_name) = k.name) t")) {
            select.setArray(1, connection.createArrayOf("uuid", folders.toArray()));
            select.setArray(2, connection.createArrayOf("varchar", lowerNames.toArray()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    UUID id = result.getObject(1, UUID.class);
                    existing.put(id, new Existing(id, result.getLong(2)));
                    byName.computeIfAbsent(
                                    result.getObject(3, UUID.class) + "/" + result.getString(4), k -> new ArrayList<>())
                            .add(id);
                }
            }
        }
    }

    private static void findByExternalId(
            Connection connection,
            Set<String> externalIds,
            Map<String, UUID> byExternalId,
            Map<UUID, Existing> existing)
            throws SQLException {
        if (externalIds.isEmpty()) {
            return;
        }
        KeyLookup.each(
                connection, "id, ci_number, external_id", "configuration_item", "external_id", externalIds, result -> {
                    UUID id = result.getObject(1, UUID.class);
                    existing.put(id, new Existing(id, result.getLong(2)));
                    byExternalId.put(result.getString(3), id);
                });
    }

    /** The clients the Owner cells name (lower-case), by id, user name or e-mail address. */
    private static Map<String, List<UUID>> findOwners(Connection connection, Set<String> refs) throws SQLException {
        Map<String, List<UUID>> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        List<Object> ids = new ArrayList<>();
        for (String ref : refs) {
            try {
                ids.add(UUID.fromString(ref));
            } catch (IllegalArgumentException e) {
                // a user name or an e-mail address
            }
        }
        KeyLookup.Row row = result -> {
            UUID id = result.getObject(1, UUID.class);
            String userName = result.getString(2);
            String email = result.getString(3);
            if (refs.contains(id.toString())) {
                found.put(id.toString(), new ArrayList<>(List.of(id)));
            }
            // A user name is unique and wins over an e-mail address that happens to be written the same.
            if (userName != null && refs.contains(userName)) {
                found.put(userName, new ArrayList<>(List.of(id)));
            } else if (email != null && refs.contains(email)) {
                List<UUID> holders = found.computeIfAbsent(email, k -> new ArrayList<>());
                if (!holders.contains(id)) {
                    holders.add(id);
                }
            }
        };
        String columns = "id, lower(user_name), lower(email_address)";
        KeyLookup.each(connection, columns, "client", "id", "uuid", ids, row);
        KeyLookup.each(connection, columns, "client", "lower(user_name)", refs, row);
        KeyLookup.each(connection, columns, "client", "lower(email_address)", refs, row);
        return found;
    }

    private static void insertCis(Connection connection, String by, List<Planned> planned) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into configuration_item (id, ci_folder_id,"
                + " category_id, ci_type_id, state_id, owner_client_id, english_name, french_name,"
                + " english_description, french_description, tags, external_id, is_active, created_by,"
                + " last_modified_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int count = 0;
            for (Planned p : planned) {
                if (!p.insert()) {
                    continue;
                }
                MappedCi c = p.row().ci();
                int i = 0;
                insert.setObject(++i, p.id());
                insert.setObject(++i, c.folderId());
                insert.setObject(++i, c.categoryId());
                insert.setObject(++i, c.typeId(), Types.OTHER);
                insert.setObject(++i, c.stateId(), Types.OTHER);
                insert.setObject(++i, p.ownerId(), Types.OTHER);
                insert.setString(++i, c.englishName());
                insert.setString(++i, c.frenchName());
                insert.setString(++i, c.englishDescription() == null ? "" : c.englishDescription());
                insert.setString(++i, c.frenchDescription() == null ? "" : c.frenchDescription());
                insert.setString(++i, c.tags() == null ? "" : c.tags());
                insert.setString(++i, c.externalId());
                insert.setBoolean(++i, !Boolean.FALSE.equals(c.active()));
                insert.setString(++i, by);
                insert.setString(++i, by);
                insert.addBatch();
                count++;
            }
            if (count > 0) {
                insert.executeBatch();
            }
        }
    }

    /** The columns an update writes, when the file has them, with their SQL. */
    private static final List<String[]> UPDATABLE = List.of(
            new String[] {CiRowMapper.ENGLISH_NAME, "english_name = ?"},
            new String[] {CiRowMapper.FRENCH_NAME, "french_name = ?"},
            new String[] {CiRowMapper.FOLDER, "ci_folder_id = ?"},
            new String[] {CiRowMapper.CATEGORY, "category_id = ?"},
            new String[] {CiRowMapper.TYPE, "ci_type_id = ?"},
            new String[] {CiRowMapper.STATE, "state_id = ?"},
            new String[] {CiRowMapper.OWNER, "owner_client_id = ?"},
            new String[] {CiRowMapper.ENGLISH_DESCRIPTION, "english_description = ?"},
            new String[] {CiRowMapper.FRENCH_DESCRIPTION, "french_description = ?"},
            new String[] {CiRowMapper.TAGS, "tags = ?"},
            new String[] {CiRowMapper.EXTERNAL_ID, "external_id = ?"},
            new String[] {CiRowMapper.ACTIVE, "is_active = coalesce(?, is_active)"});

    private static void updateCis(Connection connection, String by, List<Planned> planned) throws SQLException {
        List<Planned> updates = planned.stream().filter(p -> !p.insert()).toList();
        if (updates.isEmpty()) {
            return;
        }
        MappedCi first = updates.get(0).row().ci();
        PartialUpdate partial = PartialUpdate.of("configuration_item", UPDATABLE, first::has);
        List<String> columns = partial.columns();
        try (PreparedStatement update = connection.prepareStatement(partial.sql())) {
            for (Planned p : updates) {
                MappedCi c = p.row().ci();
                int i = 0;
                for (String column : columns) {
                    switch (column) {
                        case CiRowMapper.ENGLISH_NAME -> update.setString(++i, c.englishName());
                        case CiRowMapper.FRENCH_NAME -> update.setString(++i, c.frenchName());
                        case CiRowMapper.FOLDER -> update.setObject(++i, c.folderId(), Types.OTHER);
                        case CiRowMapper.CATEGORY -> update.setObject(++i, c.categoryId(), Types.OTHER);
                        case CiRowMapper.TYPE -> update.setObject(++i, c.typeId(), Types.OTHER);
                        case CiRowMapper.STATE -> update.setObject(++i, c.stateId(), Types.OTHER);
                        case CiRowMapper.OWNER -> update.setObject(++i, p.ownerId(), Types.OTHER);
                        case CiRowMapper.ENGLISH_DESCRIPTION -> update.setString(++i, c.englishDescription());
                        case CiRowMapper.FRENCH_DESCRIPTION -> update.setString(++i, c.frenchDescription());
                        case CiRowMapper.TAGS -> update.setString(++i, c.tags());
                        case CiRowMapper.EXTERNAL_ID -> update.setString(++i, c.externalId());
                        case CiRowMapper.ACTIVE -> update.setObject(++i, c.active(), Types.BOOLEAN);
                        default -> throw new IllegalStateException(column);
                    }
                }
                update.setString(++i, by);
                update.setObject(++i, p.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** When the file has the Enterprise column: a CI's enterprises become the row's (blank: none). */
    private static void enterprises(Connection connection, List<Planned> planned) throws SQLException {
        List<Planned> withColumn = planned.stream()
                .filter(p -> p.row().ci().has(CiRowMapper.ENTERPRISE))
                .toList();
        if (withColumn.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from ci_enterprise where ci_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into ci_enterprise (ci_id," + " enterprise_id) values (?, ?) on conflict do nothing")) {
            int deletes = 0;
            int inserts = 0;
            for (Planned p : withColumn) {
                if (!p.insert()) {
                    delete.setObject(1, p.id());
                    delete.addBatch();
                    deletes++;
                }
                for (EnterpriseRef enterprise : p.row().ci().enterprises()) {
                    insert.setObject(1, p.id());
                    insert.setObject(2, enterprise.id());
                    insert.addBatch();
                    inserts++;
                }
            }
            if (deletes > 0) {
                delete.executeBatch();
            }
            if (inserts > 0) {
                insert.executeBatch();
            }
        }
    }
}
