package org.c2desk.cmdb;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.c2desk.platform.Keyset;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;
import org.c2desk.platform.SortDirection;
import org.c2desk.platform.Sql;
import org.c2desk.security.Caller;

/**
 * The read side of the CMDB for lists: plain SQL over indexed columns, one bounded page at a time (keyset paging),
 * the same visibility as {@link CiService#find}.
 */
@Stateless
public class CiQueries {

    /** The list's name in its cursors. */
    static final String LIST = "CI";

    /** The English name as the sort and the prefix search compare it: lower case, "C" collation (V003's index). */
    static final String NAME = "lower(ci.english_name) collate \"C\"";

    /** What each branch of a UNION selects: the id and every column a CI sort orders by. */
    private static final String BRANCH_COLUMNS = "ci.id, ci.english_name, ci.ci_number, ci.last_modified_on";

    private static final String LIST_COLUMNS = """
            select ci.id, ci.ci_number, ci.english_name, ci.french_name, ci.ci_folder_id, ci.category_id,
                   ci.ci_type_id, ty.english_name, ty.french_name, ci.state_id,
                   ci.owner_client_id, o.first_name || ' ' || o.last_name, ci.is_active, ci.last_modified_on,\s""";
    private static final int LIST_KEY_COLUMN = 14;

    private static final String LIST_JOINS = """
             join configuration_item ci on ci.id = page.id
             left join ci_type ty on ty.id = ci.ci_type_id
             left join client o on o.id = ci.owner_client_id
            """;

    @PersistenceContext
    EntityManager em;

    /**
     * One page of the CIs the caller may see that pass the filter, in the sort's order. A text is two branches (see
     * {@link Keyset#appendPageIds}): the English name's beginning, the French name's, each answered by its own index.
     */
    public Page<CiListRow> list(
            Caller caller, CiFilter filter, CiSort sort, SortDirection direction, PageRequest page) {
        Keyset keyset = sort.keyset(LIST, direction);
        Sql sql = new Sql(LIST_COLUMNS + keyset.columns() + " from (");
        keyset.appendPageIds(
                sql,
                "configuration_item ci",
                "ci",
                BRANCH_COLUMNS,
                branches(caller, filter, sort),
                page.cursor(),
                page.size() + 1);
        sql.append(") page");
        sql.append(LIST_JOINS + keyset.orderBy());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.query(em).getResultList();
        return keyset.page(rows, page.size(), LIST_KEY_COLUMN, CiQueries::listRow);
    }

    /**
     * Every condition of a page's query; with a text, one branch per name it may begin, whatever the case. Under the
     * "Name" sort the English name's beginning is a range of the sort's own index, read in order; the French name's
     * (its matches cluster along the English order, the names being alike) and any prefix under another sort are read
     * filter first.
     */
    static List<Keyset.Branch> branches(Caller caller, CiFilter filter, CiSort sort) {
        Consumer<Sql> common = sql -> {
            visibleTo(caller, sql);
            matching(filter, sql);
        };
        if (filter.text() == null) {
            return List.of(Keyset.Branch.inOrder(common));
        }
        String prefix = Sql.likePrefix(filter.text());
        Consumer<Sql> english = common.andThen(sql -> sql.append(" and " + NAME + " like ?", prefix));
        return List.of(
                sort == CiSort.NAME ? Keyset.Branch.inOrder(english) : Keyset.Branch.filterFirst(english),
                Keyset.Branch.filterFirst(
                        common.andThen(sql -> sql.append(" and lower(ci.french_name) like ?", prefix))));
    }

    /**
     * The rule of {@link CiService#find}, in SQL on {@code configuration_item ci}: a CI of no enterprise is seen by
     * everyone, one of enterprises by callers who see one of them (administrators and callers whose groups restrict
     * no enterprise see them all).
     */
    static void visibleTo(Caller caller, Sql sql) {
        if (caller.administrator() || caller.enterpriseIds().isEmpty()) {
            return;
        }
        sql.append(
                " and (not exists (select 1 from ci_enterprise ve where ve.ci_id = ci.id)"
                        + " or exists (select 1 from ci_enterprise ve where ve.ci_id = ci.id"
                        + " and ve.enterprise_id = any(cast(? as uuid[]))))",
                Sql.uuidArray(caller.enterpriseIds()));
    }

    /** The filter's conditions on {@code configuration_item ci}, but the text (see {@link #branches}). */
    static void matching(CiFilter filter, Sql sql) {
        equal(sql, "ci.ci_folder_id", filter.folderId());
        equal(sql, "ci.category_id", filter.categoryId());
        equal(sql, "ci.ci_type_id", filter.typeId());
        equal(sql, "ci.state_id", filter.stateId());
        equal(sql, "ci.owner_client_id", filter.ownerId());
        if (filter.active() != null) {
            sql.append(" and ci.is_active = ?", filter.active());
        }
        if (filter.modifiedSince() != null) {
            sql.append(
                    " and ci.last_modified_on >= cast(? as timestamptz)",
                    filter.modifiedSince().toInstant().toString());
        }
    }

    private static void equal(Sql sql, String column, UUID id) {
        if (id != null) {
            sql.append(" and " + column + " = ?", id);
        }
    }

    private static CiListRow listRow(Object[] r) {
        return new CiListRow(
                (UUID) r[0],
                ((Number) r[1]).longValue(),
                new LocalizedText((String) r[2], (String) r[3]),
                (UUID) r[4],
                (UUID) r[5],
                (UUID) r[6],
                r[6] == null ? null : new LocalizedText((String) r[7], (String) r[8]),
                (UUID) r[9],
                (UUID) r[10],
                (String) r[11],
                (Boolean) r[12],
                Sql.timestamp(r[13]));
    }
}
