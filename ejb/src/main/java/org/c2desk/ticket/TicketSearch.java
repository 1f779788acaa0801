package org.c2desk.ticket;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.SequenceNumbers;
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
    public record Cursor(OffsetDateTime lastModifiedOn, UUID id) {}

    /** What to list; every part may be null. {@code q} searches summary and description (whole words) or a number. */
    public record Filter(
            UUID statusId,
            UUID queueId,
            UUID enterpriseId,
            UUID clientId,
            UUID assigneeId,
            OffsetDateTime modifiedSince,
            String q) {}

    /** One ticket of a list. */
    public record Summary(
            UUID id,
            long sequenceNumber,
            String summary,
            UUID ticketTypeId,
            UUID statusId,
            String statusCode,
            UUID queueId,
            UUID enterpriseId,
            OffsetDateTime dueDate,
            OffsetDateTime createdOn,
            OffsetDateTime lastModifiedOn,
            long version) {}

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
            sql.append(
                    " and exists (select 1 from ticket_client fc where fc.ticket_id = t.id and fc.client_id = ?)",
                    filter.clientId());
        }
        if (filter.assigneeId() != null) {
            sql.append(
                    " and exists (select 1 from ticket_assignee fa where fa.ticket_id = t.id and fa.resource_id = ?)",
                    filter.assigneeId());
        }
        if (filter.modifiedSince() != null) {
            sql.append(
                    " and t.last_modified_on >= cast(? as timestamptz)",
                    filter.modifiedSince().toString());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String q = filter.q().strip();
            if (q.matches("\\d{1,18}")) {
                sql.append(
                        " and (t.sequence_number = ? or t.search_vector @@ plainto_tsquery('simple', ?))",
                        Long.parseLong(q),
                        q);
            } else {
                sql.append(" and t.search_vector @@ plainto_tsquery('simple', ?)", q);
            }
        }
        if (after != null) {
            String at = after.lastModifiedOn().toString();
            sql.append(
                    " and (t.last_modified_on < cast(? as timestamptz)"
                            + " or (t.last_modified_on = cast(? as timestamptz) and t.id > ?))",
                    at,
                    at,
                    after.id());
        }
        sql.append(" order by t.last_modified_on desc, t.id limit " + (Math.max(1, Math.min(limit, MAX_LIMIT)) + 1));
        List<Object[]> rows = sql.query(em).getResultList();
        List<Summary> found = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            found.add(new Summary(
                    (UUID) r[0],
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (UUID) r[3],
                    (UUID) r[4],
                    (String) r[5],
                    (UUID) r[6],
                    (UUID) r[7],
                    time(r[8]),
                    time(r[9]),
                    time(r[10]),
                    ((Number) r[11]).longValue()));
        }
        return found;
    }

    // The console's list ------------------------------------------------------------------------------------------

    /** The console's ready-made views; each but ALL and RECENT keeps to unfinished tickets. */
    public enum View {
        ALL(""),
        MINE(" and exists (select 1 from ticket_assignee ma where ma.ticket_id = t.id and ma.resource_id = ?)"),
        MY_QUEUES(" and t.queue_id = any(cast(? as uuid[]))"),
        UNASSIGNED(" and not exists (select 1 from ticket_assignee ua where ua.ticket_id = t.id)"),
        OVERDUE(" and t.due_date < now()"),
        WAITING_CLIENT(" and s.code = 'WAITING_CLIENT'"),
        RECENT(" and t.last_modified_on > now() - interval '1 day'");

        private final String condition;

        View(String condition) {
            this.condition = condition;
        }

        /** The SQL this view adds to a list of {@code ticket t join ticket_status s}. */
        void appendTo(Sql sql, Caller caller) {
            if (this != ALL && this != RECENT && this != WAITING_CLIENT) {
                sql.append(" and s.phase not in ('RESOLVED', 'CLOSED', 'CANCELLED')");
            }
            switch (this) {
                case MINE -> sql.append(condition, caller.resourceId());
                case MY_QUEUES -> sql.append(condition, TicketQueries.uuidArray(caller.queueIds()));
                default -> sql.append(condition);
            }
        }
    }

    /** The columns the console's list sorts by: indexed ones, or small joined tables, never free text. */
    public enum SortKey {
        MODIFIED("t.last_modified_on", false),
        CREATED("t.created_on", false),
        NUMBER("t.sequence_number", false),
        DUE("t.due_date", true),
        STATUS("s.sort_order", true),
        PRIORITY("p.sort_order", true);

        private final String expression;
        private final boolean nullable;

        SortKey(String expression, boolean nullable) {
            this.expression = expression;
            this.nullable = nullable;
        }

        /**
         * An order by clause; the id last so that paging is stable; tickets without a value last either way. Columns
         * that are never null get no "nulls last": "desc nulls last" is not the order of a "desc" index (PostgreSQL
         * puts nulls first there), and with it the first page of 1,000,000 tickets sorted them all (3 s, not 30 ms).
         */
        public String orderBy(boolean ascending) {
            return " order by " + expression + (ascending ? " asc" : " desc") + (nullable ? " nulls last" : "")
                    + ", t.id";
        }

        /** The key a list column names ("number", "dueDate"...), MODIFIED for anything unknown. */
        public static SortKey forColumn(String column) {
            if (column == null) {
                return MODIFIED;
            }
            return switch (column) {
                case "number" -> NUMBER;
                case "created" -> CREATED;
                case "dueDate" -> DUE;
                case "status" -> STATUS;
                case "priority" -> PRIORITY;
                default -> MODIFIED;
            };
        }
    }

    /** What the console lists; every filter may be null. {@code text} is a full-text search or a ticket number. */
    public record ListQuery(
            View view,
            UUID statusId,
            UUID queueId,
            UUID enterpriseId,
            UUID priorityId,
            UUID assigneeId,
            String text,
            SortKey sort,
            boolean ascending)
            implements Serializable {

        public ListQuery {
            view = view == null ? View.ALL : view;
            sort = sort == null ? SortKey.MODIFIED : sort;
        }
    }

    /** One line of the console's list. */
    public record ListRow(
            UUID id,
            long sequenceNumber,
            String summary,
            String client,
            String enterprise,
            LocalizedText status,
            LocalizedText queue,
            LocalizedText priority,
            String assignee,
            OffsetDateTime dueDate,
            OffsetDateTime lastModifiedOn,
            long version)
            implements Serializable {

        public String number() {
            return SequenceNumbers.format(sequenceNumber);
        }
    }

    /** Deepest row a list reaches by offset; beyond it the agent narrows the list (search, filter or sort). */
    public static final int MAX_OFFSET = 10_000;

    /**
     * Up to {@code limit} + 1 tickets from {@code offset}: the extra one only tells that there is a next page, so no
     * list ever counts its rows. Offsets beyond {@link #MAX_OFFSET} give nothing.
     */
    @SuppressWarnings("unchecked")
    public List<ListRow> page(Caller caller, ListQuery query, int offset, int limit) {
        if (offset < 0 || offset > MAX_OFFSET) {
            return List.of();
        }
        Sql sql = new Sql("""
                select t.id, t.sequence_number, t.summary,
                       (select c.first_name || ' ' || c.last_name from ticket_client tc join client c on c.id = tc.client_id
                         where tc.ticket_id = t.id order by tc.is_principal desc limit 1) as client_name,
                       e.name, s.english_name, s.french_name, q.english_name, q.french_name, p.english_name, p.french_name,
                       (select r.first_name || ' ' || r.last_name from ticket_assignee ta join resource r on r.id = ta.resource_id
                         where ta.ticket_id = t.id order by ta.is_principal desc limit 1) as assignee_name,
                       t.due_date, t.last_modified_on, t.version
                  from ticket t
                  join ticket_status s on s.id = t.status_id
                  join enterprise e on e.id = t.enterprise_id
                  left join queue q on q.id = t.queue_id
                  left join lookup_value p on p.id = t.priority_id
                 where t.is_ticket""");
        conditions(caller, query, sql, this::common);
        sql.append(query.sort().orderBy(query.ascending()));
        sql.append(" limit " + (Math.max(1, Math.min(limit, MAX_LIMIT)) + 1) + " offset " + offset);
        List<Object[]> rows = sql.query(em).getResultList();
        List<ListRow> found = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            found.add(new ListRow(
                    (UUID) r[0],
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    new LocalizedText((String) r[5], (String) r[6]),
                    text(r[7], r[8]),
                    text(r[9], r[10]),
                    (String) r[11],
                    time(r[12]),
                    time(r[13]),
                    ((Number) r[14]).longValue()));
        }
        return found;
    }

    /** How many tickets each ready view holds for the caller, each capped like the home page's counters. */
    public Map<View, String> viewCounts(Caller caller) {
        Map<View, String> counts = new EnumMap<>(View.class);
        for (View view : View.values()) {
            if (view == View.ALL) {
                continue;
            }
            Sql sql = new Sql("select count(*) from (select 1 from ticket t join ticket_status s on s.id = t.status_id"
                    + " where t.is_ticket");
            TicketQueries.visibleTo(caller, sql);
            view.appendTo(sql, caller);
            sql.append(" limit " + TicketQueries.COUNT_CAP + ") capped");
            long count = ((Number) sql.query(em).getSingleResult()).longValue();
            counts.put(view, capped(count));
        }
        return counts;
    }

    /** A count as a counter shows it: "999+" from {@link TicketQueries#COUNT_CAP} on. */
    static String capped(long count) {
        return count >= TicketQueries.COUNT_CAP ? (TicketQueries.COUNT_CAP - 1) + "+" : Long.toString(count);
    }

    /** Above this many tickets (the planner's estimate) a search walks the sort's index instead of its matches. */
    static final long COMMON_WORDS = 10_000;

    /**
     * Do the words match many tickets? The planner's estimate for the whole words (an EXPLAIN, under a millisecond;
     * the index's statistics know the frequent words, and put any other at 0.5%). Not for the prefix query itself:
     * PostgreSQL estimates every prefix at a flat 2%, and counting the matches costs as much as the search.
     */
    boolean common(String tsquery) {
        Object plan = em.createNativeQuery("explain (format json) select 1 from ticket x"
                        + " where x.search_vector @@ to_tsquery('simple', ?)")
                .setParameter(1, tsquery.replace(":*", ""))
                .getSingleResult();
        java.util.regex.Matcher rows =
                java.util.regex.Pattern.compile("\"Plan Rows\":\\s*(\\d+)").matcher(String.valueOf(plan));
        return rows.find() && Long.parseLong(rows.group(1)) > COMMON_WORDS;
    }

    /**
     * The list's conditions. A full-text search takes one of two shapes: for words that match few tickets, the
     * matches from both GIN indexes (tickets, communications), then sorted; for words that match many (a tenth of a
     * million tickets), that sort is what costs (5 s at 120,000 matches), so the sort's index is walked and each
     * ticket tested until the page is full (30 ms). The union shape is the one that stays fast for rare words.
     */
    private static void conditions(
            Caller caller, ListQuery query, Sql sql, java.util.function.Predicate<String> common) {
        TicketQueries.visibleTo(caller, sql);
        query.view().appendTo(sql, caller);
        if (query.statusId() != null) {
            sql.append(" and t.status_id = ?", query.statusId());
        }
        if (query.queueId() != null) {
            sql.append(" and t.queue_id = ?", query.queueId());
        }
        if (query.enterpriseId() != null) {
            sql.append(" and t.enterprise_id = ?", query.enterpriseId());
        }
        if (query.priorityId() != null) {
            sql.append(" and t.priority_id = ?", query.priorityId());
        }
        if (query.assigneeId() != null) {
            sql.append(
                    " and exists (select 1 from ticket_assignee fa where fa.ticket_id = t.id and fa.resource_id = ?)",
                    query.assigneeId());
        }
        String text = query.text() == null ? "" : query.text().strip();
        if (text.matches("\\d{1,18}")) {
            sql.append(" and t.sequence_number = ?", Long.parseLong(text));
        } else {
            String tsquery = prefixQuery(text);
            if (tsquery != null && common.test(tsquery)) {
                sql.append(
                        " and (t.search_vector @@ to_tsquery('simple', ?) or exists (select 1 from"
                                + " ticket_communication m where m.ticket_id = t.id and m.search_vector @@ to_tsquery('simple', ?)))",
                        tsquery,
                        tsquery);
            } else if (tsquery != null) {
                // Both GIN indexes answer, one each side of the union; the planner never scans the ticket table.
                sql.append(
                        " and t.id in (select x.id from ticket x where x.search_vector @@ to_tsquery('simple', ?)"
                                + " union select m.ticket_id from ticket_communication m"
                                + " where m.search_vector @@ to_tsquery('simple', ?))",
                        tsquery,
                        tsquery);
            }
        }
    }

    /**
     * A PostgreSQL tsquery that finds every word typed as a word prefix ({@code "print toner"} gives
     * {@code print:* & toner:*}); null when nothing searchable was typed. Only letters and digits reach the query,
     * so no input can make it invalid.
     */
    static String prefixQuery(String text) {
        if (text == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+", -1)) {
            if (!word.isEmpty() && words.size() < 8) {
                words.add(word + ":*");
            }
        }
        return words.isEmpty() ? null : String.join(" & ", words);
    }

    private static LocalizedText text(Object english, Object french) {
        return english == null ? null : new LocalizedText((String) english, (String) french);
    }

    static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return value == null ? null : ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
