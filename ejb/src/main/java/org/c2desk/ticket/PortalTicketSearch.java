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
 * order until it has a page: the client's own tickets ({@code ticket_client (client_id, ticket_id)}), and, for the
 * enterprise's list, one branch per enterprise ({@code ticket (enterprise_id, last_modified_on desc)}); an OR of the
 * two would make PostgreSQL read every matching ticket before sorting. Paging is by keyset (the last row's change time
 * and id), so page 50 costs what page 1 costs. Words are looked up in the full-text index first
 * ({@link #TEXT_MATCH_CAP}, as {@link TicketQueries#textMatches} does): a rare word becomes a short list of ids; a
 * common one stays a condition each branch checks while it reads in order, which fills a page fast. Only the ticket's
 * own words are searched: communications hold internal notes, which a client must not find even indirectly.
 */
@Stateless
public class PortalTicketSearch {

    /** Rows a page shows. */
    public static final int PAGE_SIZE = 25;

    /** A text matching up to this many tickets is read as a list of ids. */
    static final int TEXT_MATCH_CAP = 1000;

    @PersistenceContext
    EntityManager em;

    /** Whose tickets: the client's own, or every ticket of their enterprises (if their role allows it). */
    public enum Scope {
        MINE, ENTERPRISE
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
                return cut < 0 ? null : new Cursor(Instant.parse(text.substring(0, cut)),
                        UUID.fromString(text.substring(cut + 1)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** One page, and the cursor of the next one (null on the last page). */
    public record Result(List<TicketRow> rows, Cursor next) implements Serializable {
    }

    /** Up to {@link #PAGE_SIZE} tickets after {@code after} (null: from the most recently changed). */
    public Result page(PortalClient client, Query query, Cursor after) {
        Scope scope = query.scope() == Scope.ENTERPRISE && client.seesEnterpriseTickets() ? Scope.ENTERPRISE
                : Scope.MINE;
        Consumer<Sql> common = sql -> {
            sql.append(" and t.is_ticket");
            status(query.status(), sql);
            if (after != null) {
                String at = after.lastModifiedOn().toString();
                sql.append(" and t.last_modified_on <= cast(? as timestamptz) and (t.last_modified_on"
                        + " < cast(? as timestamptz) or t.id > cast(? as uuid))", at, at, after.id().toString());
            }
        };
        if (query.text() != null) {
            Consumer<Sql> text = text(query.text());
            if (text == null) {
                return new Result(List.of(), null);
            }
            common = common.andThen(text);
        }
        int limit = PAGE_SIZE + 1;
        Sql sql = new Sql("""
                select t.id, t.sequence_number, t.summary,
                       (select c.first_name || ' ' || c.last_name from ticket_client tc join client c on c.id = tc.client_id
                         where tc.ticket_id = t.id order by tc.is_principal desc, tc.id limit 1) as client_name,
                       s.english_name, s.french_name, q.english_name, q.french_name, t.created_on, t.last_modified_on
                  from (""");
        // The client's own tickets, read from ticket_client; their order comes from the ticket.
        sql.append("(select t.id, t.last_modified_on from ticket_client mine join ticket t on t.id = mine.ticket_id"
                + " where mine.client_id = cast(? as uuid)", client.clientId().toString());
        common.accept(sql);
        sql.append(" order by t.last_modified_on desc, t.id limit " + limit + ")");
        if (scope == Scope.ENTERPRISE) {
            for (UUID enterpriseId : client.enterpriseIds().stream().sorted().toList()) {
                sql.append(" union (select t.id, t.last_modified_on from ticket t where t.enterprise_id = cast(? as uuid)",
                        enterpriseId.toString());
                common.accept(sql);
                sql.append(" order by t.last_modified_on desc, t.id limit " + limit + ")");
            }
        }
        sql.append(" order by 2 desc, 1 limit " + limit + ") page"
                + " join ticket t on t.id = page.id"
                + " join ticket_status s on s.id = t.status_id"
                + " left join queue q on q.id = t.queue_id"
                + " order by t.last_modified_on desc, t.id");
        @SuppressWarnings("unchecked")
        List<Object[]> found = sql.query(em).getResultList();
        List<TicketRow> rows = new ArrayList<>(Math.min(found.size(), PAGE_SIZE));
        for (Object[] r : found.subList(0, Math.min(found.size(), PAGE_SIZE))) {
            rows.add(new TicketRow((UUID) r[0], SequenceNumbers.format(((Number) r[1]).longValue()), (String) r[2],
                    (String) r[3], new LocalizedText((String) r[4], (String) r[5]),
                    r[6] == null ? LocalizedText.same("") : new LocalizedText((String) r[6], (String) r[7]),
                    utc(r[8]), utc(r[9])));
        }
        Cursor next = null;
        if (found.size() > PAGE_SIZE) {
            TicketRow last = rows.get(rows.size() - 1);
            next = new Cursor(last.lastModifiedOn().toInstant(), last.id());
        }
        return new Result(rows, next);
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

    /**
     * The text condition: a ticket number (digits, leading zeros or not), or every word as a word prefix in the
     * ticket's summary and description. Null when the words match no ticket at all (the page is empty at once).
     */
    private Consumer<Sql> text(String text) {
        String digits = text.startsWith("#") ? text.substring(1) : text;
        if (digits.matches("\\d{1,18}")) {
            long number = Long.parseLong(digits);
            return sql -> sql.append(" and t.sequence_number = ?", number);
        }
        String tsquery = TicketSearch.prefixQuery(text);
        if (tsquery == null) {
            return null;
        }
        Sql lookup = new Sql("select id from ticket")
                .append(" where search_vector @@ to_tsquery('simple', cast(? as text))", tsquery);
        lookup.append(" limit " + (TEXT_MATCH_CAP + 1));
        @SuppressWarnings("unchecked")
        List<Object> ids = lookup.query(em).getResultList();
        if (ids.isEmpty()) {
            return null;
        }
        if (ids.size() <= TEXT_MATCH_CAP) {
            String array = Sql.uuidArray(ids.stream().map(UUID.class::cast).toList());
            return sql -> sql.append(" and t.id = any(cast(? as uuid[]))", array);
        }
        return sql -> sql.append(" and t.search_vector @@ to_tsquery('simple', cast(? as text))", tsquery);
    }

    private static OffsetDateTime utc(Object value) {
        OffsetDateTime time = Sql.timestamp(value);
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
