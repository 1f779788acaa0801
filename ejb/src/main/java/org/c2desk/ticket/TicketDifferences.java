package org.c2desk.ticket;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed on a ticket between two readings of {@link TicketService#editableValues}: the page an agent loaded
 * and the ticket as another agent left it. Pure, so it is tested without a database.
 */
public final class TicketDifferences {

    private TicketDifferences() {}

    /** The names (keys) whose values differ, in the order of {@code loaded} then of keys only {@code current} has. */
    public static List<String> between(Map<String, String> loaded, Map<String, String> current) {
        Set<String> keys = new LinkedHashSet<>(loaded.keySet());
        keys.addAll(current.keySet());
        List<String> changed = new ArrayList<>();
        for (String key : keys) {
            if (!Objects.equals(blankToNull(loaded.get(key)), blankToNull(current.get(key)))) {
                changed.add(key);
            }
        }
        return changed;
    }

    /** The changes an agent asks for, keeping only those whose value differs from what the page was loaded with. */
    public static Map<String, String> edits(Map<String, String> loaded, Map<String, String> typed) {
        Map<String, String> edits = new java.util.LinkedHashMap<>();
        typed.forEach((key, value) -> {
            if (!Objects.equals(blankToNull(loaded.get(key)), blankToNull(value))) {
                edits.put(key, value);
            }
        });
        return edits;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
