package org.c2desk.client;

import java.util.List;
import org.c2desk.platform.Keyset;
import org.c2desk.platform.Keyset.Kind;
import org.c2desk.platform.ListSort;
import org.c2desk.platform.SortDirection;

/**
 * The sorts of the client list, each served by an index of V003__list_indexes.sql. Names are compared lower-cased
 * in the "C" collation (code point order, whatever the database's collation), so the same index answers the sort
 * and the last name's prefix search as one range.
 */
public enum ClientSort implements ListSort {
    /** By last name, then first name, whatever their case. */
    LAST_NAME(
            "LastName",
            SortDirection.ASC,
            Keyset.Key.of(ClientQueries.LAST_NAME, Kind.TEXT),
            Keyset.Key.of(ClientQueries.FIRST_NAME, Kind.TEXT),
            Keyset.Key.of("c.id", Kind.UUID)),
    LAST_MODIFIED_ON(
            "LastModifiedOn",
            SortDirection.DESC,
            Keyset.Key.of("c.last_modified_on", Kind.TIMESTAMP),
            Keyset.Key.of("c.id", Kind.UUID));

    private final String apiName;
    private final SortDirection defaultDirection;

    @SuppressWarnings("ImmutableEnumChecker") // List.of is unmodifiable
    private final List<Keyset.Key> keys;

    ClientSort(String apiName, SortDirection defaultDirection, Keyset.Key... keys) {
        this.apiName = apiName;
        this.defaultDirection = defaultDirection;
        this.keys = List.of(keys);
    }

    /** The sort of that name in any case; no name means {@link #LAST_NAME}. */
    public static ClientSort named(String name) {
        return ListSort.named(values(), name, LAST_NAME);
    }

    @Override
    public String apiName() {
        return apiName;
    }

    @Override
    public SortDirection defaultDirection() {
        return defaultDirection;
    }

    @Override
    public List<Keyset.Key> keys() {
        return keys;
    }
}
