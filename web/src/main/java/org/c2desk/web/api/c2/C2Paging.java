package org.c2desk.web.api.c2;

import org.c2desk.platform.PageRequest;
import org.c2desk.platform.SortDirection;

/**
 * The paging part of a List call's body: {@code Sort} (the list's sort by name; none for its default),
 * {@code Direction} ({@code "Asc"}/{@code "Desc"}; none for the sort's default), {@code PageSize} (1 to
 * {@value PageRequest#MAX_SIZE}, {@value PageRequest#DEFAULT_SIZE} when absent) and {@code Cursor} (the previous
 * page's {@code NextCursor}, unchanged).
 */
record C2Paging(String sort, SortDirection direction, PageRequest page) {

    static C2Paging of(C2Body body) {
        String direction = body.text("Direction");
        return new C2Paging(
                body.text("Sort"),
                direction == null || direction.isBlank() ? null : SortDirection.named(direction),
                PageRequest.of(body.integer("PageSize"), body.text("Cursor")));
    }
}
