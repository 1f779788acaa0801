package org.c2desk.ticket;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;

/**
 * Tells {@link TicketChanges} of each history line and communication as it is persisted: between them they follow
 * every ticket write (a client's portal reply records a communication, not a history line). PrePersist runs inside
 * the writing call, so the event joins the writer's transaction; PostPersist could run as late as the commit.
 */
public class TicketWriteListener {

    @PrePersist
    void persisting(Object written) {
        TicketChanges changes = CDI.current().select(TicketChanges.class).get();
        if (written instanceof TicketHistory line) {
            changes.recorded(line.getTicket(), line.getChangedBy());
        } else if (written instanceof TicketCommunication message) {
            changes.recorded(message.getTicket(), message.getAuthorResource() != null
                    ? message.getAuthorResource().getUserName()
                    : message.getAuthorClient() != null ? message.getAuthorClient().getFullName() : "");
        }
    }
}
