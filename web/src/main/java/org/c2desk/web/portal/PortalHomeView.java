package org.c2desk.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.c2desk.security.PortalClient;
import org.c2desk.ticket.PortalTicketSearch;
import org.c2desk.ticket.TicketRow;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code portal/index.xhtml}: the client's unfinished requests (theirs, or their enterprise's if their role allows
 * it), the first page of "My requests" with its "not finished" filter.
 */
@Named
@RequestScoped
public class PortalHomeView {

    @EJB
    PortalTicketSearch search;

    @Inject
    CurrentUser currentUser;

    private List<TicketRow> openRequests;

    public List<TicketRow> getOpenRequests() {
        if (openRequests == null) {
            PortalClient client = currentUser.client();
            PortalTicketSearch.Scope scope = client.seesEnterpriseTickets()
                    ? PortalTicketSearch.Scope.ENTERPRISE
                    : PortalTicketSearch.Scope.MINE;
            openRequests = search.page(
                            client, new PortalTicketSearch.Query(scope, PortalTicketSearch.Query.OPEN, null), null)
                    .rows();
        }
        return openRequests;
    }
}
