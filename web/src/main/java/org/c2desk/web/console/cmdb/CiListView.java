package org.c2desk.web.console.cmdb;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.c2desk.cmdb.CiFilter;
import org.c2desk.cmdb.CiListRow;
import org.c2desk.cmdb.CiQueries;
import org.c2desk.cmdb.CiSort;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;
import org.c2desk.web.console.PagedListView;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code console/cis.xhtml}: the CIs the agent may see, by folder, category, type and state, and the beginning of a
 * name; one bounded page at a time (keyset paging through {@link CiQueries}, no count over the table).
 */
@Named
@ViewScoped
public class CiListView extends PagedListView<CiListRow> {

    private static final long serialVersionUID = 1L;

    @EJB
    CiQueries queries;

    @Inject
    CurrentUser currentUser;

    private String q;
    private String folderId;
    private String categoryId;
    private String typeId;
    private String stateId;

    @Override
    protected Page<CiListRow> read(PageRequest request) {
        return queries.list(
                currentUser.caller(),
                new CiFilter(uuid(folderId), uuid(categoryId), uuid(typeId), uuid(stateId), null, q, null, null),
                CiSort.NAME,
                CiSort.NAME.defaultDirection(),
                request);
    }

    static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void categoryChosen() {
        typeId = null;
        search();
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
