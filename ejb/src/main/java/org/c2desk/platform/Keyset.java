package org.c2desk.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keyset paging over one sort of one list: the {@code order by}, the condition "after the cursor", and the cursor of
 * a page's last row. No OFFSET and no COUNT, so page 1,000 costs what page 1 costs.
 *
 * <p>The keys end with a unique one (the id, or a unique number) so the order is total. A key may run against the
 * sort's direction ({@link Key#againstDirection}) to follow an index as it is declared: V001's
 * {@code ticket (last_modified_on desc, id)} serves "last modified first, then id ascending" (and, read backwards,
 * the opposite). When every key runs the same way the condition is a row comparison, {@code (a, b) < (?, ?)}, which
 * PostgreSQL matches to an index on {@code (a, b)}; otherwise it is {@code a <= ? and (a < ? or (a = ? and b > ?))},
 * whose first part bounds the index scan.
 */
public final class Keyset {

    /** How a key's value is written in a cursor and bound back: always as text, cast in SQL. */
    public enum Kind {
        TIMESTAMP("timestamptz"),
        NUMBER("bigint"),
        TEXT("text"),
        UUID("uuid");

        private final String sqlType;

        Kind(String sqlType) {
            this.sqlType = sqlType;
        }

        /** The value of this key read from a row, as the cursor writes it. */
        String write(Object value) {
            Objects.requireNonNull(value, "a sort key is never null");
            return switch (this) {
                case TIMESTAMP -> instant(value).toString();
                case NUMBER -> Long.toString(((Number) value).longValue());
                case TEXT, UUID -> value.toString();
            };
        }

        /** Checks a cursor's value before it is bound (a value that does not parse refuses the cursor). */
        String check(String value) {
            try {
                switch (this) {
                    case TIMESTAMP -> Instant.parse(value);
                    case NUMBER -> Long.parseLong(value);
                    case UUID -> java.util.UUID.fromString(value);
                    case TEXT -> {
                        // any text
                    }
                    default -> throw new IllegalStateException(name());
                }
                return value;
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw PageCursor.unreadable();
            }
        }

        private static Instant instant(Object value) {
            if (value instanceof OffsetDateTime time) {
                return time.toInstant();
            }
            if (value instanceof Timestamp timestamp) {
                return timestamp.toInstant();
            }
            if (value instanceof Instant instant) {
                return instant;
            }
            throw new IllegalArgumentException(
                    "Not a timestamp: " + value.getClass().getName());
        }
    }

    /** One sort key: an SQL expression over the list's table alias, and the way it is written in cursors. */
    public record Key(String expression, Kind kind, boolean againstDirection) {

        public static Key of(String expression, Kind kind) {
            return new Key(expression, kind, false);
        }

        /** A key that runs against the sort's direction (a tie-breaker that follows its index as declared). */
        public static Key against(String expression, Kind kind) {
            return new Key(expression, kind, true);
        }
    }

    private final String owner;
    private final List<Key> keys;
    private final SortDirection direction;

    /**
     * @param list the list's name ("Ticket", "Client", "CI"), so a cursor of one list is refused by another
     * @param sort the sort's API name
     */
    public Keyset(String list, String sort, SortDirection direction, List<Key> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("A keyset needs at least one key");
        }
        this.owner = list + "/" + sort + "/" + direction.apiName();
        this.keys = List.copyOf(keys);
        this.direction = direction;
    }

    public String owner() {
        return owner;
    }

    public int keyCount() {
        return keys.size();
    }

    /** The key expressions, comma-separated, to select them after a row's columns (see {@link #page}). */
    public String columns() {
        return String.join(", ", keys.stream().map(Key::expression).toList());
    }

    /** {@code " order by a desc, b asc"}. */
    public String orderBy() {
        StringBuilder order = new StringBuilder(" order by ");
        for (int i = 0; i < keys.size(); i++) {
            order.append(i == 0 ? "" : ", ")
                    .append(keys.get(i).expression())
                    .append(descending(keys.get(i)) ? " desc" : " asc");
        }
        return order.toString();
    }

    /**
     * One branch of a page's query: its conditions (each appends {@code " and ..."}), read either in the sort's order
     * until the page is full (the condition is a range of the sort's own index, or matches rows spread evenly over
     * the order), or {@linkplain #filterFirst filter first}: every row the condition matches, then sorted, for a
     * condition whose matches may cluster somewhere along the sort's order (a name's beginning under another sort),
     * where reading in order could walk most of the index before finding them.
     */
    public record Branch(Consumer<Sql> conditions, boolean filterFirst) {

        public static Branch inOrder(Consumer<Sql> conditions) {
            return new Branch(conditions, false);
        }

        public static Branch filterFirst(Consumer<Sql> conditions) {
            return new Branch(conditions, true);
        }

        /**
         * A search by the beginning of a text: one branch per expression ({@code lower(...)} of a column) that may
         * begin with {@code prefix} ({@link Sql#likePrefix}), each with the {@code common} conditions. The first is
         * read in order when {@code firstInOrder} (its prefix is a range of the sort's own index), every other filter
         * first (its matches cluster along the sort's order).
         */
        public static List<Branch> prefixSearch(
                Consumer<Sql> common, String prefix, boolean firstInOrder, String... expressions) {
            List<Branch> branches = new ArrayList<>();
            for (int i = 0; i < expressions.length; i++) {
                String expression = expressions[i];
                Consumer<Sql> conditions = common.andThen(sql -> sql.append(" and " + expression + " like ?", prefix));
                branches.add(i == 0 && firstInOrder ? inOrder(conditions) : filterFirst(conditions));
            }
            return branches;
        }
    }

    /**
     * Appends the query of one page's ids: {@code select alias.id from table alias where true}, the branch's
     * conditions, after the cursor, in order, {@code limit}. Several branches (an OR whose sides are answered by
     * different indexes) make a UNION of such queries, each ordered and limited on its own, merged in order and
     * limited again: each branch stays bounded whatever the planner thinks of the others. The branches select
     * {@code branchColumns}: the id and every column the sort keys read, so the keys order the merged rows under the
     * same alias.
     */
    public void appendPageIds(
            Sql sql,
            String table,
            String alias,
            String branchColumns,
            List<Branch> branches,
            String cursor,
            int limit) {
        if (branches.size() == 1) {
            appendBranch(sql, alias + ".id", table, alias, branches.get(0), cursor, limit);
            return;
        }
        sql.append("select " + alias + ".id from (");
        for (int i = 0; i < branches.size(); i++) {
            sql.append(i == 0 ? "(" : " union (");
            appendBranch(sql, branchColumns, table, alias, branches.get(i), cursor, limit);
            sql.append(")");
        }
        sql.append(") " + alias + orderBy() + " limit " + limit);
    }

    private void appendBranch(
            Sql sql, String columns, String table, String alias, Branch branch, String cursor, int limit) {
        if (branch.filterFirst()) {
            // "offset 0" keeps PostgreSQL from merging the filtering query into the ordered one.
            sql.append("select " + columns + " from (select * from " + table + " where true");
            branch.conditions().accept(sql);
            appendAfter(sql, cursor);
            sql.append(" offset 0) " + alias);
        } else {
            sql.append("select " + columns + " from " + table + " where true");
            branch.conditions().accept(sql);
            appendAfter(sql, cursor);
        }
        sql.append(orderBy() + " limit " + limit);
    }

    /** Appends {@code " and <after the cursor's row>"}; nothing for the first page (no cursor). */
    public void appendAfter(Sql sql, String cursor) {
        if (cursor == null) {
            return;
        }
        List<String> values = values(cursor);
        if (keys.stream().allMatch(k -> descending(k) == descending(keys.get(0)))) {
            appendRowComparison(sql, values);
        } else {
            appendExpanded(sql, values);
        }
    }

    /**
     * The key values of a cursor of this keyset, each checked; a cursor that does not decode, holds a value that does
     * not parse or belongs to another list, sort or direction is refused (field "Cursor").
     */
    public List<String> values(String cursor) {
        List<String> values = PageCursor.decode(cursor, owner, keys.size());
        for (int i = 0; i < keys.size(); i++) {
            keys.get(i).kind().check(values.get(i));
        }
        return values;
    }

    /** {@code (a, b) < (?, ?)}: one comparison an index on (a, b) answers directly. */
    private void appendRowComparison(Sql sql, List<String> values) {
        String operator = descending(keys.get(0)) ? " < " : " > ";
        if (keys.size() == 1) {
            sql.append(" and " + keys.get(0).expression() + operator + bound(keys.get(0)), values.get(0));
            return;
        }
        sql.append(" and (" + columns() + ")" + operator + "(");
        for (int i = 0; i < keys.size(); i++) {
            sql.append((i == 0 ? "" : ", ") + bound(keys.get(i)), values.get(i));
        }
        sql.append(")");
    }

    /** {@code a <= ? and (a < ? or (a = ? and b > ?))}, for keys that do not all run the same way. */
    private void appendExpanded(Sql sql, List<String> values) {
        Key first = keys.get(0);
        sql.append(" and " + first.expression() + (descending(first) ? " <= " : " >= ") + bound(first), values.get(0));
        sql.append(" and (");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : " or ");
            sql.append("(");
            for (int j = 0; j < i; j++) {
                sql.append(keys.get(j).expression() + " = " + bound(keys.get(j)) + " and ", values.get(j));
            }
            Key key = keys.get(i);
            sql.append(key.expression() + (descending(key) ? " < " : " > ") + bound(key), values.get(i));
            sql.append(")");
        }
        sql.append(")");
    }

    /**
     * The page of rows a query read with {@code limit pageSize + 1}: the first {@code pageSize}, and when there was
     * one more, the cursor after the last of them. Each row holds its key values from {@code firstKeyColumn} on
     * (selected with {@link #columns()}).
     */
    public <T> Page<T> page(List<Object[]> rows, int pageSize, int firstKeyColumn, Function<Object[], T> item) {
        List<T> items = new ArrayList<>(Math.min(rows.size(), pageSize));
        for (int i = 0; i < rows.size() && i < pageSize; i++) {
            items.add(item.apply(rows.get(i)));
        }
        String next = rows.size() > pageSize ? cursorOf(rows.get(pageSize - 1), firstKeyColumn) : null;
        return new Page<>(items, next, pageSize);
    }

    /** The cursor that continues after this row. */
    String cursorOf(Object[] row, int firstKeyColumn) {
        List<String> values = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            values.add(keys.get(i).kind().write(row[firstKeyColumn + i]));
        }
        return PageCursor.encode(owner, values);
    }

    private boolean descending(Key key) {
        return (direction == SortDirection.DESC) != key.againstDirection();
    }

    private static String bound(Key key) {
        return "cast(? as " + key.kind().sqlType + ")";
    }
}
