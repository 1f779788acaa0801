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
    private UUID folderId;
    private UUID categoryId;
    private UUID typeId;
    private UUID stateId;

    @Override
    protected Page<CiListRow> read(PageRequest request) {
        return queries.list(
                currentUser.caller(),
                new CiFilter(folderId, categoryId, typeId, stateId, null, q, null, null),
                CiSort.NAME,
                CiSort.NAME.defaultDirection(),
                request);
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

    public UUID getFolderId() {
        return folderId;
    }

    public void setFolderId(UUID folderId) {
        this.folderId = folderId;
    }

    public UUID getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(UUID categoryId) {
        this.categoryId = categoryId;
    }

    public UUID getTypeId() {
        return typeId;
    }

    public void setTypeId(UUID typeId) {
        this.typeId = typeId;
    }

    public UUID getStateId() {
        return stateId;
    }

    public void setStateId(UUID stateId) {
        this.stateId = stateId;
    }
}
