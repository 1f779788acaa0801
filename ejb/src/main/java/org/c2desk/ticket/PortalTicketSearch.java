package org.c2desk.ticket;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.Sql;
import org.c2desk.security.PortalClient;

/**
 * The portal's "My requests": a client's tickets (or their enterprise's, if their role allows it), searched by number,
 * by the words of the summary and description, and by status, newest change first, a bounded page at a time.
 *
 * <p>Every page is read in two steps, as {@link TicketQueries#list} does: the page's ids first, over indexed columns
 * only, then the names of those rows alone. The ids are a UNION of branches, each reading one index in the list's
 * order until it has a page: the client's own tickets ({@code ticket_client_recent_idx}, V051), and, for the
 * enterprise's list, one branch per enterprise ({@code ticket (enterprise_id, last_modified_on desc)}); an OR of the
 * two would make PostgreSQL read every matching ticket before sorting. Paging is by keyset (the last row's change time
 * and id), so page 50 costs what page 1 costs. Words: in the client's own tickets, a condition checked while they
 * are read in order (a client has thousands of tickets at most); in the enterprise's, first in its {@link #WALK}
 * newest tickets (a common word fills the page there), else looked up in the full-text index (fast for a rare word:
 * up to {@link #TEXT_MATCH_CAP} matches become a list of ids). Only the ticket's own words are searched:
 * communications hold internal notes, which a client must not find even indirectly.
 */
@Stateless
public class PortalTicketSearch {

    /** Rows a page shows. */
    public static final int PAGE_SIZE = 25;

    /** A text matching up to this many tickets is read as a list of ids. */
    static final int TEXT_MATCH_CAP = 1000;

    /** How many of an enterprise's newest tickets a word is first looked for in (see {@link #page}). */
    static final int WALK = 2000;

    @PersistenceContext
    EntityManager em;

    /** Whose tickets: the client's own, or every ticket of their enterprises (if their role allows it). */
    public enum Scope {
        MINE,
        ENTERPRISE
    }

    /**
     * What to list. {@code status} is {@code null} (every status), {@link #OPEN} (not resolved, closed or cancelled)
     * or one status's id; {@code text} is a ticket number or words.
     */
    public record Query(Scope scope, String status, String text) implements Serializable {

        public static final String OPEN = "open";

        public Query {
            scope = scope == null ? Scope.MINE : scope;
            status = status == null || status.isBlank() ? null : status.strip();
            text = text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** Where a page ends: its last row's change time and id. Written in the page's "next" link. */
    public record Cursor(Instant lastModifiedOn, UUID id) implements Serializable {

        public String write() {
            return lastModifiedOn + "_" + id;
        }

        /** The cursor a link carried; null for none or for anything that is not one (the first page then). */
        public static Cursor read(String text) {
            if (text == null || text.length() > 100) {
                return null;
            }
            int cut = text.indexOf('_');
            try {
                return cut < 0
                        ? null
                        : new Cursor(Instant.parse(text.substring(0, cut)), UUID.fromString(text.substring(cut + 1)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** One page, and the cursor of the next one (null on the last page). */
    public record Result(List<TicketRow> rows, Cursor next) implements Serializable {}

    /** Up to {@link #PAGE_SIZE} tickets after {@code after} (null: from the most recently changed). */
    public Result page(PortalClient client, Query query, Cursor after) {
        Scope scope =
                query.scope() == Scope.ENTERPRISE && client.seesEnterpriseTickets() ? Scope.ENTERPRISE : Scope.MINE;
        // A page reads a few dozen rows: on a busy server, starting parallel workers costs more than that.
        em.createNativeQuery("set local max_parallel_workers_per_gather = 0").executeUpdate();
        String text = query.text();
        if (text == null) {
            return run(client, scope, query, after, null, null);
        }
        String digits = text.startsWith("#") ? text.substring(1) : text;
        if (digits.matches("\\d{1,18}")) {
            long number = Long.parseLong(digits);
            return run(client, scope, query, after, sql -> sql.append(" and t.sequence_number = ?", number), null);
        }
        String tsquery = TicketSearch.prefixQuery(text);
        if (tsquery == null) {
            return new Result(List.of(), null);
        }
        Consumer<Sql> words =
                sql -> sql.append(" and t.search_vector @@ to_tsquery('simple', cast(? as text))", tsquery);
        if (scope == Scope.MINE) {
            // Bounded by the client's own tickets, read in order until the page is full.
            return run(client, scope, query, after, words, null);
        }
        // The enterprise's: a common word fills the page from the newest WALK tickets; a rarer one is looked up in
        // the full-text index, which answers fast for few matches (and slowly for many, hence this order).
        Result walked = run(client, scope, query, after, words, WALK);
        if (walked.next() != null) {
            return walked;
        }
        Sql lookup = new Sql("select id from ticket")
                .append(" where search_vector @@ to_tsquery('simple', cast(? as text))", tsquery);
        lookup.append(" limit " + (TEXT_MATCH_CAP + 1));
        @SuppressWarnings("unchecked")
        List<Object> ids = lookup.query(em).getResultList();
        if (ids.isEmpty()) {
            return new Result(List.of(), null);
        }
        if (ids.size() <= TEXT_MATCH_CAP) {
            String array = Sql.uuidArray(ids.stream().map(UUID.class::cast).toList());
            return run(
                    client, scope, query, after, sql -> sql.append(" and t.id = any(cast(? as uuid[]))", array), null);
        }
        return run(client, scope, query, after, words, null);
    }

    /**
     * One page's query: the union of the branches, then the names of the page's rows.
     *
     * @param text the text's condition on {@code ticket t}, or null
     * @param walk null, or how many tickets of each enterprise (newest first, after the cursor) the text is looked for
     *        in
     */
    private Result run(PortalClient client, Scope scope, Query query, Cursor after, Consumer<Sql> text, Integer walk) {
        Consumer<Sql> common = sql -> {
            sql.append(" and t.is_ticket");
            status(query.status(), sql);
        };
        int limit = PAGE_SIZE + 1;
        Sql sql = new Sql("""
                select t.id, t.sequence_number, t.summary,
                       (select c.first_name || ' ' || c.last_name from ticket_client tc join client c on c.id = tc.client_id
                         where tc.ticket_id = t.id order by tc.is_principal desc, tc.id limit 1) as client_name,
                       s.english_name, s.french_name, q.english_name, q.french_name, t.created_on, t.last_modified_on
                  from (select u.id, u.last_modified_on from (""");
        // The client's own tickets, in the order of ticket_client_recent_idx (V051).
        sql.append(
                "(select mine.ticket_id as id, mine.ticket_modified_on as last_modified_on"
                        + " from ticket_client mine join ticket t on t.id = mine.ticket_id"
                        + " where mine.client_id = cast(? as uuid)",
                client.clientId().toString());
        common.accept(sql);
        if (text != null) {
            text.accept(sql);
        }
        after(after, "mine.ticket_modified_on", "mine.ticket_id", sql);
        sql.append(" order by mine.ticket_modified_on desc, mine.ticket_id limit " + limit + ")");
        if (scope == Scope.ENTERPRISE) {
            // The enterprise's, in the order of ticket_enterprise_idx (or of another index the filter suits better).
            for (UUID enterpriseId : client.enterpriseIds().stream().sorted().toList()) {
                if (walk == null) {
                    sql.append(
                            " union (select t.id, t.last_modified_on from ticket t"
                                    + " where t.enterprise_id = cast(? as uuid)",
                            enterpriseId.toString());
                    common.accept(sql);
                    if (text != null) {
                        text.accept(sql);
                    }
                    after(after, "t.last_modified_on", "t.id", sql);
                    sql.append(" order by t.last_modified_on desc, t.id limit " + limit + ")");
                } else {
                    sql.append(
                            " union (select t.id, t.last_modified_on from (select t.id, t.last_modified_on,"
                                    + " t.search_vector from ticket t where t.enterprise_id = cast(? as uuid)",
                            enterpriseId.toString());
                    common.accept(sql);
                    after(after, "t.last_modified_on", "t.id", sql);
                    sql.append(" order by t.last_modified_on desc, t.id limit " + walk + ") t where true");
                    text.accept(sql);
                    sql.append(" order by t.last_modified_on desc, t.id limit " + limit + ")");
                }
            }
        }
        sql.append(") u order by u.last_modified_on desc, u.id limit " + limit + ") page"
                + " join ticket t on t.id = page.id"
                + " join ticket_status s on s.id = t.status_id"
                + " left join queue q on q.id = t.queue_id"
                + " order by t.last_modified_on desc, t.id");
        @SuppressWarnings("unchecked")
        List<Object[]> found = sql.query(em).getResultList();
        List<TicketRow> rows = new ArrayList<>(Math.min(found.size(), PAGE_SIZE));
        for (Object[] r : found.subList(0, Math.min(found.size(), PAGE_SIZE))) {
            rows.add(new TicketRow(
                    (UUID) r[0],
                    SequenceNumbers.format(((Number) r[1]).longValue()),
                    (String) r[2],
                    (String) r[3],
                    new LocalizedText((String) r[4], (String) r[5]),
                    r[6] == null ? LocalizedText.same("") : new LocalizedText((String) r[6], (String) r[7]),
                    utc(r[8]),
                    utc(r[9])));
        }
        Cursor next = null;
        if (found.size() > PAGE_SIZE) {
            TicketRow last = rows.get(rows.size() - 1);
            next = new Cursor(last.lastModifiedOn().toInstant(), last.id());
        }
        return new Result(rows, next);
    }

    /** Rows after the cursor in the order "changed last first, then by id". */
    private static void after(Cursor after, String time, String id, Sql sql) {
        if (after != null) {
            String at = after.lastModifiedOn().toString();
            sql.append(
                    " and " + time + " <= cast(? as timestamptz) and (" + time + " < cast(? as timestamptz) or " + id
                            + " > cast(? as uuid))",
                    at,
                    at,
                    after.id().toString());
        }
    }

    /** The status condition: every status, the unfinished ones, or one status (anything else: none matches). */
    private void status(String status, Sql sql) {
        if (status == null) {
            return;
        }
        if (Query.OPEN.equals(status)) {
            // Spelt out as ids (a few rows) so the condition is on the ticket's own column.
            sql.append(" and t.status_id in (select os.id from ticket_status os"
                    + " where os.phase not in ('RESOLVED', 'CLOSED', 'CANCELLED'))");
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(status);
        } catch (IllegalArgumentException e) {
            id = new UUID(0, 0);
        }
        sql.append(" and t.status_id = cast(? as uuid)", id.toString());
    }

    private static OffsetDateTime utc(Object value) {
        OffsetDateTime time = Sql.timestamp(value);
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
