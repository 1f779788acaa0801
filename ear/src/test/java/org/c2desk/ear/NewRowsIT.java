package org.c2desk.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.util.List;
import java.util.UUID;
import org.c2desk.ear.support.Deployments;
import org.c2desk.ear.support.NewRowsProbe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * NewRows (a new ticket and everything created with it, written in one statement) against the JPA mapping it stands
 * in for: what it writes reads back through the mapping column for column, its ticket row is the one the persistence
 * context writes, and a row it cannot write leaves nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class NewRowsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withEjbSupport(NewRowsIT.class, NewRowsProbe.class, NewRowsProbe.Comparison.class);
    }

    @EJB
    NewRowsProbe probe;

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
