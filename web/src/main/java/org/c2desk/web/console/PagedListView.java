package org.c2desk.web.console;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;

/**
 * The paging of the console's searchable lists (clients, CMDB, resources): one bounded page at a time through the
 * services' keyset cursors, never a count; "previous" goes back through the cursors already followed. A list view
 * extends it and says how one page is read.
 */
public abstract class PagedListView<T> implements Serializable {

    private static final long serialVersionUID = 1L;
    protected static final int PAGE_SIZE = 25;

    private final Deque<String> previous = new ArrayDeque<>();
    private String cursor;
    private Page<T> page;

    /** Reads the page the request asks for, with the view's current filter. */
    protected abstract Page<T> read(PageRequest request);

    public List<T> getRows() {
        if (page == null) {
            load();
        }
        return page.items();
    }

    private void load() {
        page = read(new PageRequest(PAGE_SIZE, cursor));
    }

    /** Back to the first page, with the filter as it is now. */
    public void search() {
        previous.clear();
        cursor = null;
        load();
    }

    public void next() {
        if (page != null && page.hasNext()) {
            previous.push(cursor == null ? "" : cursor);
            cursor = page.nextCursor();
            load();
        }
    }

    public void back() {
        if (!previous.isEmpty()) {
            String c = previous.pop();
            cursor = c.isEmpty() ? null : c;
            load();
        }
    }

    public boolean isHasNext() {
        return page != null && page.hasNext();
    }

    public boolean isHasPrevious() {
        return !previous.isEmpty();
    }

    public int getPageNumber() {
        return previous.size() + 1;
    }
}
