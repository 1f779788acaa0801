package org.c2desk.platform;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list: its rows, and the cursor that asks for the next page (null on the last page). No total: a list
 * never counts the whole table to show a page.
 */
public record Page<T>(List<T> items, String nextCursor, int pageSize) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return nextCursor != null;
    }
}
