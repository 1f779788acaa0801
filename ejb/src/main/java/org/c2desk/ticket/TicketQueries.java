package org.c2desk.ticket;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.c2desk.platform.Keyset;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.SortDirection;
import org.c2desk.platform.Sql;
import org.c2desk.security.Caller;

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

    /** The list's name in its cursors. */
    static final String LIST = "Ticket";

    /**
     * The columns of {@link TicketListRow}, read for the page's ids only (see {@link #list}); the key columns follow
     * from {@link #LIST_KEY_COLUMN} on.
     */
    private static final String LIST_COLUMNS = """
            select t.id, t.sequence_number, t.summary, t.is_ticket,
                   t.status_id, s.english_name, s.french_name,
                   t.queue_id, q.english_name, q.french_name,
                   t.enterprise_id, e.name,
                   t.priority_id, p.english_name, p.french_name,
                   pc.id, pc.full_name, pa.id, pa.full_name,
                   t.created_on, t.last_modified_on, t.due_date,\s""";

    private static final int LIST_KEY_COLUMN = 22;

    /** What each branch of a UNION selects: the id and every column a ticket sort orders by. */
    private static final String BRANCH_COLUMNS = "t.id, t.last_modified_on, t.created_on, t.sequence_number";

    /** Up to this many statuses, each is a branch of its own; beyond, one {@code = any(...)} condition. */
    static final int MAX_STATUS_BRANCHES = 10;

    /** A text matching up to this many rows (tickets and communications) is read as a list of ticket ids. */
    static final int TEXT_MATCH_CAP = 1000;

    private static final String LIST_JOINS = """
             join ticket t on t.id = page.id
             join ticket_status s on s.id = t.status_id
             join enterprise e on e.id = t.enterprise_id
             left join queue q on q.id = t.queue_id
             left join lookup_value p on p.id = t.priority_id
             left join lateral (select c.id, c.first_name || ' ' || c.last_name as full_name
                                  from ticket_client tc join client c on c.id = tc.client_id
                                 where tc.ticket_id = t.id order by tc.is_principal desc, tc.id limit 1) pc on true
             left join lateral (select r.id, r.first_name || ' ' || r.last_name as full_name
                                  from ticket_assignee ta join resource r on r.id = ta.resource_id
                                 where ta.ticket_id = t.id
                                 order by ta.is_principal desc, ta.assigned_on, ta.id limit 1) pa on true
            """;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/c2desk")
    DataSource dataSource;

    /** The counters of the console's home page, each capped at {@link #COUNT_CAP}. */
    public record HomeCounts(String assignedToMe, String unassigned, String overdue) {}

    public List<TicketRow> recentlyUpdated(Caller caller, int limit) {
        Sql sql = new Sql(ROW_COLUMNS + " where t.is_ticket");
        visibleTo(caller, sql);
        sql.append(" order by t.last_modified_on desc, t.id limit " + Math.min(limit, 200));
        return rows(sql.query(em));
    }

    public HomeCounts homeCounts(Caller caller) {
        return new HomeCounts(
                cappedCount(
                        caller,
                        " and exists (select 1 from ticket_assignee a where a.ticket_id = t.id and a.resource_id = ?)",
                        caller.resourceId()),
                cappedCount(caller, " and not exists (select 1 from ticket_assignee a where a.ticket_id = t.id)"),
                cappedCount(caller, " and t.due_date < now()"));
    }

    /**
     * One page of the tickets the caller may see that pass the filter, in the sort's order (keyset paging: no OFFSET,
     * no COUNT). The page's ids are found first, over indexed columns only, with {@code limit size + 1} to know
     * whether a next page exists; the names are joined for those rows alone.
     *
     * <p>Every query stays bounded, whatever the data:
     * <ul>
     * <li>Several statuses are one branch each (see {@link Keyset#appendPageIds}), each reading its own range of
     * {@code ticket (status_id, last_modified_on desc)}: a deep page of open tickets does not walk every closed one.
     * <li>A text is first looked up in the two full-text indexes alone, at most {@link #TEXT_MATCH_CAP} tickets
     * ({@link #textMatches}). A word that matches nothing answers an empty page at once; one that matches a few
     * tickets becomes a list of ids; one that matches more becomes two branches (the ticket's words, its
     * communications' words), each read in the sort's order until the page is full, which common words fill fast.
     * </ul>
     *
     * <p>Read-only, and called on every Ticket/List: it runs in the caller's transaction if there is one, otherwise in
     * none (one statement, no BEGIN and COMMIT around it), and reads the page straight through JDBC ({@link Sql#rows}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<TicketListRow> list(
            Caller caller, TicketFilter filter, TicketSort sort, SortDirection direction, PageRequest page) {
        Keyset keyset = sort.keyset(LIST, direction);
        List<UUID> textMatches = null;
        if (filter.text() != null) {
            if (page.cursor() != null) {
                keyset.values(page.cursor()); // a bad cursor is refused before any query
            }
            textMatches = textMatches(filter.text());
            if (textMatches != null && textMatches.isEmpty()) {
                return new Page<>(List.of(), null, page.size());
            }
        }
        Sql sql = new Sql(LIST_COLUMNS + keyset.columns() + " from (");
        keyset.appendPageIds(
                sql,
                "ticket t",
                "t",
                BRANCH_COLUMNS,
                branches(caller, filter, textMatches),
                page.cursor(),
                page.size() + 1);
        sql.append(") page");
        sql.append(LIST_JOINS + keyset.orderBy());
        return keyset.page(sql.rows(dataSource), page.size(), LIST_KEY_COLUMN, TicketQueries::listRow);
    }

    /**
     * The tickets whose words, or one of whose communications' words (internal notes too: only resources call the
     * lists), hold every word of {@code text}: read from the two full-text indexes only, and only up to
     * {@link #TEXT_MATCH_CAP} rows; null when there are more (the text is then a condition of the page's query).
     */
    List<UUID> textMatches(String text) {
        Sql sql = new Sql("select id from ticket");
        sql.append(" where search_vector @@ plainto_tsquery('simple', cast(? as text))", text);
        sql.append(
                " union all select ticket_id from ticket_communication"
                        + " where search_vector @@ plainto_tsquery('simple', cast(? as text))",
                text);
        sql.append(" limit " + (TEXT_MATCH_CAP + 1));
        @SuppressWarnings("unchecked")
        List<Object> rows = sql.query(em).getResultList();
        return rows.size() > TEXT_MATCH_CAP
                ? null
                : rows.stream().map(UUID.class::cast).distinct().toList();
    }

    /**
     * The branches of a page's query (see {@link Keyset#appendPageIds}), each holding every condition: the kind
     * (tickets, tasks), what the caller may see, the filter; then one branch per status when several are named (up to
     * {@link #MAX_STATUS_BRANCHES}), and for a text either its few matching ids or, when it matches many tickets, two
     * branches (in the ticket, in a communication).
     *
     * @param textMatches the tickets the text matches when they are few (see {@link #textMatches}); null otherwise
     */
    static List<Keyset.Branch> branches(Caller caller, TicketFilter filter, List<UUID> textMatches) {
        Consumer<Sql> common = sql -> {
            if (filter.ticket() != null) {
                sql.append(filter.ticket() ? " and t.is_ticket" : " and not t.is_ticket");
            }
            visibleTo(caller, sql);
            matching(filter, sql);
        };
        List<UUID> statusIds = filter.statusIds();
        List<Consumer<Sql>> byStatus = new ArrayList<>();
        if (statusIds.size() > 1 && statusIds.size() <= MAX_STATUS_BRANCHES) {
            statusIds.stream()
                    .distinct()
                    .forEach(id -> byStatus.add(common.andThen(sql -> sql.append(" and t.status_id = ?", id))));
        } else {
            byStatus.add(common.andThen(sql -> anyOf(sql, "t.status_id", statusIds)));
        }
        if (filter.text() == null) {
            return byStatus.stream().map(Keyset.Branch::inOrder).toList();
        }
        List<Consumer<Sql>> branches = new ArrayList<>();
        for (Consumer<Sql> status : byStatus) {
            if (textMatches != null) {
                branches.add(status.andThen(
                        sql -> sql.append(" and t.id = any(cast(? as uuid[]))", uuidArray(textMatches))));
            } else {
                branches.add(status.andThen(sql -> sql.append(
                        " and t.search_vector @@ plainto_tsquery('simple', cast(? as text))", filter.text())));
                branches.add(status.andThen(sql -> sql.append(
                        " and exists (select 1 from ticket_communication fm"
                                + " where fm.ticket_id = t.id and fm.search_vector @@ plainto_tsquery('simple', cast(? as text)))",
                        filter.text())));
            }
        }
        // A word that matches many tickets (more than TEXT_MATCH_CAP) fills a page fast in any order.
        return branches.stream().map(Keyset.Branch::inOrder).toList();
    }

    /** The filter's conditions on {@code ticket t}, but the statuses and the text (see {@link #branches}). */
    static void matching(TicketFilter filter, Sql sql) {
        anyOf(sql, "t.queue_id", filter.queueIds());
        anyOf(sql, "t.enterprise_id", filter.enterpriseIds());
        if (filter.clientId() != null) {
            sql.append(
                    " and exists (select 1 from ticket_client fc where fc.ticket_id = t.id and fc.client_id = ?)",
                    filter.clientId());
        }
        if (filter.assigneeId() != null) {
            sql.append(
                    " and exists (select 1 from ticket_assignee fa where fa.ticket_id = t.id"
                            + " and fa.resource_id = ?)",
                    filter.assigneeId());
        }
        if (filter.createdSince() != null) {
            sql.append(
                    " and t.created_on >= cast(? as timestamptz)",
                    filter.createdSince().toInstant().toString());
        }
        if (filter.modifiedSince() != null) {
            sql.append(
                    " and t.last_modified_on >= cast(? as timestamptz)",
                    filter.modifiedSince().toInstant().toString());
        }
    }

    /** {@code column = ?} for one id (so the column's index keeps its order), {@code = any(...)} for several. */
    private static void anyOf(Sql sql, String column, List<UUID> ids) {
        if (ids.size() == 1) {
            sql.append(" and " + column + " = ?", ids.get(0));
        } else if (!ids.isEmpty()) {
            sql.append(" and " + column + " = any(cast(? as uuid[]))", uuidArray(ids));
        }
    }

    private static TicketListRow listRow(Object[] r) {
        return new TicketListRow(
                (UUID) r[0],
                ((Number) r[1]).longValue(),
                (String) r[2],
                (Boolean) r[3],
                (UUID) r[4],
                new LocalizedText((String) r[5], (String) r[6]),
                (UUID) r[7],
                r[7] == null ? null : new LocalizedText((String) r[8], (String) r[9]),
                (UUID) r[10],
                (String) r[11],
                (UUID) r[12],
                r[12] == null ? null : new LocalizedText((String) r[13], (String) r[14]),
                (UUID) r[15],
                (String) r[16],
                (UUID) r[17],
                (String) r[18],
                time(r[19]),
                time(r[20]),
                time(r[21]));
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
        // "offset 0" keeps this a probe of (resource_id, ticket_id) for the rows outside the caller's queues only;
        // without it PostgreSQL hashes every ticket ever assigned to the caller first, on every page.
        sql.append(
                " or exists (select 1 from ticket_assignee va where va.ticket_id = t.id and va.resource_id = ?"
                        + " offset 0))",
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
        return Sql.uuidArray(ids);
    }

    @SuppressWarnings("unchecked")
    private static List<TicketRow> rows(Query query) {
        List<Object[]> results = query.getResultList();
        List<TicketRow> rows = new ArrayList<>(results.size());
        for (Object[] r : results) {
            rows.add(new TicketRow(
                    (UUID) r[0],
                    SequenceNumbers.format(((Number) r[1]).longValue()),
                    (String) r[2],
                    (String) r[3],
                    new LocalizedText((String) r[4], (String) r[5]),
                    r[6] == null ? LocalizedText.same("") : new LocalizedText((String) r[6], (String) r[7]),
                    time(r[8]),
                    time(r[9])));
        }
        return rows;
    }

    private static OffsetDateTime time(Object value) {
        return Sql.timestamp(value);
    }
}
