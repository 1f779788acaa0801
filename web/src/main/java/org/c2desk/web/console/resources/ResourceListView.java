package org.c2desk.web.console.resources;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;
import org.c2desk.security.Permission;
import org.c2desk.security.ResourceListRow;
import org.c2desk.security.ResourceQueries;
import org.c2desk.web.console.PagedListView;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code console/resources.xhtml}: the resources (agents), one bounded page at a time in name order, searched by the
 * beginning of a name, user name or e-mail address and by active state. Every agent may read it; only
 * administrators see the "new resource" button.
 */
@Named
@ViewScoped
public class ResourceListView extends PagedListView<ResourceListRow> {

    private static final long serialVersionUID = 1L;

    @EJB
    ResourceQueries queries;

    @Inject
    CurrentUser currentUser;

    private String q;
    private String active = "true";

    @Override
    protected Page<ResourceListRow> read(PageRequest request) {
        return queries.list(
                currentUser.caller(),
                q,
                (active == null || active.isBlank()) ? null : Boolean.valueOf(active),
                request);
    }

    public boolean isAdministrator() {
        return currentUser.caller().can(Permission.ADMINISTER);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getActive() {
        return active;
    }

    public void setActive(String active) {
        this.active = active;
    }
}
