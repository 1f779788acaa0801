package org.c2desk.ticket;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.c2desk.audit.ObjectKind;
import org.c2desk.audit.Recorded;

/**
 * Turns what a write records into one {@link TicketChanged} per ticket and transaction. Every ticket write, whatever
 * its channel (console, portal, both APIs, bulk actions), records an audit entry ({@link Recorded}) or a
 * {@link TicketCommunication} ({@link TicketWriteListener}), so following those catches them all. The event is fired
 * inside the transaction; observers that act after the commit ({@code during = AFTER_SUCCESS}) never tell about a
 * write that rolled back.
 */
@ApplicationScoped
public class TicketChanges {

    private static final Object TOLD = TicketChanges.class.getName() + ".told";

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @Written
    Event<TicketChanged> changed;

    void audited(@Observes Recorded entry) {
        if (entry.kind() == ObjectKind.TICKET) {
            recorded(entry.id(), entry.actorName());
        }
    }

    void recorded(UUID ticketId, String by) {
        if (transactions.getTransactionKey() == null) {
            return; // nothing is written outside a transaction
        }
        @SuppressWarnings("unchecked")
        Set<UUID> told = (Set<UUID>) transactions.getResource(TOLD);
        if (told == null) {
            told = new HashSet<>();
            transactions.putResource(TOLD, told);
        }
        if (told.add(ticketId)) {
            changed.fire(new TicketChanged(ticketId, by));
        }
    }
}
