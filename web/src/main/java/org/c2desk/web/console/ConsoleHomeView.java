package org.c2desk.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.c2desk.ticket.TicketQueries;
import org.c2desk.ticket.TicketRow;
import org.c2desk.web.security.CurrentUser;

/** {@code console/index.xhtml}: the agent's counters and the tickets that moved last. */
@Named
@RequestScoped
public class ConsoleHomeView {

    private static final int SHOWN = 20;

    @EJB
    TicketQueries tickets;

    @Inject
    CurrentUser currentUser;

    private TicketQueries.HomeCounts counts;
    private List<TicketRow> recent;

    public TicketQueries.HomeCounts getCounts() {
        if (counts == null) {
            counts = tickets.homeCounts(currentUser.caller());
        }
        return counts;
    }

    public List<TicketRow> getRecent() {
        if (recent == null) {
            recent = tickets.recentlyUpdated(currentUser.caller(), SHOWN);
        }
        return recent;
    }
}
