package org.c2desk.web.console.clients;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.c2desk.client.ClientFilter;
import org.c2desk.client.ClientListRow;
import org.c2desk.client.ClientQueries;
import org.c2desk.client.ClientSort;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;
import org.c2desk.web.console.PagedListView;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code console/clients.xhtml}: the clients the agent may see, one bounded page at a time (keyset paging through
 * {@link ClientQueries}, no count over the table), searched by the beginning of a name or e-mail address, by
 * enterprise and by active state.
 */
@Named
@ViewScoped
public class ClientListView extends PagedListView<ClientListRow> {

    private static final long serialVersionUID = 1L;

    @EJB
    ClientQueries queries;

    @Inject
    CurrentUser currentUser;

    private String q;
    private String enterpriseId;
    private String active = "true";

    @Override
    protected Page<ClientListRow> read(PageRequest request) {
        UUID enterprise = enterpriseId == null || enterpriseId.isBlank() ? null : UUID.fromString(enterpriseId);
        Boolean activeOnly = (active == null || active.isBlank()) ? null : Boolean.valueOf(active);
        return queries.list(
                currentUser.caller(),
                new ClientFilter(enterprise, q, activeOnly, null),
                ClientSort.LAST_NAME,
                ClientSort.LAST_NAME.defaultDirection(),
                request);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(String enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getActive() {
        return active;
    }

    public void setActive(String active) {
        this.active = active;
    }
}
