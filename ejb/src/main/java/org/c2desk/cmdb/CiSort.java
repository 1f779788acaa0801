package org.c2desk.cmdb;

import java.util.List;
import org.c2desk.platform.Keyset;
import org.c2desk.platform.Keyset.Kind;
import org.c2desk.platform.ListSort;
import org.c2desk.platform.SortDirection;

/**
 * The sorts of the CI list, each served by an index. The name is the English name (the API's {@code Name}), lower
 * case, in the "C" collation, so its index answers the sort and the name's prefix search as one range.
 */
public enum CiSort implements ListSort {
    NAME("Name", SortDirection.ASC, Keyset.Key.of(CiQueries.NAME, Kind.TEXT), Keyset.Key.of("ci.id", Kind.UUID)),
    CI_NUMBER("CINumber", SortDirection.ASC, Keyset.Key.of("ci.ci_number", Kind.NUMBER)),
    LAST_MODIFIED_ON(
            "LastModifiedOn",
            SortDirection.DESC,
            Keyset.Key.of("ci.last_modified_on", Kind.TIMESTAMP),
            Keyset.Key.of("ci.id", Kind.UUID));

    private final String apiName;
    private final SortDirection defaultDirection;

    @SuppressWarnings("ImmutableEnumChecker") // List.of is unmodifiable
    private final List<Keyset.Key> keys;

    CiSort(String apiName, SortDirection defaultDirection, Keyset.Key... keys) {
        this.apiName = apiName;
        this.defaultDirection = defaultDirection;
        this.keys = List.of(keys);
    }

    /** The sort of that name in any case; no name means {@link #NAME}. */
    public static CiSort named(String name) {
        return ListSort.named(values(), name, NAME);
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
