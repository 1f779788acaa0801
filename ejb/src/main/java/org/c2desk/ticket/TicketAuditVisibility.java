package org.c2desk.ticket;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.c2desk.audit.AuditVisibility;
import org.c2desk.audit.ObjectKind;
import org.c2desk.security.Caller;

/** A ticket's audit trail is read by whoever sees the ticket (its queue, its enterprise). */
@ApplicationScoped
public class TicketAuditVisibility implements AuditVisibility {

    @EJB
    TicketService tickets;

    @Override
    public ObjectKind kind() {
        return ObjectKind.TICKET;
    }

    @Override
    public void requireVisible(Caller caller, UUID id) {
        tickets.find(caller, id);
    }
}
