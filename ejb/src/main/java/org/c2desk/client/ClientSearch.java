package org.c2desk.client;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.c2desk.platform.Sql;
import org.c2desk.security.Caller;

/**
 * Client lists for the REST API: simple filters and keyset paging by client number (unique, indexed). The visibility
 * rule is {@link ClientService#visible}'s: a client is seen by callers who see one of its enterprises.
 */
@Stateless
public class ClientSearch {

    public static final int MAX_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    /** Every part may be null; {@code q} matches names and e-mail address (contains, any case). */
    public record Filter(UUID enterpriseId, String q, String externalId, Boolean active) {}

    public record Summary(
            UUID id,
            long sequenceNumber,
            String firstName,
            String lastName,
            String emailAddress,
            String externalId,
            boolean active,
            OffsetDateTime lastModifiedOn,
            long version) {}

    /** Up to {@code limit} + 1 clients numbered after {@code afterNumber} (null: from the first), by number. */
    @SuppressWarnings("unchecked")
    public List<Summary> find(Caller caller, Filter filter, Long afterNumber, int limit) {
        Sql sql = new Sql("select c.id, c.sequence_number, c.first_name, c.last_name, c.email_address, c.external_id,"
                + " c.is_active, c.last_modified_on, c.version from client c where true");
        if (!caller.administrator() && !caller.enterpriseIds().isEmpty()) {
            sql.append(
                    " and exists (select 1 from client_enterprise ve where ve.client_id = c.id"
                            + " and ve.enterprise_id = any(cast(? as uuid[])))",
                    caller.enterpriseIds().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
        }
        if (filter.enterpriseId() != null) {
            sql.append(
                    " and exists (select 1 from client_enterprise fe where fe.client_id = c.id and fe.enterprise_id = ?)",
                    filter.enterpriseId());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String like = "%"
                    + filter.q()
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            sql.append(
                    " and (lower(c.first_name || ' ' || c.last_name) like ? or lower(c.email_address) like ?)",
                    like,
                    like);
        }
        if (filter.externalId() != null && !filter.externalId().isBlank()) {
            sql.append(" and c.external_id = ?", filter.externalId().strip());
        }
        if (filter.active() != null) {
            sql.append(" and c.is_active = ?", filter.active());
        }
        if (afterNumber != null) {
            sql.append(" and c.sequence_number > ?", afterNumber);
        }
        sql.append(" order by c.sequence_number limit " + (Math.max(1, Math.min(limit, MAX_LIMIT)) + 1));
        List<Object[]> rows = sql.query(em).getResultList();
        List<Summary> found = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            found.add(new Summary(
                    (UUID) r[0],
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (Boolean) r[6],
                    time(r[7]),
                    ((Number) r[8]).longValue()));
        }
        return found;
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return value == null ? null : ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
