package org.c2desk.cmdb;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.c2desk.platform.Sql;
import org.c2desk.security.Caller;

/**
 * CI lists for the REST API: simple filters and keyset paging by CI number (unique, indexed). The visibility rule is
 * {@link CmdbService#find}'s: a CI of no enterprise is seen by all, others by callers who see one of its enterprises.
 */
@Stateless
public class CiSearch {

    public static final int MAX_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    /** Every part may be null; {@code q} matches the English or French name (contains, any case). */
    public record Filter(UUID folderId, UUID categoryId, UUID typeId, String q, String externalId, Boolean active) {
    }

    public record Summary(UUID id, long ciNumber, String englishName, String frenchName, UUID folderId,
            UUID categoryId, UUID typeId, UUID stateId, String externalId, boolean active,
            OffsetDateTime lastModifiedOn, long version) {
    }

    /** Up to {@code limit} + 1 CIs numbered after {@code afterNumber} (null: from the first), by number. */
    @SuppressWarnings("unchecked")
    public List<Summary> find(Caller caller, Filter filter, Long afterNumber, int limit) {
        Sql sql = new Sql("select c.id, c.ci_number, c.english_name, c.french_name, c.ci_folder_id, c.category_id,"
                + " c.ci_type_id, c.state_id, c.external_id, c.is_active, c.last_modified_on, c.version"
                + " from configuration_item c where true");
        if (!caller.administrator() && !caller.enterpriseIds().isEmpty()) {
            sql.append(" and (not exists (select 1 from ci_enterprise ae where ae.ci_id = c.id)"
                    + " or exists (select 1 from ci_enterprise ve where ve.ci_id = c.id"
                    + " and ve.enterprise_id = any(cast(? as uuid[]))))", caller.enterpriseIds().stream()
                            .map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
        }
        if (filter.folderId() != null) {
            sql.append(" and c.ci_folder_id = ?", filter.folderId());
        }
        if (filter.categoryId() != null) {
            sql.append(" and c.category_id = ?", filter.categoryId());
        }
        if (filter.typeId() != null) {
            sql.append(" and c.ci_type_id = ?", filter.typeId());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String like = "%" + filter.q().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            sql.append(" and (lower(c.english_name) like ? or lower(c.french_name) like ?)", like, like);
        }
        if (filter.externalId() != null && !filter.externalId().isBlank()) {
            sql.append(" and c.external_id = ?", filter.externalId().strip());
        }
        if (filter.active() != null) {
            sql.append(" and c.is_active = ?", filter.active());
        }
        if (afterNumber != null) {
            sql.append(" and c.ci_number > ?", afterNumber);
        }
        sql.append(" order by c.ci_number limit " + (Math.max(1, Math.min(limit, MAX_LIMIT)) + 1));
        List<Object[]> rows = sql.query(em).getResultList();
        List<Summary> found = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            found.add(new Summary((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    (UUID) r[4], (UUID) r[5], (UUID) r[6], (UUID) r[7], (String) r[8], (Boolean) r[9], time(r[10]),
                    ((Number) r[11]).longValue()));
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
