package org.c2desk.ear.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.c2desk.ear.support.Deployments;
import org.c2desk.ear.support.NewRowsProbe;
import org.c2desk.platform.NewRowsCheck;
import org.c2desk.ticket.TicketCommunication;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * NewRows (a new ticket and everything created with it, written in one statement) against the JPA mapping it stands
 * in for: what it writes reads back through the mapping column for column, its ticket row is the one the persistence
 * context writes, a row it cannot write leaves nothing behind, and no entity it writes has a lifecycle callback it
 * would skip.
 */
@ExtendWith(ArquillianExtension.class)
class NewRowsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withEjbSupport(NewRowsIT.class, NewRowsProbe.class, NewRowsProbe.Comparison.class);
    }

    @EJB
    NewRowsProbe probe;

    @Inject
    NewRowsCheck check;

    @Test
    void theEntitiesItWritesHaveNoLifecycleCallbackItWouldSkip() {
        assertEquals(List.of("AuditEntry", "FieldValue", "Ticket", "TicketAssignee", "TicketClient"), check.written());
        assertEquals(List.of(), check.refusals());
    }

    @Test
    void anEntityWithAnEntityListenerWouldBeRefusedByName() {
        // a communication tells the live updates of itself from a @PrePersist listener, which NewRows would skip
        assertEquals(
                List.of("TicketCommunication: @PrePersist TicketWriteListener.persisting"),
                check.refusalsOf(TicketCommunication.class));
    }

    @Test
    void everyColumnOfEveryRowReadsBackThroughTheMappingAsItWasGiven() throws Exception {
        NewRowsProbe.Comparison comparison = probe.writeAndReadBack();

        assertEquals(List.of(), comparison.differences());
        // ticket, client, assignee, task, seven custom-field values, audit entry
        assertEquals(12, comparison.rows());
        assertTrue(comparison.columns() > 100, "columns compared: " + comparison.columns());
    }

    @Test
    void itsTicketRowIsTheOneThePersistenceContextWrites() throws Exception {
        List<String> rows = probe.rowsAsJpaAndNewRowsWriteThem();

        assertEquals(rows.get(0), rows.get(1));
        assertTrue(rows.get(0).contains("drop table ticket"), rows.get(0));
    }

    @Test
    void aChildThatWasNotAddedIsRefusedBeforeAnythingIsWritten() throws Exception {
        String summary = "NewRows child left out " + UUID.randomUUID();

        EJBException refused = assertThrows(EJBException.class, () -> probe.writeBroken(summary, true));

        assertTrue(String.valueOf(refused.getCause()).contains("add the children too"), String.valueOf(refused));
        assertEquals(0, probe.countTickets(summary));
    }

    @Test
    void aRowTheDatabaseRefusesLeavesNoneOfTheOthers() throws Exception {
        String summary = "NewRows unknown client " + UUID.randomUUID();

        EJBException refused = assertThrows(EJBException.class, () -> probe.writeBroken(summary, false));

        assertTrue(
                String.valueOf(refused.getCause()).contains("violates foreign key constraint"),
                String.valueOf(refused));
        assertEquals(0, probe.countTickets(summary));
    }
}
