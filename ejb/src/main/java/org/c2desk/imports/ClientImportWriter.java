package org.c2desk.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * Writes one chunk of client rows in the caller's transaction (the batch chunk's): looks up the clients the chunk's
 * keys match with one query, decides insert or update per row, refuses rows whose user name or external id another
 * client holds (or an earlier row of the file took) and new clients missing a required custom field, then writes: the
 * new clients with COPY ({@link CopyRows}), the updated ones with a JDBC batch, their enterprises and audit entries in
 * one statement each, their custom field values, the rejections and the run's counts, all in the same transaction.
 * New clients get time-ordered ids ({@link ImportIds}). A dry run decides the same way and writes only the rejections
 * and counts.
 */
@Stateless
public class ClientImportWriter {

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

    private record Existing(UUID id, boolean portalAccess) {}

    private record Planned(ImportRow row, UUID id, boolean insert) {}

    private ChunkOutcome write(
            Connection connection, UUID runId, String by, UpsertKey key, boolean dryRun, List<ImportRow> rows)
            throws SQLException {
        Set<String> emails = new LinkedHashSet<>();
        Set<String> userNames = new LinkedHashSet<>();
        Set<String> externalIds = new LinkedHashSet<>();
        for (ImportRow row : rows) {
            if (!row.rejected()) {
                MappedClient client = row.client();
                if (client.emailAddress() != null && key == UpsertKey.EMAIL) {
                    emails.add(lower(client.emailAddress()));
                }
                if (client.userName() != null) {
                    userNames.add(lower(client.userName()));
                }
                if (client.externalId() != null) {
                    externalIds.add(client.externalId());
                }
            }
        }
        Map<String, List<UUID>> byEmail = new HashMap<>();
        Map<String, UUID> byUserName = new HashMap<>();
        Map<String, UUID> byExternalId = new HashMap<>();
        Map<UUID, Existing> existing = new HashMap<>();
        // One lookup per key, each probing its index once per value (see KeyLookup): an OR of the three, planned
        // afresh for each chunk, fell back to a sequential scan of the whole table as it grew.
        KeyLookup.Row found = result -> {
            UUID id = result.getObject(1, UUID.class);
            existing.put(id, new Existing(id, result.getBoolean(5)));
            if (result.getString(2) != null && emails.contains(result.getString(2))) {
                List<UUID> holders = byEmail.computeIfAbsent(result.getString(2), k -> new ArrayList<>());
                if (!holders.contains(id)) {
                    holders.add(id);
                }
            }
            if (result.getString(3) != null) {
                byUserName.put(result.getString(3), id);
            }
            if (result.getString(4) != null) {
                byExternalId.put(result.getString(4), id);
            }
        };
        String columns = "id, lower(email_address), lower(user_name), external_id, has_portal_access";
        KeyLookup.each(connection, columns, "client", "lower(email_address)", emails, found);
        KeyLookup.each(connection, columns, "client", "lower(user_name)", userNames, found);
        KeyLookup.each(connection, columns, "client", "external_id", externalIds, found);
        if (dryRun) {
            // What earlier chunks of this validation pass would have written counts as written.
            PlannedKeys.find(connection, runId, UpsertKey.EMAIL.name(), emails).forEach((email, p) -> {
                byEmail.put(email, List.of(p.id()));
                existing.putIfAbsent(p.id(), new Existing(p.id(), Boolean.TRUE.equals(p.flag())));
            });
            PlannedKeys.find(connection, runId, UpsertKey.USER_NAME.name(), userNames)
                    .forEach((name, p) -> {
                        byUserName.put(name, p.id());
                        existing.putIfAbsent(p.id(), new Existing(p.id(), Boolean.TRUE.equals(p.flag())));
                    });
            PlannedKeys.find(connection, runId, UpsertKey.EXTERNAL_ID.name(), externalIds)
                    .forEach((id, p) -> {
                        byExternalId.put(id, p.id());
                        existing.putIfAbsent(p.id(), new Existing(p.id(), Boolean.TRUE.equals(p.flag())));
                    });
        }

        List<Planned> planned = new ArrayList<>();
        List<ImportRow> rejected = new ArrayList<>();
        for (ImportRow row : rows) {
            if (row.rejected()) {
                rejected.add(row);
                continue;
            }
            MappedClient client = row.client();
            List<Rejection.Cell> problems = new ArrayList<>();
            UUID target = null;
            if (key == UpsertKey.EMAIL) {
                List<UUID> holders = byEmail.getOrDefault(lower(client.emailAddress()), List.of());
                if (holders.size() > 1) {
                    problems.add(new Rejection.Cell(
                            key.column(),
                            client.emailAddress(),
                            key.column() + ": "
                                    + holders.size()
                                    + " clients have this e-mail address, the row cannot tell which to update"
                                    + " (match on UserName or ExternalId instead)"));
                } else if (holders.size() == 1) {
                    target = holders.get(0);
                }
            } else if (key == UpsertKey.USER_NAME) {
                target = byUserName.get(lower(client.userName()));
            } else if (key == UpsertKey.EXTERNAL_ID) {
                target = byExternalId.get(client.externalId());
            }
            boolean insert = target == null;
            UUID id = insert ? ImportIds.next() : target;
            if (client.userName() != null) {
                UUID holder = byUserName.get(lower(client.userName()));
                if (holder != null && !holder.equals(id)) {
                    problems.add(new Rejection.Cell(
                            ClientRowMapper.USER_NAME,
                            client.userName(),
                            "UserName: \"" + client.userName() + "\" is already the user name of another client"));
                }
            }
            if (client.externalId() != null) {
                UUID holder = byExternalId.get(client.externalId());
                if (holder != null && !holder.equals(id)) {
                    problems.add(new Rejection.Cell(
                            ClientRowMapper.EXTERNAL_ID,
                            client.externalId(),
                            "ExternalId: \"" + client.externalId()
                                    + "\" is already the external id of another client"));
                }
            }
            if (!insert
                    && client.has(ClientRowMapper.USER_NAME)
                    && client.userName() == null
                    && !Boolean.FALSE.equals(client.portalAccess())
                    && existing.get(id).portalAccess()) {
                problems.add(new Rejection.Cell(
                        ClientRowMapper.USER_NAME, "", "UserName is required: the client has portal access"));
            }
            if (insert) {
                for (Map.Entry<CustomColumn, TypedValue> value :
                        client.customValues().entrySet()) {
                    if (value.getKey().required() && value.getValue() == null) {
                        problems.add(new Rejection.Cell(
                                value.getKey().englishName(), "", value.getKey().englishName() + " is required"));
                    }
                }
            }
            if (!problems.isEmpty()) {
                rejected.add(row.refused(problems));
                continue;
            }
            // Later rows of the chunk see this one: a repeated key updates it, a repeated user name is refused.
            if (client.userName() != null) {
                byUserName.put(lower(client.userName()), id);
            }
            if (client.externalId() != null) {
                byExternalId.put(client.externalId(), id);
            }
            if (key == UpsertKey.EMAIL) {
                byEmail.put(lower(client.emailAddress()), List.of(id));
            }
            if (insert) {
                existing.put(id, new Existing(id, Boolean.TRUE.equals(client.portalAccess())));
            } else if (client.portalAccess() != null) {
                existing.put(id, new Existing(id, client.portalAccess()));
            }
            planned.add(new Planned(row, id, insert));
        }

        int inserted = (int) planned.stream().filter(Planned::insert).count();
        int updated = planned.size() - inserted;
        if (!dryRun) {
            insertClients(connection, by, planned);
            updateClients(connection, by, planned);
            enterprises(connection, planned);
            FieldValueRows.write(
                    connection,
                    OwnerKind.CLIENT,
                    by,
                    planned.stream()
                            .map(p -> new FieldValueRows.Owner(
                                    p.id(), p.insert(), p.row().client().customValues()))
                            .toList());
            ImportAudit.write(
                    connection,
                    ObjectKind.CLIENT,
                    runId,
                    by,
                    planned.stream()
                            .map(p -> new ImportAudit.Written(
                                    p.id(), p.insert(), p.row().lineNumber()))
                            .toList());
        } else {
            remember(connection, runId, key, planned, existing);
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

    /** The new clients of the chunk, with COPY (see {@link CopyRows}). */
    private static void insertClients(Connection connection, String by, List<Planned> planned) throws SQLException {
        CopyRows copy = new CopyRows("client (id, first_name, last_name, email_address, user_name, has_portal_access,"
                + " preferred_culture, office_phone, mobile_phone, street_name, city, postal_code, country_id, gender,"
                + " external_id, is_active, created_by, last_modified_by)");
        for (Planned p : planned) {
            if (!p.insert()) {
                continue;
            }
            MappedClient c = p.row().client();
            copy.value(p.id())
                    .value(c.firstName())
                    .value(c.lastName())
                    .value(c.emailAddress())
                    .value(c.userName())
                    .value(Boolean.TRUE.equals(c.portalAccess()))
                    .value(c.cultureForInsert().code())
                    .value(c.officePhone())
                    .value(c.mobilePhone())
                    .value(c.streetName())
                    .value(c.city())
                    .value(c.postalCode())
                    .value(c.countryId())
                    .value(c.gender())
                    .value(c.externalId())
                    .value(!Boolean.FALSE.equals(c.active()))
                    .value(by)
                    .value(by)
                    .endRow();
        }
        copy.copy(connection);
    }

    /** The columns an update writes: those of the file (every row of a file has the same). */
    private static final List<String[]> UPDATABLE = List.of(
            new String[] {ClientRowMapper.FIRST_NAME, "first_name = ?"},
            new String[] {ClientRowMapper.LAST_NAME, "last_name = ?"},
            new String[] {ClientRowMapper.EMAIL, "email_address = ?"},
            new String[] {ClientRowMapper.USER_NAME, "user_name = ?"},
            new String[] {ClientRowMapper.PORTAL_ACCESS, "has_portal_access = coalesce(?, has_portal_access)"},
            new String[] {ClientRowMapper.CULTURE, "preferred_culture = coalesce(?, preferred_culture)"},
            new String[] {ClientRowMapper.OFFICE_PHONE, "office_phone = ?"},
            new String[] {ClientRowMapper.MOBILE_PHONE, "mobile_phone = ?"},
            new String[] {ClientRowMapper.STREET, "street_name = ?"},
            new String[] {ClientRowMapper.CITY, "city = ?"},
            new String[] {ClientRowMapper.POSTAL_CODE, "postal_code = ?"},
            new String[] {ClientRowMapper.COUNTRY, "country_id = ?"},
            new String[] {ClientRowMapper.GENDER, "gender = ?"},
            new String[] {ClientRowMapper.EXTERNAL_ID, "external_id = ?"},
            new String[] {ClientRowMapper.ACTIVE, "is_active = coalesce(?, is_active)"});

    private static void updateClients(Connection connection, String by, List<Planned> planned) throws SQLException {
        List<Planned> updates = planned.stream().filter(p -> !p.insert()).toList();
        if (updates.isEmpty()) {
            return;
        }
        MappedClient first = updates.get(0).row().client();
        PartialUpdate partial = PartialUpdate.of("client", UPDATABLE, first::has);
        List<String> columns = partial.columns();
        try (PreparedStatement update = connection.prepareStatement(partial.sql())) {
            for (Planned p : updates) {
                MappedClient c = p.row().client();
                int i = 0;
                for (String column : columns) {
                    Object value = switch (column) {
                        case ClientRowMapper.FIRST_NAME -> c.firstName();
                        case ClientRowMapper.LAST_NAME -> c.lastName();
                        case ClientRowMapper.EMAIL -> c.emailAddress();
                        case ClientRowMapper.USER_NAME -> c.userName();
                        case ClientRowMapper.PORTAL_ACCESS -> c.portalAccess();
                        case ClientRowMapper.CULTURE ->
                            c.preferredCulture() == null
                                    ? null
                                    : c.preferredCulture().code();
                        case ClientRowMapper.OFFICE_PHONE -> c.officePhone();
                        case ClientRowMapper.MOBILE_PHONE -> c.mobilePhone();
                        case ClientRowMapper.STREET -> c.streetName();
                        case ClientRowMapper.CITY -> c.city();
                        case ClientRowMapper.POSTAL_CODE -> c.postalCode();
                        case ClientRowMapper.COUNTRY -> c.countryId();
                        case ClientRowMapper.GENDER -> c.gender();
                        case ClientRowMapper.EXTERNAL_ID -> c.externalId();
                        case ClientRowMapper.ACTIVE -> c.active();
                        default -> throw new IllegalStateException(column);
                    };
                    int type = value instanceof Boolean
                                    || column.equals(ClientRowMapper.PORTAL_ACCESS)
                                    || column.equals(ClientRowMapper.ACTIVE)
                            ? Types.BOOLEAN
                            : column.equals(ClientRowMapper.COUNTRY) ? Types.OTHER : Types.VARCHAR;
                    update.setObject(++i, value, type);
                }
                update.setString(++i, by);
                update.setObject(++i, p.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * New clients get their enterprises; updated ones have theirs replaced by the row's (the first is primary). One
     * statement each way, the rows as arrays: a JDBC batch of 1,000 small inserts cost more round trips and parsing
     * than the rows themselves.
     */
    private static void enterprises(Connection connection, List<Planned> planned) throws SQLException {
        List<Object> updated = planned.stream()
                .filter(p -> !p.insert())
                .map(p -> (Object) p.id())
                .distinct()
                .toList();
        if (!updated.isEmpty()) {
            try (PreparedStatement delete =
                    connection.prepareStatement("delete from client_enterprise where client_id = any (?)")) {
                delete.setArray(1, connection.createArrayOf("uuid", updated.toArray()));
                delete.executeUpdate();
            }
        }
        // A client a chunk writes twice (a key repeated in the file) gets both rows' enterprises, the later primary.
        Map<List<UUID>, Boolean> links = new java.util.LinkedHashMap<>();
        for (Planned p : planned) {
            boolean primary = true;
            for (EnterpriseRef enterprise : p.row().client().enterprises()) {
                links.put(List.of(p.id(), enterprise.id()), primary);
                primary = false;
            }
        }
        if (links.isEmpty()) {
            return;
        }
        List<Object> clients = new ArrayList<>(links.size());
        List<Object> enterprises = new ArrayList<>(links.size());
        List<Object> primaries = new ArrayList<>(links.size());
        links.forEach((link, primary) -> {
            clients.add(link.get(0));
            enterprises.add(link.get(1));
            primaries.add(primary);
        });
        try (PreparedStatement insert = connection.prepareStatement("insert into client_enterprise (client_id,"
                + " enterprise_id, is_primary) select * from unnest(?, ?, ?) on conflict (client_id, enterprise_id)"
                + " do update set is_primary = excluded.is_primary")) {
            insert.setArray(1, connection.createArrayOf("uuid", clients.toArray()));
            insert.setArray(2, connection.createArrayOf("uuid", enterprises.toArray()));
            insert.setArray(3, connection.createArrayOf("boolean", primaries.toArray()));
            insert.executeUpdate();
        }
    }

    /** The validation pass: the keys this chunk would have written, for the chunks after it. */
    private static void remember(
            Connection connection, UUID runId, UpsertKey key, List<Planned> planned, Map<UUID, Existing> existing)
            throws SQLException {
        Map<String, PlannedKeys.Planned> emails = new HashMap<>();
        Map<String, PlannedKeys.Planned> userNames = new HashMap<>();
        Map<String, PlannedKeys.Planned> externalIds = new HashMap<>();
        for (Planned p : planned) {
            MappedClient client = p.row().client();
            PlannedKeys.Planned target =
                    new PlannedKeys.Planned(p.id(), existing.get(p.id()).portalAccess());
            if (key == UpsertKey.EMAIL && client.emailAddress() != null) {
                emails.put(lower(client.emailAddress()), target);
            }
            if (client.userName() != null) {
                userNames.put(lower(client.userName()), target);
            }
            if (client.externalId() != null) {
                externalIds.put(client.externalId(), target);
            }
        }
        PlannedKeys.remember(connection, runId, UpsertKey.EMAIL.name(), emails);
        PlannedKeys.remember(connection, runId, UpsertKey.USER_NAME.name(), userNames);
        PlannedKeys.remember(connection, runId, UpsertKey.EXTERNAL_ID.name(), externalIds);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
