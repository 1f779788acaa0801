package org.c2desk.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.c2desk.platform.Keyset;
import org.c2desk.platform.Keyset.Kind;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;
import org.c2desk.platform.SortDirection;
import org.c2desk.platform.Sql;

/**
 * The read side of resources for the console's list: one bounded page at a time in name order (keyset paging on
 * V070's index, no count), searched by the beginning of the last name, "first last", the user name or the e-mail
 * address, as the client list does.
 */
@Stateless
public class ResourceQueries {

    private static final String LAST_NAME = "lower(r.last_name) collate \"C\"";
    private static final String FIRST_NAME = "lower(r.first_name) collate \"C\"";
    private static final Keyset BY_NAME = new Keyset(
            "Resource",
            "Name",
            SortDirection.ASC,
            List.of(
                    Keyset.Key.of(LAST_NAME, Kind.TEXT),
                    Keyset.Key.of(FIRST_NAME, Kind.TEXT),
                    Keyset.Key.of("r.id", Kind.UUID)));
    private static final String BRANCH_COLUMNS = "r.id, r.last_name, r.first_name";
    private static final String LIST_COLUMNS = "select r.id, r.sequence_number, r.user_name, r.first_name, r.last_name,"
            + " r.email_address, e.name, r.preferred_culture, r.is_active, ";
    private static final int LIST_KEY_COLUMN = 9;

    @PersistenceContext
    EntityManager em;

    /**
     * One page of the resources whose name, user name or e-mail address begins with {@code text} (null: all): anyone
     * in the console may read resources.
     */
    public Page<ResourceListRow> list(Caller caller, String text, Boolean active, PageRequest page) {
        Objects.requireNonNull(caller, "caller");
        Sql sql = new Sql(LIST_COLUMNS + BY_NAME.columns() + " from (");
        BY_NAME.appendPageIds(
                sql, "resource r", "r", BRANCH_COLUMNS, branches(text, active), page.cursor(), page.size() + 1);
        sql.append(") page join resource r on r.id = page.id join enterprise e on e.id = r.enterprise_id");
        sql.append(BY_NAME.orderBy());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.query(em).getResultList();
        return BY_NAME.page(
                rows,
                page.size(),
                LIST_KEY_COLUMN,
                r -> new ResourceListRow(
                        (UUID) r[0],
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        (Boolean) r[8]));
    }

    /** The last name's beginning is a range of the sort's index; the other prefixes are read filter first. */
    private static List<Keyset.Branch> branches(String text, Boolean active) {
        Consumer<Sql> common = sql -> {
            if (active != null) {
                sql.append(" and r.is_active = ?", active);
            }
        };
        if (text == null || text.isBlank()) {
            return List.of(Keyset.Branch.inOrder(common));
        }
        return Keyset.Branch.prefixSearch(
                common,
                Sql.likePrefix(text.strip()),
                true,
                LAST_NAME,
                "lower(r.first_name || ' ' || r.last_name)",
                "lower(r.user_name)",
                "lower(r.email_address)");
    }
}
