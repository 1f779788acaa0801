package org.c2desk.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.c2desk.ticket.TicketQueries;
import org.c2desk.ticket.TicketRow;
import org.c2desk.web.security.CurrentUser;

/** {@code portal/index.xhtml}: the client's open requests. */
@Named
@RequestScoped
public class PortalHomeView {

    private static final int SHOWN = 50;

    @EJB
    TicketQueries tickets;

    @Inject
    CurrentUser currentUser;

    private List<TicketRow> openRequests;

    public List<TicketRow> getOpenRequests() {
        if (openRequests == null) {
            openRequests = tickets.openRequestsOf(currentUser.client(), SHOWN);
        }
        return openRequests;
    }
}
