package org.c2desk.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

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

    @Override
    public String toString() {
        return text.toString();
    }
}
