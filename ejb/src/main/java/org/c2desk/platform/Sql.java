package org.c2desk.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A native SQL statement built in pieces with its parameters beside them, so conditions can be added in any order
 * without counting placeholders. Values are always bound, never concatenated.
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    /** The same statement with JDBC's plain {@code ?} placeholders, for {@link #rows}. */
    private final StringBuilder jdbcText = new StringBuilder();

    private final List<Object> parameters = new ArrayList<>();

    public Sql(String start) {
        text.append(start);
        jdbcText.append(start);
    }

    /** Appends a fragment whose {@code ?} placeholders take {@code values} in order. */
    public Sql append(String fragment, Object... values) {
        int index = 0;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '?') {
                if (index >= values.length) {
                    throw new IllegalArgumentException("More placeholders than values in: " + fragment);
                }
                parameters.add(values[index++]);
                text.append('?').append(parameters.size());
                jdbcText.append('?');
            } else {
                text.append(c);
                jdbcText.append(c);
            }
        }
        if (index != values.length) {
            throw new IllegalArgumentException("More values than placeholders in: " + fragment);
        }
        return this;
    }

    public Query query(EntityManager em) {
        Query query = em.createNativeQuery(text.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /**
     * Runs the statement on a connection of {@code dataSource} (the transaction's, when there is one) and answers its
     * rows as {@link Query#getResultList} of {@link #query} would: one {@code Object[]} per row, each column as the
     * driver reads it. For the hottest read paths (Ticket/List): it skips what EclipseLink does on every native query
     * (parsing the SQL for its placeholders, reading the result's metadata column by column, building a record per
     * row), which cost more CPU than PostgreSQL spent answering. It does not flush the persistence context first: use
     * it for reads that follow no write of the same transaction.
     */
    public List<Object[]> rows(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(jdbcText.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new PersistenceException("The query failed: " + e.getMessage(), e);
        }
    }

    /** PostgreSQL array literal, bound as text and cast in SQL ({@code any(cast(? as uuid[]))}). */
    public static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * The LIKE pattern "begins with {@code text}" in lower case, LIKE's wildcards and escape character taken
     * literally; compared with {@code lower(column) like ?} (a {@code text_pattern_ops} index answers it).
     */
    public static String likePrefix(String text) {
        return text.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }

    /** A timestamptz column of a native query's row, whichever type the driver answered with. */
    public static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        return value == null ? null : ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
