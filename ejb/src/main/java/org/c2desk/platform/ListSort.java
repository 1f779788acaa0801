package org.c2desk.platform;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A sort a list offers, by the name the API gives it, with the keys that make its keyset (see {@link Keyset}). */
public interface ListSort {

    /** The name callers send as {@code "Sort"}. */
    String apiName();

    /** The direction when the caller names none. */
    SortDirection defaultDirection();

    /** The keys in order; the last one is unique (the id or a unique number). */
    List<Keyset.Key> keys();

    /** The keyset of this sort in {@code direction} (null: the default direction) for the list named {@code list}. */
    default Keyset keyset(String list, SortDirection direction) {
        return new Keyset(list, apiName(), direction == null ? defaultDirection() : direction, keys());
    }

    /** The sort of that name in any case; null or blank names {@code fallback}; anything else is refused by name. */
    static <S extends ListSort> S named(S[] sorts, String name, S fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        for (S sort : sorts) {
            if (sort.apiName().equalsIgnoreCase(name.strip())) {
                return sort;
            }
        }
        String known = Arrays.stream(sorts).map(ListSort::apiName).collect(Collectors.joining(", "));
        throw new ValidationException(
                "Sort",
                "error.unknownValue",
                "Sort: expected one of " + known + " but got '" + name + "'",
                "Sort",
                name);
    }
}
