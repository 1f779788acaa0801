package org.c2desk.client;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.c2desk.platform.Keyset;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;
import org.c2desk.platform.SortDirection;
import org.c2desk.platform.Sql;
import org.c2desk.security.Caller;

/**
 * The read side of clients for lists: plain SQL over indexed columns, one bounded page at a time (keyset paging), the
 * same visibility as {@link ClientService#find}.
 */
@Stateless
public class ClientQueries {

    /** The list's name in its cursors. */
    static final String LIST = "Client";

    /** The last name as the sort and the prefix search compare it: lower case, "C" collation (V003's index). */
    static final String LAST_NAME = "lower(c.last_name) collate \"C\"";

    static final String FIRST_NAME = "lower(c.first_name) collate \"C\"";

    /** What each branch of a UNION selects: the id and every column a client sort orders by. */
    private static final String BRANCH_COLUMNS = "c.id, c.last_name, c.first_name, c.last_modified_on";

    private static final String LIST_COLUMNS = """
            select c.id, c.sequence_number, c.first_name, c.last_name, c.email_address, c.user_name,
                   c.has_portal_access, c.is_active, pe.enterprise_id, pe.name, c.last_modified_on,\s""";
    private static final int LIST_KEY_COLUMN = 11;

    private static final String LIST_JOINS = """
             join client c on c.id = page.id
             left join lateral (select ce.enterprise_id, e.name from client_enterprise ce
                                  join enterprise e on e.id = ce.enterprise_id
                                 where ce.client_id = c.id and ce.is_primary limit 1) pe on true
            """;

    @PersistenceContext
    EntityManager em;

    /**
     * One page of the clients the caller may see that pass the filter, in the sort's order. A text is one branch per
     * field it may begin (see {@link Keyset#appendPageIds}), each answered by its own index.
     */
    public Page<ClientListRow> list(
            Caller caller, ClientFilter filter, ClientSort sort, SortDirection direction, PageRequest page) {
        Keyset keyset = sort.keyset(LIST, direction);
        Sql sql = new Sql(LIST_COLUMNS + keyset.columns() + " from (");
        keyset.appendPageIds(
                sql, "client c", "c", BRANCH_COLUMNS, branches(caller, filter, sort), page.cursor(), page.size() + 1);
        sql.append(") page");
        sql.append(LIST_JOINS + keyset.orderBy());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.query(em).getResultList();
        return keyset.page(rows, page.size(), LIST_KEY_COLUMN, ClientQueries::listRow);
    }

    /**
     * Every condition of a page's query: what the caller may see and the filter; with a text, one branch per field it
     * may begin, whatever the case: the last name, "first last" (so the first name too), the e-mail address, the user
     * name. Under the "LastName" sort the last name's beginning is a range of the sort's own index, read in order;
     * every other prefix is read filter first (its matches cluster along a name order).
     */
    static List<Keyset.Branch> branches(Caller caller, ClientFilter filter, ClientSort sort) {
        Consumer<Sql> common = sql -> {
            visibleTo(caller, sql);
            matching(filter, sql);
        };
        if (filter.text() == null) {
            return List.of(Keyset.Branch.inOrder(common));
        }
        return Keyset.Branch.prefixSearch(
                common,
                Sql.likePrefix(filter.text()),
                sort == ClientSort.LAST_NAME,
                LAST_NAME,
                "lower(c.first_name || ' ' || c.last_name)",
                "lower(c.email_address)",
                "lower(c.user_name)");
    }

    /**
     * The rule of {@link ClientService#visible}, in SQL on {@code client c}: administrators and callers whose groups
     * restrict no enterprise see every client; others the clients of an enterprise they see.
     */
    static void visibleTo(Caller caller, Sql sql) {
        if (caller.administrator() || caller.enterpriseIds().isEmpty()) {
            return;
        }
        sql.append(
                " and exists (select 1 from client_enterprise ve where ve.client_id = c.id"
                        + " and ve.enterprise_id = any(cast(? as uuid[])))",
                Sql.uuidArray(caller.enterpriseIds()));
    }

    /** The filter's conditions on {@code client c}, but the text (see {@link #branches}). */
    static void matching(ClientFilter filter, Sql sql) {
        if (filter.enterpriseId() != null) {
            sql.append(
                    " and exists (select 1 from client_enterprise fe where fe.client_id = c.id and fe.enterprise_id = ?)",
                    filter.enterpriseId());
        }
        if (filter.active() != null) {
            sql.append(" and c.is_active = ?", filter.active());
        }
        if (filter.modifiedSince() != null) {
            sql.append(
                    " and c.last_modified_on >= cast(? as timestamptz)",
                    filter.modifiedSince().toInstant().toString());
        }
    }

    private static ClientListRow listRow(Object[] r) {
        return new ClientListRow(
                (UUID) r[0],
                ((Number) r[1]).longValue(),
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (String) r[5],
                (Boolean) r[6],
                (Boolean) r[7],
                (UUID) r[8],
                (String) r[9],
                Sql.timestamp(r[10]));
    }
}
