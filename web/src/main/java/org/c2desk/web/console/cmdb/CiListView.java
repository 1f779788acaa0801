package org.c2desk.web.console.cmdb;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.c2desk.cmdb.CiFilter;
import org.c2desk.cmdb.CiListRow;
import org.c2desk.cmdb.CiQueries;
import org.c2desk.cmdb.CiSort;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code console/cis.xhtml}: the CIs the agent may see, by folder, category, type and state, and the beginning of a
 * name; one bounded page at a time (keyset paging through {@link CiQueries}, no count over the table).
 */
@Named
@ViewScoped
public class CiListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @EJB
    CiQueries queries;

    @Inject
    CurrentUser currentUser;

    private String q;
    private String folderId;
    private String categoryId;
    private String typeId;
    private String stateId;
    private final Deque<String> previous = new ArrayDeque<>();
    private String cursor;
    private Page<CiListRow> page;

    public List<CiListRow> getRows() {
        if (page == null) {
            load();
        }
        return page.items();
    }

    private void load() {
        page = queries.list(currentUser.caller(), new CiFilter(uuid(folderId), uuid(categoryId), uuid(typeId),
                uuid(stateId), null, q, null, null), CiSort.NAME, CiSort.NAME.defaultDirection(),
                new PageRequest(PAGE_SIZE, cursor));
    }

    static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void search() {
        previous.clear();
        cursor = null;
        load();
    }

    public void categoryChosen() {
        typeId = null;
        search();
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

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getFolderId() {
        return folderId;
    }

    public void setFolderId(String folderId) {
        this.folderId = folderId;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(String categoryId) {
        this.categoryId = categoryId;
    }

    public String getTypeId() {
        return typeId;
    }

    public void setTypeId(String typeId) {
        this.typeId = typeId;
    }

    public String getStateId() {
        return stateId;
    }

    public void setStateId(String stateId) {
        this.stateId = stateId;
    }
}
