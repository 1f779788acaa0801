package org.c2desk.ticket;

import java.util.List;
import org.c2desk.platform.Keyset;
import org.c2desk.platform.Keyset.Kind;
import org.c2desk.platform.ListSort;
import org.c2desk.platform.SortDirection;

/**
 * The sorts of the ticket list. The dates follow V001's keyset indexes {@code (last_modified_on desc, id)} and
 * {@code (created_on desc, id)}: ties are broken by id in the index's own order, ascending when the dates run
 * newest first.
 */
public enum TicketSort implements ListSort {
    LAST_MODIFIED_ON(
            "LastModifiedOn",
            Keyset.Key.of("t.last_modified_on", Kind.TIMESTAMP),
            Keyset.Key.against("t.id", Kind.UUID)),
    CREATED_ON("CreatedOn", Keyset.Key.of("t.created_on", Kind.TIMESTAMP), Keyset.Key.against("t.id", Kind.UUID)),
    SEQUENCE_NUMBER("SequenceNumber", Keyset.Key.of("t.sequence_number", Kind.NUMBER));

    private final String apiName;

    @SuppressWarnings("ImmutableEnumChecker") // List.of is unmodifiable
    private final List<Keyset.Key> keys;

    TicketSort(String apiName, Keyset.Key... keys) {
        this.apiName = apiName;
        this.keys = List.of(keys);
    }

    /** The sort of that name in any case; no name means {@link #LAST_MODIFIED_ON}. */
    public static TicketSort named(String name) {
        return ListSort.named(values(), name, LAST_MODIFIED_ON);
    }

    @Override
    public String apiName() {
        return apiName;
    }

    /** Newest (or highest number) first. */
    @Override
    public SortDirection defaultDirection() {
        return SortDirection.DESC;
    }

    @Override
    public List<Keyset.Key> keys() {
        return keys;
    }
}
