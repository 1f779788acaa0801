package org.c2desk.ticket;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;

/**
 * Tells {@link TicketChanges} of each communication as it is persisted (a client's portal reply records a
 * communication; every other ticket write records an audit entry, which {@link TicketChanges} observes). PrePersist
 * runs inside the writing call, so the event joins the writer's transaction; PostPersist could run as late as the
 * commit.
 */
public class TicketWriteListener {

    @PrePersist
    void persisting(TicketCommunication message) {
        CDI.current()
                .select(TicketChanges.class)
                .get()
                .recorded(
                        message.getTicket().getId(),
                        message.getAuthorResource() != null
                                ? message.getAuthorResource().getUserName()
                                : message.getAuthorClient() != null
                                        ? message.getAuthorClient().getFullName()
                                        : "");
    }
}
