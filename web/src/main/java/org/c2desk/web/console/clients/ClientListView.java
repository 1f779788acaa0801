package org.c2desk.web.console.clients;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.c2desk.client.ClientFilter;
import org.c2desk.client.ClientListRow;
import org.c2desk.client.ClientQueries;
import org.c2desk.client.ClientSort;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code console/clients.xhtml}: the clients the agent may see, one bounded page at a time (keyset paging through
 * {@link ClientQueries}, no count over the table), searched by the beginning of a name or e-mail address, by
 * enterprise and by active state.
 */
@Named
@ViewScoped
public class ClientListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @EJB
    ClientQueries queries;

    @Inject
    CurrentUser currentUser;

    private String q;
    private String enterpriseId;
    private String active = "true";
    private final Deque<String> previous = new ArrayDeque<>();
    private String cursor;
    private Page<ClientListRow> page;

    public List<ClientListRow> getRows() {
        if (page == null) {
            load();
        }
        return page.items();
    }

    private void load() {
        UUID enterprise = enterpriseId == null || enterpriseId.isBlank() ? null : UUID.fromString(enterpriseId);
        Boolean activeOnly = active == null || active.isBlank() ? null : Boolean.valueOf(active);
        page = queries.list(currentUser.caller(), new ClientFilter(enterprise, q, activeOnly, null), ClientSort.LAST_NAME,
                ClientSort.LAST_NAME.defaultDirection(), new PageRequest(PAGE_SIZE, cursor));
    }

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
