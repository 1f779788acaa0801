package org.c2desk.ticket;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.c2desk.platform.Sql;
import org.c2desk.security.Caller;

/**
 * Ticket lists for the REST API: filters and keyset paging over the index {@code ticket_modified_idx}
 * ({@code last_modified_on desc, id}). A page starts after the last ticket of the previous one, so it costs the same
 * at page 1 and page 1000 and never repeats or skips a ticket that did not change meanwhile. The visibility rule is
 * {@link TicketQueries#visibleTo}'s.
 */
@Stateless
public class TicketSearch {

    public static final int MAX_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    /** Where a page ends: the last ticket's modification time and id. */
    public record Cursor(OffsetDateTime lastModifiedOn, UUID id) {
    }

    /** What to list; every part may be null. {@code q} searches summary and description (whole words) or a number. */
    public record Filter(UUID statusId, UUID queueId, UUID enterpriseId, UUID clientId, UUID assigneeId,
            OffsetDateTime modifiedSince, String q) {
    }

    /** One ticket of a list. */
    public record Summary(UUID id, long sequenceNumber, String summary, UUID ticketTypeId, UUID statusId,
            String statusCode, UUID queueId, UUID enterpriseId, OffsetDateTime dueDate, OffsetDateTime createdOn,
            OffsetDateTime lastModifiedOn, long version) {
    }

    /**
     * Up to {@code limit} + 1 tickets after {@code after} (null: from the most recently changed), most recently
     * changed first: the extra one only tells that there is a next page.
     */
    @SuppressWarnings("unchecked")
    public List<Summary> find(Caller caller, Filter filter, Cursor after, int limit) {
        Sql sql = new Sql("""
                select t.id, t.sequence_number, t.summary, t.ticket_type_id, t.status_id, s.code, t.queue_id,
                       t.enterprise_id, t.due_date, t.created_on, t.last_modified_on, t.version
                  from ticket t join ticket_status s on s.id = t.status_id
                 where t.is_ticket""");
        TicketQueries.visibleTo(caller, sql);
        if (filter.statusId() != null) {
            sql.append(" and t.status_id = ?", filter.statusId());
        }
        if (filter.queueId() != null) {
            sql.append(" and t.queue_id = ?", filter.queueId());
        }
        if (filter.enterpriseId() != null) {
            sql.append(" and t.enterprise_id = ?", filter.enterpriseId());
        }
        if (filter.clientId() != null) {
            sql.append(" and exists (select 1 from ticket_client fc where fc.ticket_id = t.id and fc.client_id = ?)",
                    filter.clientId());
        }
        if (filter.assigneeId() != null) {
            sql.append(" and exists (select 1 from ticket_assignee fa where fa.ticket_id = t.id and fa.resource_id = ?)",
                    filter.assigneeId());
        }
        if (filter.modifiedSince() != null) {
            sql.append(" and t.last_modified_on >= cast(? as timestamptz)", filter.modifiedSince().toString());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String q = filter.q().strip();
            if (q.matches("\\d{1,18}")) {
                sql.append(" and (t.sequence_number = ? or t.search_vector @@ plainto_tsquery('simple', ?))",
                        Long.parseLong(q), q);
            } else {
                sql.append(" and t.search_vector @@ plainto_tsquery('simple', ?)", q);
            }
        }
        if (after != null) {
            String at = after.lastModifiedOn().toString();
            sql.append(" and (t.last_modified_on < cast(? as timestamptz)"
                    + " or (t.last_modified_on = cast(? as timestamptz) and t.id > ?))", at, at, after.id());
        }
        sql.append(" order by t.last_modified_on desc, t.id limit " + (Math.max(1, Math.min(limit, MAX_LIMIT)) + 1));
        List<Object[]> rows = sql.query(em).getResultList();
        List<Summary> found = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            found.add(new Summary((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2], (UUID) r[3], (UUID) r[4],
                    (String) r[5], (UUID) r[6], (UUID) r[7], time(r[8]), time(r[9]), time(r[10]),
                    ((Number) r[11]).longValue()));
        }
        return found;
    }

    static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return value == null ? null : ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
