package org.c2desk.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A native SQL statement built in pieces with its parameters beside them, so conditions can be added in any order
 * without counting placeholders. Values are always bound, never concatenated.
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    public Sql(String start) {
        text.append(start);
    }

    /** Appends a fragment whose {@code ?} placeholders take {@code values} in order. */
    public Sql append(String fragment, Object... values) {
        int index = 0;
        for (char c : fragment.toCharArray()) {
            if (c == '?') {
                if (index >= values.length) {
                    throw new IllegalArgumentException("More placeholders than values in: " + fragment);
                }
                parameters.add(values[index++]);
                text.append('?').append(parameters.size());
            } else {
                text.append(c);
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

    /** PostgreSQL array literal, bound as text and cast in SQL ({@code any(cast(? as uuid[]))}). */
    public static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * The LIKE pattern "begins with {@code text}" in lower case, LIKE's wildcards and escape character taken
     * literally; compared with {@code lower(column) like ?} (a {@code text_pattern_ops} index answers it).
     */
    public static String likePrefix(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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
