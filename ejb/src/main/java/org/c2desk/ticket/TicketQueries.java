package org.c2desk.ticket;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.Sql;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.security.Caller;
import org.c2desk.security.PortalClient;

/**
 * The read side of tickets for lists and counters: plain SQL over the indexed columns, always bounded (a limit on
 * every list, a cap on every count), so a page costs the same at a thousand tickets and at a million.
 */
@Stateless
public class TicketQueries {

    /** Counts stop here; beyond it a counter shows "999+". */
    public static final int COUNT_CAP = 1000;

    private static final String ROW_COLUMNS = """
            select t.id, t.sequence_number, t.summary,
                   (select c.first_name || ' ' || c.last_name from ticket_client tc join client c on c.id = tc.client_id
                     where tc.ticket_id = t.id order by tc.is_principal desc limit 1) as client_name,
                   s.english_name, s.french_name, q.english_name, q.french_name, t.created_on, t.last_modified_on
              from ticket t
              join ticket_status s on s.id = t.status_id
              left join queue q on q.id = t.queue_id
            """;

    @PersistenceContext
    EntityManager em;

    /** The counters of the console's home page, each capped at {@link #COUNT_CAP}. */
    public record HomeCounts(String assignedToMe, String unassigned, String overdue) {
    }

    public List<TicketRow> recentlyUpdated(Caller caller, int limit) {
        Sql sql = new Sql(ROW_COLUMNS + " where t.is_ticket");
        visibleTo(caller, sql);
        sql.append(" order by t.last_modified_on desc, t.id limit " + Math.min(limit, 200));
        return rows(sql.query(em));
    }

    public HomeCounts homeCounts(Caller caller) {
        return new HomeCounts(
                cappedCount(caller, " and exists (select 1 from ticket_assignee a where a.ticket_id = t.id and a.resource_id = ?)",
                        caller.resourceId()),
                cappedCount(caller, " and not exists (select 1 from ticket_assignee a where a.ticket_id = t.id)"),
                cappedCount(caller, " and t.due_date < now()"));
    }

    /** A portal client's requests that are not finished: theirs, or their enterprise's if their role allows it. */
    public List<TicketRow> openRequestsOf(PortalClient client, int limit) {
        Sql sql = new Sql(ROW_COLUMNS + " where t.is_ticket and s.phase not in ('CLOSED', 'CANCELLED') and (");
        sql.append("exists (select 1 from ticket_client tc where tc.ticket_id = t.id and tc.client_id = ?)", client.clientId());
        if (client.seesEnterpriseTickets()) {
            sql.append(" or t.enterprise_id = any(cast(? as uuid[]))", uuidArray(client.enterpriseIds()));
        }
        sql.append(") order by t.last_modified_on desc, t.id limit " + Math.min(limit, 200));
        return rows(sql.query(em));
    }

    /**
     * Which tickets a resource may see, in SQL; {@link TicketService#visibleTo} is the same rule in Java.
     */
    static void visibleTo(Caller caller, Sql sql) {
        if (caller.administrator()) {
            return;
        }
        if (!caller.enterpriseIds().isEmpty()) {
            sql.append(" and t.enterprise_id = any(cast(? as uuid[]))", uuidArray(caller.enterpriseIds()));
        }
        sql.append(" and (t.queue_id is null or t.queue_id = any(cast(? as uuid[]))", uuidArray(caller.queueIds()));
        sql.append(" or exists (select 1 from ticket_assignee va where va.ticket_id = t.id and va.resource_id = ?))",
                caller.resourceId());
    }

    private String cappedCount(Caller caller, String condition, Object... parameters) {
        Sql sql = new Sql("select count(*) from (select 1 from ticket t join ticket_status s on s.id = t.status_id"
                + " where t.is_ticket and s.phase not in ('RESOLVED', 'CLOSED', 'CANCELLED')");
        visibleTo(caller, sql);
        sql.append(condition, parameters);
        sql.append(" limit " + COUNT_CAP + ") capped");
        long count = ((Number) sql.query(em).getSingleResult()).longValue();
        return count >= COUNT_CAP ? (COUNT_CAP - 1) + "+" : Long.toString(count);
    }

    /** PostgreSQL array literal, bound as text and cast in SQL (the datasource sends strings untyped). */
    static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    @SuppressWarnings("unchecked")
    private static List<TicketRow> rows(Query query) {
        List<Object[]> results = query.getResultList();
        List<TicketRow> rows = new ArrayList<>(results.size());
        for (Object[] r : results) {
            rows.add(new TicketRow((UUID) r[0], SequenceNumbers.format(((Number) r[1]).longValue()), (String) r[2],
                    (String) r[3], new LocalizedText((String) r[4], (String) r[5]),
                    r[6] == null ? LocalizedText.same("") : new LocalizedText((String) r[6], (String) r[7]),
                    time(r[8]), time(r[9])));
        }
        return rows;
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        return value == null ? null : ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
